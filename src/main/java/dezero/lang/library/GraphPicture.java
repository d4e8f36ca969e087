package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import dezero.viz.DotRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** What {@code plot_dot_graph} does after DeZero's DOT text is made: {@code dot FILE -T EXT -o TO_FILE}. */
final class GraphPicture {
    /** {@code _run_dot(dot_text, dot_path, extension, to_file)}, for dezero.utils. */
    static final Builtin RUN_DOT = new Builtin("_run_dot", new Builtin.Body() {
        @Override
        public Object call(Object[] a, java.util.Map<String, Object> k) {
            run(Py.str(a[0]), Path.of(Py.str(a[1])), Py.str(a[2]), Path.of(Py.str(a[3])));
            return PyNone.NONE;
        }
    });

    private GraphPicture() {}

    private static void run(String dot, Path dotFile, String extension, Path target) {
        try {
            Files.writeString(dotFile, dot, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Py.error(Types.OS_ERROR, e.getMessage());
        }
        Optional<Path> exe = DotRenderer.fromEnvironment().findDot();
        if (exe.isEmpty()) {
            System.err.println("/bin/sh: 1: dot: not found");
            return;
        }
        try {
            Process p = new ProcessBuilder(exe.get().toString(), dotFile.toString(), "-T", extension, "-o",
                    target.toString()).inheritIO().start();
            if (!p.waitFor(DotRenderer.DEFAULT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw Py.error(Types.OS_ERROR, "dot did not finish within " + DotRenderer.DEFAULT_TIMEOUT.toSeconds()
                        + " s");
            }
        } catch (IOException e) {
            throw Py.error(Types.OS_ERROR, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Py.error(Types.KEYBOARD_INTERRUPT, null);
        }
    }
}
