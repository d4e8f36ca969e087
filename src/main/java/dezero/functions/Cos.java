package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.sin;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code cos(x)}; gradient {@code -sin(x)}. */
public final class Cos extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].cos());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(mul(gys[0], neg(sin(input(0)))));
    }
}
