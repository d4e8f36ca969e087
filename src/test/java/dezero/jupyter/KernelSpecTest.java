package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the kernelspec goes: jupyter_core's user data directory rules, and the prefix layout. */
class KernelSpecTest {
    private static final Path HOME = Path.of("/home/t");

    // jupyter_core.paths.jupyter_data_dir(): JUPYTER_DATA_DIR, else ~/Library/Jupyter (macOS),
    // %APPDATA%\jupyter (Windows), else $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter.
    @Test
    void userKernelsFollowJupyterCore() {
        assertEquals(Path.of("/d/kernels"), KernelSpec.userKernels(Map.of("JUPYTER_DATA_DIR", "/d"), "Linux", HOME));
        assertEquals(Path.of("/x/jupyter/kernels"), KernelSpec.userKernels(Map.of("XDG_DATA_HOME", "/x"), "Linux", HOME));
        assertEquals(Path.of("/home/t/.local/share/jupyter/kernels"), KernelSpec.userKernels(Map.of(), "Linux", HOME));
        assertEquals(Path.of("/home/t/Library/Jupyter/kernels"), KernelSpec.userKernels(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void prefixIsShareJupyterKernels() {
        assertEquals(Path.of("/venv/share/jupyter/kernels"), KernelSpec.prefixKernels(Path.of("/venv")));
    }
}
