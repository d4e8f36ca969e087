package dezero.layers;

import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;

/** DeZero's {@code EmbedID}: a table {@code W} of {@code in_size} rows drawn from the standard normal; ids pick rows. */
public class EmbedID extends Layer {
    /** The table, (in_size, out_size). */
    public final Parameter W;

    /** {@code W = np.random.randn(in_size, out_size)} from numpy's global generator. */
    public EmbedID(int inSize, int outSize) {
        W = register("W", new Parameter(RandomState.global().randn(inSize, outSize), "W"));
    }

    @Override
    public Variable forward(Variable... xs) {
        return Functions.embedId(xs[0], W);
    }
}
