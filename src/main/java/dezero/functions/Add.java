package dezero.functions;

import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Arrays;

/** {@code x0 + x1} with broadcasting, or {@code x + c} for a constant. {@code add(x, x)} at 3 is 6.0. */
public final class Add extends Function {
    private final Double constant;
    private int[] x0Shape;
    private int[] x1Shape;

    /** Two inputs. */
    public Add() {
        this.constant = null;
    }

    /** One input plus a constant {@code c}. */
    public Add(double c) {
        this.constant = c;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        if (constant != null) {
            return outputs(xs[0].add(constant));
        }
        x0Shape = xs[0].shape();
        x1Shape = xs[1].shape();
        return outputs(xs[0].add(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        if (constant != null) {
            return grads(gy);
        }
        if (Arrays.equals(x0Shape, x1Shape)) {
            return grads(gy, gy);
        }
        return grads(sumTo(gy, x0Shape), sumTo(gy, x1Shape));
    }
}
