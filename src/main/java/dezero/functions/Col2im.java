package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code Col2im}: patches summed back into an image; its gradient is {@link Im2col}. */
public final class Col2im extends Function {
    private final int[] inputShape;
    private final int[] kernel;
    private final int[] stride;
    private final int[] pad;
    private final boolean toMatrix;

    Col2im(int[] inputShape, int[] kernel, int[] stride, int[] pad, boolean toMatrix) {
        this.inputShape = inputShape.clone();
        this.kernel = ConvArrays.pair(kernel);
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
        this.toMatrix = toMatrix;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(ConvArrays.col2im(xs[0], inputShape, kernel, stride, pad, toMatrix));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new Im2col(kernel, stride, pad, toMatrix).apply(gys[0]));
    }
}
