package dezero.functions;

import dezero.core.Function;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.Variable;

/** The gradient of {@link GetItem}: {@code gy} scattered into zeros of the input's shape with {@code np.add.at} (repeats accumulate). */
public final class GetItemGrad extends Function {
    private final Index[] slices;
    private final int[] inShape;

    /** DeZero's {@code GetItemGrad(slices, in_shape)}. */
    public GetItemGrad(Index[] slices, int[] inShape) {
        this.slices = slices.clone();
        this.inShape = inShape.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray gx = NDArray.zeros(xs[0].dtype(), inShape);
        gx.addAt(slices, xs[0]);
        return outputs(gx);
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new GetItem(slices).apply(gys[0]));
    }
}
