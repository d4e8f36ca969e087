package dezero.functions;

import static dezero.functions.Functions.conv2d;
import static dezero.functions.Functions.sum;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * DeZero's {@code Deconv2d} (transposed convolution): x (N, C, H, W) with W (C, OC, KH, KW) to
 * (N, OC, out_h, out_w), the output size from {@code outsize} or DeZero's {@code get_deconv_outsize}.
 */
public final class Deconv2d extends Function {
    final int[] stride;
    final int[] pad;
    private final int[] outsize;

    /** DeZero's {@code Deconv2d(stride, pad, outsize)}; {@code outsize} null to compute it. */
    public Deconv2d(int[] stride, int[] pad, int[] outsize) {
        this.stride = ConvArrays.pair(stride);
        this.pad = ConvArrays.pair(pad);
        this.outsize = outsize == null ? null : ConvArrays.pair(outsize);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray x = xs[0];
        NDArray w = xs[1];
        int[] ws = w.shape();
        int[] s = x.shape();
        int c = ws[0], oc = ws[1], kh = ws[2], kw = ws[3];
        int n = s[0], h = s[2], wd = s[3];
        int outH = outsize == null ? ConvArrays.deconvOutsize(h, kh, stride[0], pad[0]) : outsize[0];
        int outW = outsize == null ? ConvArrays.deconvOutsize(wd, kw, stride[1], pad[1]) : outsize[1];
        // DeZero's rollaxis(tensordot(W, x, (0, 1)), 3) as one matrix product: (N, OC, KH, KW, H, W).
        NDArray gcol = w.reshape(c, -1).matmul(x.transpose(1, 0, 2, 3).reshape(c, -1), true, false)
                .reshape(oc, kh, kw, n, h, wd).transpose(3, 0, 1, 2, 4, 5);
        NDArray y = ConvArrays.col2im(gcol, new int[] {n, oc, outH, outW}, new int[] {kh, kw}, stride, pad, false);
        if (xs.length > 2) {
            y = y.add(xs[2].reshape(1, xs[2].size(), 1, 1));
        }
        return outputs(y);
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        Variable w = input(1);
        Variable gy = gys[0];
        Variable gx = conv2d(gy, w, null, stride, pad);
        Variable gw = new Conv2DGradW(new int[] {w.shape()[2], w.shape()[3]}, stride, pad).apply(gy, x);
        if (inputs().size() < 3) {
            return grads(gx, gw);
        }
        return grads(gx, gw, sum(gy, new int[] {0, 2, 3}, false));
    }
}
