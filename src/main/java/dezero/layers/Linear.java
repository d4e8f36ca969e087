package dezero.layers;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * DeZero's {@code L.Linear}: {@code y = x @ W + b}, with {@code W} of shape (in, out) drawn as
 * {@code np.random.randn(I, O).astype(dtype) * np.sqrt(1 / I)} from numpy's global generator when
 * the input size is known: at construction if given, else at the first input (lazy
 * {@code in_size}). With DeZero's default {@code dtype=np.float32}, numpy 2 makes {@code W}
 * float64 (the numpy scalar {@code np.sqrt(1 / I)} is strong) and {@code b} float32.
 */
public class Linear extends Layer {
    /** The weight, (in_size, out_size); without data until the input size is known. */
    public final Parameter W;
    /** The bias, (out_size,) zeros at first; null for a layer made {@link #withoutBias}. */
    public final Parameter b;
    /** The input size, or null until the first input. */
    public Integer inSize;
    /** The output size. */
    public final int outSize;
    /** DeZero's {@code dtype} argument: the type {@code randn} is cast to, and {@code b}'s. */
    public final DType dtype;

    /** A layer of {@code outSize} outputs whose input size is taken from its first input (float32, as DeZero's default). */
    public Linear(int outSize) {
        this(outSize, null, DType.FLOAT32, true);
    }

    /** A layer of {@code inSize} inputs (null: from the first input) and {@code outSize} outputs. */
    public Linear(int outSize, Integer inSize) {
        this(outSize, inSize, DType.FLOAT32, true);
    }

    /** DeZero's {@code Linear(out_size, dtype=dtype, in_size=in_size)}. */
    public Linear(int outSize, Integer inSize, DType dtype) {
        this(outSize, inSize, dtype, true);
    }

    /** DeZero's {@code Linear(out_size, nobias=True, in_size=in_size)}: {@code x @ W} only. */
    public static Linear withoutBias(int outSize, Integer inSize) {
        return new Linear(outSize, inSize, DType.FLOAT32, false);
    }

    /** DeZero's {@code Linear(out_size, nobias=True, dtype=dtype, in_size=in_size)}. */
    public static Linear withoutBias(int outSize, Integer inSize, DType dtype) {
        return new Linear(outSize, inSize, dtype, false);
    }

    private Linear(int outSize, Integer inSize, DType dtype, boolean bias) {
        this.inSize = inSize;
        this.outSize = outSize;
        this.dtype = dtype;
        this.W = register("W", Parameter.empty("W"));
        if (inSize != null) {
            initW();
        }
        this.b = bias ? register("b", new Parameter(NDArray.zeros(dtype, outSize), "b")) : null;
    }

    private void initW() {
        int i = inSize;
        NDArray scale = NDArray.scalar(Math.sqrt(1.0 / i)); // np.sqrt(1 / I): a strong float64 scalar
        W.data = RandomState.global().randn(i, outSize).astype(dtype).mul(scale);
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        if (W.data == null) {
            inSize = x.shape()[1];
            initW();
        }
        return Functions.linear(x, W, b);
    }
}
