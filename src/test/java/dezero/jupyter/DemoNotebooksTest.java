package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.syntax.Parser;
import dezero.lang.syntax.PySyntaxError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * scripts/demos/stepNN.ipynb: cells of Python (and the kernel's {@code graph} command), whose
 * stored outputs are what python3 with numpy 2.4 and DeZero print for them, as
 * scripts/gen/demo_notebooks.py wrote them.
 */
class DemoNotebooksTest {
    @Test
    void theStoredOutputsAreWhatPythonAndDezeroPrint() throws Exception {
        Process p = new ProcessBuilder("python3", "scripts/gen/demo_notebooks.py", "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "demo_notebooks.py --check did not finish");
        // Exit 2: no python3 with numpy 2 and DeZero's source (../shared/peers) on this machine.
        Assumptions.assumeTrue(p.exitValue() != 2, out);
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void everyCodeCellIsPythonButForGraphLines() throws Exception {
        for (int step = 11; step <= 18; step++) {
            Path notebook = Path.of("scripts/demos/step" + step + ".ipynb");
            int cells = 0;
            for (Object o : (List<?>) Json.parseObject(Files.readString(notebook)).get("cells")) {
                Map<?, ?> cell = (Map<?, ?>) o;
                if (!"code".equals(cell.get("cell_type"))) {
                    continue;
                }
                cells++;
                String source = ((List<?>) cell.get("source")).stream().map(String::valueOf).collect(Collectors.joining());
                String python = source.lines().map(l -> l.matches("graph \\w+") ? "" : l)
                        .collect(Collectors.joining("\n"));
                try {
                    Parser.parseModule(python);
                } catch (PySyntaxError e) {
                    throw new AssertionError(notebook + ": a cell is not Python: " + e.getMessage() + "\n" + source, e);
                }
                assertFalse(((List<?>) cell.get("outputs")).isEmpty() && !source.strip().startsWith("graph "),
                        notebook + ": a cell without its expected outputs:\n" + source);
            }
            assertTrue(cells >= 2, notebook + " has " + cells + " code cells");
        }
    }
}
