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
        return outputs(xs[0].sumTo(shape));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(broadcastTo(gys[0], xShape));
    }
}
