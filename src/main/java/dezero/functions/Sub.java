package dezero.functions;

import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 - x1} with broadcasting, or with a constant on either side. */
public final class Sub extends Function {
    private final Double constant;
    private final boolean constantOnLeft;
    private int[] x0Shape;
    private int[] x1Shape;

    /** Two inputs. */
    public Sub() {
        this.constant = null;
        this.constantOnLeft = false;
    }

    /** One input and a constant: {@code c - x} when {@code constantOnLeft}, else {@code x - c}. */
    public Sub(double c, boolean constantOnLeft) {
        this.constant = c;
        this.constantOnLeft = constantOnLeft;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        if (constant != null) {
            return outputs(constantOnLeft ? xs[0].rsub(constant) : xs[0].sub(constant));
        }
        x0Shape = xs[0].shape();
        x1Shape = xs[1].shape();
        return outputs(xs[0].sub(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        if (constant != null) {
            return grads(constantOnLeft ? neg(gy) : gy);
        }
        return grads(sumTo(gy, x0Shape), sumTo(neg(gy), x1Shape));
    }
}
