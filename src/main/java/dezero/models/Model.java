package dezero.models;

import dezero.core.Variable;
import dezero.layers.Layer;
import dezero.viz.Graphs;
import dezero.viz.RenderResult;
import java.nio.file.Path;

/** DeZero's {@code Model}: a {@link Layer} that can draw the graph of its forward. */
public abstract class Model extends Layer {
    /**
     * DeZero's {@code plot(*inputs, to_file='model.png')}: runs forward on {@code inputs} and writes the
     * graph of the result (DOT, or a picture through Graphviz when {@code dot} is installed).
     */
    public RenderResult plot(String toFile, Variable... inputs) {
        Variable y = forward(inputs);
        return Graphs.render(y, Path.of(toFile));
    }

    /** {@link #plot(String, Variable...)} to {@code model.png}. */
    public RenderResult plot(Variable... inputs) {
        return plot("model.png", inputs);
    }
}
