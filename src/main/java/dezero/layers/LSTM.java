package dezero.layers;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sigmoid;
import static dezero.functions.Functions.tanh;

import dezero.core.Variable;

/** DeZero's LSTM (step 60): forget, input, output gates and the cell, the states kept between calls. */
public class LSTM extends Layer {
    public final Linear x2f;
    public final Linear x2i;
    public final Linear x2o;
    public final Linear x2u;
    public final Linear h2f;
    public final Linear h2i;
    public final Linear h2o;
    public final Linear h2u;
    /** The hidden state, or null after {@link #resetState}. */
    public Variable h;
    /** The cell state, or null after {@link #resetState}. */
    public Variable c;

    /** A layer of {@code hiddenSize} units, the input size taken from the first input. */
    public LSTM(int hiddenSize) {
        this(hiddenSize, null);
    }

    /** A layer of {@code hiddenSize} units over inputs of {@code inSize} features. */
    public LSTM(int hiddenSize, Integer inSize) {
        x2f = register("x2f", new Linear(hiddenSize, inSize));
        x2i = register("x2i", new Linear(hiddenSize, inSize));
        x2o = register("x2o", new Linear(hiddenSize, inSize));
        x2u = register("x2u", new Linear(hiddenSize, inSize));
        h2f = register("h2f", Linear.withoutBias(hiddenSize, hiddenSize));
        h2i = register("h2i", Linear.withoutBias(hiddenSize, hiddenSize));
        h2o = register("h2o", Linear.withoutBias(hiddenSize, hiddenSize));
        h2u = register("h2u", Linear.withoutBias(hiddenSize, hiddenSize));
    }

    /** Forgets the hidden and cell states. */
    public void resetState() {
        h = null;
        c = null;
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        Variable f;
        Variable i;
        Variable o;
        Variable u;
        if (h == null) {
            f = sigmoid(x2f.apply(x));
            i = sigmoid(x2i.apply(x));
            o = sigmoid(x2o.apply(x));
            u = tanh(x2u.apply(x));
        } else {
            f = sigmoid(add(x2f.apply(x), h2f.apply(h)));
            i = sigmoid(add(x2i.apply(x), h2i.apply(h)));
            o = sigmoid(add(x2o.apply(x), h2o.apply(h)));
            u = tanh(add(x2u.apply(x), h2u.apply(h)));
        }
        Variable cNew = c == null ? mul(i, u) : add(mul(f, c), mul(i, u));
        Variable hNew = mul(o, tanh(cNew));
        h = hNew;
        c = cNew;
        return hNew;
    }
}
