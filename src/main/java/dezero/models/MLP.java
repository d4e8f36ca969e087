package dezero.models;

import dezero.core.Variable;
import dezero.functions.Functions;
import dezero.layers.Linear;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * DeZero's {@code MLP(fc_output_sizes, activation=F.sigmoid)}: {@link Linear} layers
 * {@code l0, l1, ...} of the given output sizes (input sizes from the first input), the activation
 * between them and none after the last.
 */
public class MLP extends Model {
    /** The layers, in order. */
    public final List<Linear> layers;
    /** Applied after every layer but the last; a Java lambda or a function of the language. */
    public final UnaryOperator<Variable> activation;

    /** With DeZero's default activation, {@code sigmoid}. */
    public MLP(int... fcOutputSizes) {
        this(SIGMOID, fcOutputSizes);
    }

    /** DeZero's default activation (a class, not {@code Functions::sigmoid}: no lambda to link at start-up). */
    private static final UnaryOperator<Variable> SIGMOID = new UnaryOperator<>() {
        @Override
        public Variable apply(Variable x) {
            return Functions.sigmoid(x);
        }
    };

    public MLP(UnaryOperator<Variable> activation, int... fcOutputSizes) {
        this.activation = activation;
        List<Linear> ls = new ArrayList<>();
        for (int i = 0; i < fcOutputSizes.length; i++) {
            Linear layer = new Linear(fcOutputSizes[i]);
            setattr("l" + i, layer);
            ls.add(layer);
        }
        this.layers = List.copyOf(ls);
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        for (int i = 0; i < layers.size() - 1; i++) {
            x = activation.apply(layers.get(i).apply(x));
        }
        return layers.get(layers.size() - 1).apply(x);
    }
}
