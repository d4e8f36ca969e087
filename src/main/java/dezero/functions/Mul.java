package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 * x1} with broadcasting. {@code a * b + c} at (3, 2, 1) is 7.0. */
public final class Mul extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].mul(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        Variable x0 = input(0);
        Variable x1 = input(1);
        return grads(sumTo(mul(gy, x1), x0.data.shape()), sumTo(mul(gy, x0), x1.data.shape()));
    }
}
