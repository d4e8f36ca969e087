package dezero.functions;

import static dezero.functions.Functions.broadcastTo;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.reshape;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * The largest element over {@code axis} (null: all), kept as 1 when {@code keepdims}; the gradient
 * goes to every element equal to the maximum (DeZero's rule: ties all receive it).
 */
public class Max extends Function {
    final int[] axis;
    final boolean keepdims;

    Max(int[] axis, boolean keepdims) {
        this.axis = axis == null ? null : axis.clone();
        this.keepdims = keepdims;
    }

    /** DeZero's {@code Max(axis=None, keepdims=False)}: over all elements. */
    public static Max overAll() {
        return new Max(null, false);
    }

    /** DeZero's {@code Max(axis, keepdims)}. */
    public static Max over(int[] axis, boolean keepdims) {
        return new Max(axis, keepdims);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].max(axis, keepdims));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        Variable y = output(0);
        if (y == null) {
            y = new Variable(forward(x.data)[0]);
        }
        int[] shape = x.shape();
        boolean[] reduce = Kernels.reduced(axis, shape.length);
        for (int i = 0; i < shape.length; i++) {
            if (reduce[i]) {
                shape[i] = 1;
            }
        }
        Variable gy = reshape(gys[0], shape);
        NDArray yb = y.data.reshape(shape).broadcastTo(x.shape());
        NDArray cond = x.data.eq(yb);
        gy = broadcastTo(gy, x.shape());
        return grads(mul(gy, new Variable(cond)));
    }
}
