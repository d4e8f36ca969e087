package dezero.functions;

import static dezero.functions.Functions.broadcastTo;
import static dezero.functions.Functions.reshape;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * The sum over all axes or over chosen ones, keeping them as 1 when {@code keepdims}.
 * {@code sum([1, 2, 3])} is 6.0; its gradient is ones of the input's shape.
 */
public final class Sum extends Function {
    private final int[] axes;
    private final boolean keepdims;
    private int[] xShape;

    /** The sum over {@code axes} (null for all). */
    Sum(int[] axes, boolean keepdims) {
        this.axes = axes == null ? null : axes.clone();
        this.keepdims = keepdims;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        xShape = xs[0].shape();
        return outputs(axes == null && !keepdims ? xs[0].sum() : xs[0].sum(axes, keepdims));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        int nd = xShape.length;
        if (nd > 0 && axes != null && !keepdims) {
            // Put the summed axes back as 1 so the gradient broadcasts to the input's shape.
            boolean[] summed = new boolean[nd];
            for (int a : axes) {
                summed[a < 0 ? a + nd : a] = true;
            }
            int[] kept = new int[nd];
            for (int i = 0; i < nd; i++) {
                kept[i] = summed[i] ? 1 : xShape[i];
            }
            gy = reshape(gy, kept);
        }
        return grads(broadcastTo(gy, xShape));
    }
}
