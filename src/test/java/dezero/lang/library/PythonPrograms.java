package dezero.lang.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a {@code .py} program under our interpreter as {@code python3 FILE} would, and reads the
 * expected output that CPython 3.11 with numpy 2.4 and Python DeZero produced for it (see each
 * folder's {@code generate.sh}): NAME.out, NAME.err (the folder written {@code <dir>}), NAME.code.
 */
public final class PythonPrograms {
    private PythonPrograms() {}

    /** What a run printed and how it ended. */
    public record Run(String out, String err, int code) {}

    public static Run run(Path program) throws IOException {
        return run(program, Files.readString(program, StandardCharsets.UTF_8));
    }

    /** Runs {@code source} as if it were the file {@code program}'s text. */
    public static Run run(Path program, String source) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        String file = program.toAbsolutePath().normalize().toString();
        int[] code = new int[1];
        Thread t = new Thread(null, () -> {
            PythonRuntime python = new PythonRuntime(out::append, err::append, List.of(file));
            code[0] = python.runFile(file, source);
        }, "python", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String dir = program.toAbsolutePath().normalize().getParent().toString();
        return new Run(out.toString(), err.toString().replace(dir, "<dir>"), code[0]);
    }

    /** The oracle's run of {@code program}. */
    public static Run expected(Path program) throws IOException {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = program.getParent();
        Path err = dir.resolve(base + ".err");
        return new Run(Files.readString(dir.resolve(base + ".out")),
                Files.exists(err) ? Files.readString(err) : "",
                Integer.parseInt(Files.readString(dir.resolve(base + ".code")).strip()));
    }

    /** The programs of a test resource folder. */
    public static Stream<Path> programs(String folder) throws IOException {
        Path dir = Path.of("src/test/resources", folder);
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted();
    }
}
