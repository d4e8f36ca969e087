package dezero.functions;

import static dezero.functions.Functions.broadcastTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Sums broadcast axes away down to a shape: {@code sum_to([[1,2,3],[4,5,6]], (1,3))} is {@code [[5. 7. 9.]]}. */
public final class SumTo extends Function {
    private final int[] shape;
    private int[] xShape;

    public SumTo(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        xShape = xs[0].shape();
        return outputs(xs[0].sumTo(dezeroTarget(xShape, shape)));
    }

    /**
     * The shape DeZero's {@code sum_to} gives: the leading axes summed away, the axes where the
     * target has a 1 summed to 1, every other axis kept as it is, even when the target asked for
     * another length ({@code (10, 20, 20)} to {@code (10,)} gives {@code (20,)}). DeZero's own tests
     * rely on it, and a target the array can reach is returned exactly.
     */
    static int[] dezeroTarget(int[] xs, int[] shape) {
        int lead = xs.length - shape.length;
        if (lead < 0) {
            return shape;
        }
        int[] target = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            target[i] = shape[i] == 1 ? 1 : xs[i + lead];
        }
        return target;
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(broadcastTo(gys[0], xShape));
    }
}
