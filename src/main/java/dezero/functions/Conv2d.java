package dezero.functions;

import static dezero.functions.Functions.deconv2d;
import static dezero.functions.Functions.sum;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code Conv2d}: x (N, C, H, W) with filters W (OC, C, KH, KW) and bias b (OC,) to (N, OC, OH, OW). */
public final class Conv2d extends Function {
    final int[] stride;
    final int[] pad;

    /** DeZero's {@code Conv2d(stride, pad)}: each an int or a pair. */
    public Conv2d(int[] stride, int[] pad) {
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray x = xs[0];
        NDArray w = xs[1];
        int[] ws = w.shape();
        int n = x.shape()[0];
        NDArray col = ConvArrays.im2col(x, new int[] {ws[2], ws[3]}, stride, pad, true);
        int oh = ConvArrays.convOutsize(x.shape()[2], ws[2], stride[0], pad[0]);
        int ow = ConvArrays.convOutsize(x.shape()[3], ws[3], stride[1], pad[1]);
        // DeZero's tensordot(col, W, ((1, 2, 3), (1, 2, 3))) as one matrix product.
        NDArray y = col.matmul(w.reshape(ws[0], -1), false, true);
        if (xs.length > 2) {
            y = y.add(xs[2]);
        }
        return outputs(y.reshape(n, oh, ow, ws[0]).transpose(0, 3, 1, 2));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        Variable w = input(1);
        Variable gy = gys[0];
        Variable gx = deconv2d(gy, w, null, stride, pad, new int[] {x.shape()[2], x.shape()[3]});
        Variable gw = new Conv2DGradW(new int[] {w.shape()[2], w.shape()[3]}, stride, pad).apply(x, gy);
        if (inputs().size() < 3) {
            return grads(gx, gw);
        }
        return grads(gx, gw, sum(gy, new int[] {0, 2, 3}, false));
    }
}
