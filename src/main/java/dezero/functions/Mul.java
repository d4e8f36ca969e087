package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 * x1} with broadcasting, or {@code x * c}. {@code a * b + c} at (3, 2, 1) is 7.0. */
public final class Mul extends Function {
    private final Double constant;

    /** Two inputs. */
    public Mul() {
        this.constant = null;
    }

    /** One input times a constant {@code c}. */
    public Mul(double c) {
        this.constant = c;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(constant != null ? xs[0].mul(constant) : xs[0].mul(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        if (constant != null) {
            return grads(mul(gy, constant));
        }
        Variable x0 = input(0);
        Variable x1 = input(1);
        return grads(sumTo(mul(gy, x1), x0.data.shape()), sumTo(mul(gy, x0), x1.data.shape()));
    }
}
