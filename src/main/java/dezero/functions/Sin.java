package dezero.functions;

import static dezero.functions.Functions.cos;
import static dezero.functions.Functions.mul;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code sin(x)}; gradient {@code cos(x)}. */
public final class Sin extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].sin());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(mul(gys[0], cos(input(0))));
    }
}
