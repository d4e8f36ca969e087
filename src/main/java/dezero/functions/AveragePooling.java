package dezero.functions;

import static dezero.functions.Functions.broadcastTo;
import static dezero.functions.Functions.col2im;
import static dezero.functions.Functions.div;
import static dezero.functions.Functions.reshape;
import static dezero.functions.Functions.transpose;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code AveragePooling}: the mean of each window (the zero padding included). */
public final class AveragePooling extends Function {
    private final int[] kernel;
    private final int[] stride;
    private final int[] pad;
    private int[] inputShape;

    /** DeZero's {@code AveragePooling(kernel_size, stride, pad)}. */
    public AveragePooling(int[] kernel, int[] stride, int[] pad) {
        this.kernel = ConvArrays.pair(kernel);
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        inputShape = xs[0].shape();
        return outputs(ConvArrays.im2col(xs[0], kernel, stride, pad, false).mean(new int[] {2, 3}, false));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        int[] s = gys[0].shape();
        int n = s[0], c = s[1], oh = s[2], ow = s[3];
        int kh = kernel[0], kw = kernel[1];
        Variable gy = div(gys[0], (long) kw * kh);
        Variable gcol = broadcastTo(reshape(gy, -1), kh, kw, n * c * oh * ow);
        gcol = transpose(reshape(gcol, kh, kw, n, c, oh, ow), 2, 3, 0, 1, 4, 5);
        return grads(col2im(gcol, inputShape, kernel, stride, pad, false));
    }
}
