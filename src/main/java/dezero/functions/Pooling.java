package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's max {@code Pooling}: the largest value of each window (the zero padding included), (N, C, OH, OW). */
public final class Pooling extends Function {
    final int[] kernel;
    final int[] stride;
    final int[] pad;
    /** The position of each window's maximum, (N, C, OH, OW) int64, kept for backward. */
    NDArray indexes;
    int[] inputShape;

    /** DeZero's {@code Pooling(kernel_size, stride, pad)}. */
    public Pooling(int[] kernel, int[] stride, int[] pad) {
        this.kernel = ConvArrays.pair(kernel);
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        inputShape = xs[0].shape();
        NDArray col = windows(xs[0], kernel, stride, pad);
        indexes = col.argmax(2);
        return outputs(col.max(2));
    }

    /** im2col as (N, C, KH*KW, OH, OW). */
    static NDArray windows(NDArray x, int[] kernel, int[] stride, int[] pad) {
        NDArray col = ConvArrays.im2col(x, kernel, stride, pad, false);
        int[] s = col.shape();
        return col.reshape(s[0], s[1], s[2] * s[3], s[4], s[5]);
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new Pooling2DGrad(this).apply(gys[0]));
    }
}
