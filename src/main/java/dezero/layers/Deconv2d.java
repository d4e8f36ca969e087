package dezero.layers;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * DeZero's {@code L.Deconv2d} (transposed convolution): W (C, OC, KH, KW) drawn as
 * {@code randn(C, OC, KH, KW).astype(dtype) * np.sqrt(1 / (C * KH * KW))} once C is known.
 */
public class Deconv2d extends Layer {
    public final Parameter W;
    /** The bias, or null for a layer made {@link #withoutBias}. */
    public final Parameter b;
    public Integer inChannels;
    public final int outChannels;
    public final int[] kernelSize;
    public final int[] stride;
    public final int[] pad;
    public final DType dtype;

    /** DeZero's {@code Deconv2d(out_channels, kernel_size, stride=1, pad=0)}: float32, C from the first input. */
    public Deconv2d(int outChannels, int kernelSize, int stride, int pad) {
        this(outChannels, new int[] {kernelSize}, new int[] {stride}, new int[] {pad}, DType.FLOAT32, null, true);
    }

    /** Every argument of DeZero's but {@code nobias}. */
    public Deconv2d(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype, Integer inChannels) {
        this(outChannels, kernelSize, stride, pad, dtype, inChannels, true);
    }

    /** DeZero's {@code Deconv2d(..., nobias=True)}. */
    public static Deconv2d withoutBias(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype,
            Integer inChannels) {
        return new Deconv2d(outChannels, kernelSize, stride, pad, dtype, inChannels, false);
    }

    private Deconv2d(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype, Integer inChannels,
            boolean bias) {
        this.outChannels = outChannels;
        this.kernelSize = Conv2d.pair(kernelSize);
        this.stride = stride.clone();
        this.pad = pad.clone();
        this.dtype = dtype;
        this.inChannels = inChannels;
        this.W = register("W", Parameter.empty("W"));
        if (inChannels != null) {
            initW();
        }
        this.b = bias ? register("b", new Parameter(NDArray.zeros(dtype, outChannels), "b")) : null;
    }

    private void initW() {
        int c = inChannels;
        int kh = kernelSize[0];
        int kw = kernelSize[1];
        NDArray scale = NDArray.scalar(Math.sqrt(1.0 / (c * kh * kw)));
        W.data = RandomState.global().randn(c, outChannels, kh, kw).astype(dtype).mul(scale);
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        if (W.data == null) {
            inChannels = x.shape()[1];
            initW();
        }
        return Functions.deconv2d(x, W, b, stride, pad, null);
    }
}
