package dezero.layers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * DeZero's {@code L.Linear}: {@code y = x @ W + b}, with {@code W} of shape (in, out) drawn as
 * {@code np.random.randn(I, O) * np.sqrt(1 / I)} from numpy's global generator, when the input
 * size is known: at construction if given, else at the first input (lazy {@code in_size}).
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

    /** A layer of {@code outSize} outputs whose input size is taken from its first input. */
    public Linear(int outSize) {
        this(outSize, null, true);
    }

    /** A layer of {@code inSize} inputs and {@code outSize} outputs; {@code W} is drawn now. */
    public Linear(int outSize, Integer inSize) {
        this(outSize, inSize, true);
    }

    /** DeZero's {@code Linear(out_size, nobias=True, in_size=in_size)}: {@code x @ W} only. */
    public static Linear withoutBias(int outSize, Integer inSize) {
        return new Linear(outSize, inSize, false);
    }

    private Linear(int outSize, Integer inSize, boolean bias) {
        this.inSize = inSize;
        this.outSize = outSize;
        this.W = register("W", Parameter.empty("W"));
        if (inSize != null) {
            initW();
        }
        this.b = bias ? register("b", new Parameter(NDArray.zeros(outSize), "b")) : null;
    }

    private void initW() {
        int i = inSize;
        W.data = RandomState.global().randn(i, outSize).mul(Math.sqrt(1.0 / i));
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
