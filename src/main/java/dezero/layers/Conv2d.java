package dezero.layers;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * DeZero's {@code L.Conv2d}: filters W (OC, C, KH, KW) drawn as
 * {@code randn(OC, C, KH, KW).astype(dtype) * np.sqrt(1 / (C * KH * KW))} from numpy's global
 * generator once C is known (given, or from the first input), bias b (OC,) zeros.
 */
public class Conv2d extends Layer {
    public final Parameter W;
    /** The bias, or null for a layer made {@link #withoutBias}. */
    public final Parameter b;
    public Integer inChannels;
    public final int outChannels;
    public final int[] kernelSize;
    public final int[] stride;
    public final int[] pad;
    public final DType dtype;

    /** DeZero's {@code Conv2d(out_channels, kernel_size, stride=1, pad=0)}: float32, C from the first input. */
    public Conv2d(int outChannels, int kernelSize, int stride, int pad) {
        this(outChannels, new int[] {kernelSize}, new int[] {stride}, new int[] {pad}, DType.FLOAT32, null, true);
    }

    /** Every argument of DeZero's but {@code nobias}: sizes are an int or a pair; {@code inChannels} null for lazy. */
    public Conv2d(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype, Integer inChannels) {
        this(outChannels, kernelSize, stride, pad, dtype, inChannels, true);
    }

    /** DeZero's {@code Conv2d(..., nobias=True)}. */
    public static Conv2d withoutBias(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype,
            Integer inChannels) {
        return new Conv2d(outChannels, kernelSize, stride, pad, dtype, inChannels, false);
    }

    private Conv2d(int outChannels, int[] kernelSize, int[] stride, int[] pad, DType dtype, Integer inChannels,
            boolean bias) {
        this.outChannels = outChannels;
        this.kernelSize = pair(kernelSize);
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

    static int[] pair(int[] v) {
        return v.length == 1 ? new int[] {v[0], v[0]} : v.clone();
    }

    private void initW() {
        int c = inChannels;
        int kh = kernelSize[0];
        int kw = kernelSize[1];
        NDArray scale = NDArray.scalar(Math.sqrt(1.0 / (c * kh * kw)));
        W.data = RandomState.global().randn(outChannels, c, kh, kw).astype(dtype).mul(scale);
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        if (W.data == null) {
            inChannels = x.shape()[1];
            initW();
        }
        return Functions.conv2d(x, W, b, stride, pad);
    }
}
