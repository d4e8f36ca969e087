package dezero.functions;

import static dezero.functions.Functions.mul;

import dezero.core.Config;
import dezero.core.DType;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x ** 2}. {@code square(3)} is 9.0, its gradient 6.0. */
public final class Square extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].square());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        if (!Config.isBackpropEnabled() && input(0).data.dtype() == DType.FLOAT64
                && gys[0].data.dtype() == DType.FLOAT64) {
            // Nothing is recorded: the same (x * 2) * gy in one pass instead of two.
            return grads(new Variable(input(0).data.scaleMul(2.0, gys[0].data)));
        }
        return grads(mul(mul(input(0), 2L), gys[0])); // DeZero: 2 * x * gy
    }
}
