package dezero.layers;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.tanh;

import dezero.core.Variable;

/** DeZero's Elman RNN with tanh (step 59): {@code h = tanh(x2h(x) + h2h(h))}, the state kept between calls. */
public class RNN extends Layer {
    /** Input to hidden. */
    public final Linear x2h;
    /** Hidden to hidden, without bias. */
    public final Linear h2h;
    /** The hidden state, or null after {@link #resetState}. */
    public Variable h;

    /** A layer of {@code hiddenSize} units, the input size taken from the first input. */
    public RNN(int hiddenSize) {
        this(hiddenSize, null);
    }

    /**
     * A layer of {@code hiddenSize} units. As in DeZero, {@code h2h} is also given {@code inSize} as
     * its input size (so a known {@code inSize} must equal {@code hiddenSize}).
     */
    public RNN(int hiddenSize, Integer inSize) {
        x2h = register("x2h", new Linear(hiddenSize, inSize));
        h2h = register("h2h", Linear.withoutBias(hiddenSize, inSize));
    }

    /** Forgets the hidden state. */
    public void resetState() {
        h = null;
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        Variable hNew = h == null ? tanh(x2h.apply(x)) : tanh(add(x2h.apply(x), h2h.apply(h)));
        h = hNew;
        return hNew;
    }
}
