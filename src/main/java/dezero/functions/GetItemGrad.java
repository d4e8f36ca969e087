package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** The gradient of {@link GetItem}: {@code gy} scattered into zeros of the input's shape with {@code np.add.at}. */
public final class GetItemGrad extends Function {
    private final GetItem.Selection slices;
    private final int[] inShape;

    /** DeZero's {@code GetItemGrad(slices, in_shape)}. */
    public GetItemGrad(GetItem.Selection slices, int[] inShape) {
        this.slices = slices;
        this.inShape = inShape.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(slices.addAt(inShape, xs[0]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new GetItem(slices).apply(gys[0]));
    }
}
