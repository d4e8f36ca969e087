package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** scripts/demos/stepNN.ipynb are what scripts/gen/demo_notebooks.py makes of today's stepNN.dz. */
class DemoNotebooksTest {
    @Test
    void theNotebooksAreUpToDateWithTheDemos() throws Exception {
        Process p = new ProcessBuilder("python3", "scripts/gen/demo_notebooks.py", "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
    }
}
