package dezero.functions;

import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Repeats an array along broadcast axes up to a shape; its gradient sums them back. */
public final class BroadcastTo extends Function {
    private final int[] shape;
    private int[] xShape;

    public BroadcastTo(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        xShape = xs[0].shape();
        return outputs(xs[0].broadcastTo(shape));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(sumTo(gys[0], xShape));
    }
}
