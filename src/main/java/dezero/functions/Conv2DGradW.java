package dezero.functions;

import static dezero.functions.Functions.conv2d;
import static dezero.functions.Functions.deconv2d;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** The gradient of a convolution's filters: {@code tensordot(gy, im2col(x), ((0, 2, 3), (0, 4, 5)))}, (OC, C, KH, KW). */
public final class Conv2DGradW extends Function {
    private final int[] kernel;
    private final int[] stride;
    private final int[] pad;

    /** The filters' gradient of a convolution with this kernel size, stride and pad. */
    public Conv2DGradW(int[] kernel, int[] stride, int[] pad) {
        this.kernel = ConvArrays.pair(kernel);
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray x = xs[0];
        NDArray gy = xs[1];
        int oc = gy.shape()[1];
        int c = x.shape()[1];
        NDArray col = ConvArrays.im2col(x, kernel, stride, pad, true);
        NDArray gyMat = gy.transpose(1, 0, 2, 3).reshape(oc, -1);
        return outputs(gyMat.matmul(col).reshape(oc, c, kernel[0], kernel[1]));
    }

    /**
     * With {@code ggW} the gradient of this output: {@code deconv2d(gy, ggW)} for x and
     * {@code conv2d(x, ggW)} for gy (DeZero's code reads the output itself there, a slip).
     */
    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        Variable gy = input(1);
        Variable ggw = gys[0];
        Variable gx = deconv2d(gy, ggw, null, stride, pad, new int[] {x.shape()[2], x.shape()[3]});
        Variable ggy = conv2d(x, ggw, null, stride, pad);
        return grads(gx, ggy);
    }
}
