package dezero.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.models.MLP;
import dezero.viz.RenderResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model.plot writes the graph of a forward (DeZero's plot(*inputs, to_file)): as DOT text here, so no Graphviz is needed. */
class ModelPlotTest {
    @TempDir
    Path dir;

    @Test
    void plotWritesTheGraphOfTheForward() throws Exception {
        RandomState.global().seed(0);
        MLP model = new MLP(4, 2);
        Path file = dir.resolve("model.dot");
        RenderResult r = model.plot(file.toString(), new Variable(NDArray.of(new double[] {1, 2}, 1, 2)));
        assertTrue(r.ok(), r.message());
        String dot = Files.readString(file);
        assertTrue(dot.startsWith("digraph g {"), dot);
        assertTrue(dot.contains("Linear"), dot);
        assertTrue(dot.contains("Sigmoid"), dot);
    }
}
