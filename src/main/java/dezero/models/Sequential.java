package dezero.models;

import dezero.core.Variable;
import dezero.layers.Layer;
import java.util.List;

/** DeZero's {@code Sequential(*layers)}: each layer's output is the next one's input; the layers are {@code l0, l1, ...}. */
public class Sequential extends Model {
    /** The layers, in order. */
    public final List<Layer> layers;

    public Sequential(Layer... layers) {
        this.layers = List.of(layers);
        for (int i = 0; i < layers.length; i++) {
            setattr("l" + i, layers[i]);
        }
    }

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        for (Layer layer : layers) {
            x = layer.apply(x);
        }
        return x;
    }
}
