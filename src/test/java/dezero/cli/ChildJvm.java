package dezero.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line in a JVM of its own, for what a process cannot do to itself in a test: a
 * file-size limit, a signal, a closed or full standard stream, a user without root's rights.
 */
final class ChildJvm {
    /** What a finished child printed and returned. */
    record Run(int code, String out, String err) {}

    private ChildJvm() {}

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java ... dezero.cli.Main args}, on this test's class path (or {@code classPath}). */
    static List<String> main(String classPath, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-cp", classPath == null ? System.getProperty("java.class.path") : classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code command} run by bash after {@code prefix} (e.g. {@code ulimit -f 1}), so the limit holds for it. */
    static List<String> afterShell(String prefix, List<String> command) {
        List<String> c = new ArrayList<>(List.of("bash", "-c", prefix + "; exec \"$@\"", "bash"));
        c.addAll(command);
        return c;
    }

    /** Runs {@code command} in {@code dir} with {@code stdin} as input; waits at most a minute. */
    static Run run(List<String> command, Path dir, String stdin) throws IOException, InterruptedException {
        Path err = Files.createTempFile("dezero-child", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the child did not finish: " + command);
            }
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * A copy of the program's classes and libraries in {@code dir} that any user can read (the build's
     * own may sit under root's home), as a class path.
     */
    static String publicClassPath(Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            String name = from.getFileName().toString();
            boolean program = name.equals("classes") || name.startsWith("picocli") || name.startsWith("jline")
                    || name.startsWith("commons-math3");
            if (!program || !Files.exists(from)) {
                continue;
            }
            Path to = dir.resolve((n++) + "-" + name);
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.walk(from)) {
                    files.forEach(f -> copy(f, to.resolve(from.relativize(f).toString())));
                }
            } else {
                copy(from, to);
            }
            entries.add(to.toString());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(f -> {
                f.toFile().setReadable(true, false);
                if (Files.isDirectory(f)) {
                    f.toFile().setExecutable(true, false);
                }
            });
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            } else {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
