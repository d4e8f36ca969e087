package dezero.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input, or nothing when it was closed ({@code dezero <&-}): the JVM then opens its own
 * files first, one lands on descriptor 0, and {@code System.in} would read the JDK's module image
 * as a script. Python reads a closed standard input as empty, and so does this.
 */
final class StandardInput {
    private StandardInput() {}

    static InputStream open() {
        return isJvmFile(descriptorZero()) ? InputStream.nullInputStream() : System.in;
    }

    /** The file descriptor 0 is open on (Linux's /proc), or null where that cannot be told. */
    private static Path descriptorZero() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** True for a file of the running JDK or of the class path: not something a user redirected in. */
    static boolean isJvmFile(Path target) {
        if (target == null || !target.isAbsolute()) {
            return false;
        }
        Path home = Path.of(System.getProperty("java.home")).toAbsolutePath();
        try {
            home = home.toRealPath();
        } catch (IOException e) {
            // Compared as given.
        }
        if (target.startsWith(home)) {
            return true;
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath())) {
                return true;
            }
        }
        return false;
    }
}
