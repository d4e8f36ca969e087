package dezero.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernelspec {@code dezero}: {@code kernel.json} (display name, the command that starts the
 * kernel, language python for highlighting, interrupts as messages) and its two icons, written
 * where {@code jupyter kernelspec list} looks.
 */
public final class KernelSpec {
    /** The kernelspec's directory name. */
    public static final String NAME = "dezero";
    /** The name notebooks show in their kernel menu. */
    public static final String DISPLAY_NAME = "DeZero (Java)";

    private KernelSpec() {}

    /**
     * The {@code kernel.json} contents for a kernel started by {@code command} followed by
     * {@code kernel -f {connection_file}}. Interrupts are messages: a signal would stop the JVM.
     */
    public static Map<String, Object> json(List<String> command) {
        List<Object> argv = new ArrayList<>(command);
        argv.addAll(List.of("kernel", "-f", "{connection_file}"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "python");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return spec;
    }

    /** Writes the kernelspec into {@code kernelsDir/dezero} (replacing an older one); returns that directory. */
    public static Path install(Path kernelsDir, List<String> command) throws IOException {
        Path dir = kernelsDir.resolve(NAME);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kernel.json"), Json.pretty(json(command), 1) + "\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("logo-32x32.png"), Logo.png(32));
        Files.write(dir.resolve("logo-64x64.png"), Logo.png(64));
        return dir;
    }

    /** {@code PREFIX/share/jupyter/kernels}, as {@code jupyter kernelspec install --prefix} uses. */
    public static Path prefixKernels(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /**
     * The user's kernels directory as jupyter_core finds it: {@code $JUPYTER_DATA_DIR}, else
     * {@code ~/Library/Jupyter} on macOS, {@code %APPDATA%\jupyter} on Windows, else
     * {@code $XDG_DATA_HOME/jupyter} or {@code ~/.local/share/jupyter}; then {@code /kernels}.
     */
    public static Path userKernels(Map<String, String> env, String os, Path home) {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        Path data;
        if (dataDir != null && !dataDir.isEmpty()) {
            data = Path.of(dataDir);
        } else if (os.startsWith("Mac")) {
            data = home.resolve("Library").resolve("Jupyter");
        } else if (os.startsWith("Windows") && env.get("APPDATA") != null) {
            data = Path.of(env.get("APPDATA"), "jupyter");
        } else if (env.get("XDG_DATA_HOME") != null && !env.get("XDG_DATA_HOME").isEmpty()) {
            data = Path.of(env.get("XDG_DATA_HOME"), "jupyter");
        } else {
            data = home.resolve(".local").resolve("share").resolve("jupyter");
        }
        return data.resolve("kernels");
    }
}
