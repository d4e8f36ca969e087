package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code Im2col}: the patches of an (N, C, H, W) input a kernel sees (step 57); its gradient is {@link Col2im}. */
public final class Im2col extends Function {
    private final int[] kernel;
    private final int[] stride;
    private final int[] pad;
    private final boolean toMatrix;
    private int[] inputShape;

    Im2col(int[] kernel, int[] stride, int[] pad, boolean toMatrix) {
        this.kernel = ConvArrays.pair(kernel);
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
        this.toMatrix = toMatrix;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        inputShape = xs[0].shape();
        return outputs(ConvArrays.im2col(xs[0], kernel, stride, pad, toMatrix));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new Col2im(inputShape, kernel, stride, pad, toMatrix).apply(gys[0]));
    }
}
