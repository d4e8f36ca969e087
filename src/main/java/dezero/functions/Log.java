package dezero.functions;

import static dezero.functions.Functions.div;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Natural logarithm; {@code log(0)} is {@code -inf} and {@code log(-1)} is {@code nan}, as numpy. */
public final class Log extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].log());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(div(gys[0], input(0)));
    }
}
