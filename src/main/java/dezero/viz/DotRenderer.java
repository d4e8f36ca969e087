package dezero.viz;

import dezero.core.Variable;
import java.io.File;
import dezero.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes a graph to a {@code .dot}, {@code .png} or {@code .svg} file, the pictures through
 * Graphviz {@code dot} found on a search path (the environment's PATH by default, injectable
 * for tests). {@code dot} gets a bounded time, then is stopped; when it is missing, slow or
 * failing, the DOT text goes beside the picture's name with a line saying how to render it.
 */
public final class DotRenderer {
    /** How long {@code dot} may run by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The file types {@link #render} writes. */
    public static final List<String> EXTENSIONS = List.of("dot", "png", "svg");

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/+-]+");

    private final String searchPath;
    private final Duration timeout;

    /**
     * @param searchPath directories separated by {@link File#pathSeparator}, as PATH
     * @param timeout how long {@code dot} may run before it is stopped
     */
    public DotRenderer(String searchPath, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        this.searchPath = searchPath == null ? "" : searchPath;
        this.timeout = timeout;
    }

    /** A renderer looking on this process's PATH, with the default timeout. */
    public static DotRenderer fromEnvironment() {
        return new DotRenderer(System.getenv("PATH"), DEFAULT_TIMEOUT);
    }

    /** The {@code dot} executable on the search path, if any. */
    public Optional<Path> findDot() {
        for (String dir : searchPath.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String exe : List.of("dot", "dot.exe")) {
                Path p = Path.of(dir, exe);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the graph that produced {@code y} to {@code file}, by its extension, replacing a file
     * of that name (as DeZero's {@code plot_dot_graph} does).
     *
     * @throws IllegalArgumentException for an extension other than .dot, .png, .svg
     * @throws UncheckedIOException when a file cannot be written (naming it)
     * @throws CancellationException when the thread is interrupted while {@code dot} runs
     */
    public RenderResult render(Variable y, Path file, Map<Variable, String> names) {
        return render(y, file, names, true);
    }

    /**
     * {@link #render(Variable, Path, Map)}, which with {@code replace} false refuses to replace an
     * existing file (the picture, or the {@code .dot} written instead of it) with a
     * {@link java.nio.file.FileAlreadyExistsException} as the cause. Every file is written whole or
     * not at all: a failure leaves the old file as it was.
     */
    public RenderResult render(Variable y, Path file, Map<Variable, String> names, boolean replace) {
        String format = extension(file);
        if (format.equals("dot")) {
            writeDot(y, names, file, replace);
            return new RenderResult(RenderResult.Status.DOT_WRITTEN, file,
                    "wrote " + file + " (render it with: " + command("png", file, sibling(file, "png")) + ")");
        }
        Path dotFile = sibling(file, "dot");
        Optional<Path> dot = findDot();
        if (dot.isEmpty()) {
            writeDot(y, names, dotFile, replace);
            return fallback(RenderResult.Status.NO_DOT, "Graphviz 'dot' is not on PATH", format, dotFile, file);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw cannotWrite(file, new NoSuchFileException(file.toString(), null, "no such directory"));
        }
        check(file, replace);
        // Created here (a new file's usual permissions, not a temp file's 0600) so that an
        // unwritable directory is an error naming the picture, before dot runs.
        Path output = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp");
        try {
            Files.newOutputStream(output, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException e) {
            throw cannotWrite(file, e instanceof AccessDeniedException ? new AccessDeniedException(file.toString()) : e);
        }
        Path input = tempFile("dezero-graph", ".dot");
        Path errors = tempFile("dezero-dot", ".err");
        try {
            writeDot(y, names, input, true);
            Failure failure = run(dot.get(), format, input, output, errors);
            if (failure == null) {
                commit(output, file, replace);
                return new RenderResult(RenderResult.Status.RENDERED, file, "wrote " + file);
            }
            writeDot(y, names, dotFile, replace);
            return fallback(failure.status(), failure.why(), format, dotFile, file);
        } finally {
            deleteQuietly(input);
            deleteQuietly(output);
            deleteQuietly(errors);
        }
    }

    /** Why dot made no picture. */
    private record Failure(RenderResult.Status status, String why) {}

    /** Runs dot; null when it succeeded. */
    private Failure run(Path dot, String format, Path input, Path output, Path errors) {
        Process p;
        try {
            p = new ProcessBuilder(dot.toString(), "-T" + format, "-o", output.toString(), input.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
        } catch (IOException e) {
            return new Failure(RenderResult.Status.DOT_FAILED, "dot could not be started (" + e.getMessage() + ")");
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(p);
                return new Failure(RenderResult.Status.TIMED_OUT,
                        "dot did not finish within " + seconds(timeout) + " s and was stopped");
            }
        } catch (InterruptedException e) {
            stop(p);
            throw new CancellationException("interrupted while dot was rendering " + output);
        }
        if (p.exitValue() != 0) {
            return new Failure(RenderResult.Status.DOT_FAILED,
                    "dot failed with exit code " + p.exitValue() + firstLine(errors));
        }
        return null;
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RenderResult fallback(RenderResult.Status status, String why, String format, Path dotFile,
            Path file) {
        return new RenderResult(status, dotFile, why + ": wrote " + dotFile + " instead; render it with: "
                + command(format, dotFile, file));
    }

    /** {@code dot -Tpng y.dot -o y.png}, paths quoted for a shell when needed. */
    static String command(String format, Path dotFile, Path file) {
        return "dot -T" + format + " " + quote(dotFile) + " -o " + quote(file);
    }

    private static String quote(Path p) {
        String s = p.toString();
        return SHELL_SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            throw new IllegalArgumentException("cannot write a graph to '" + file + "': the file name must end in "
                    + ".dot, .png or .svg");
        }
        return ext;
    }

    private static Path sibling(Path file, String ext) {
        String s = file.getFileName().toString();
        return file.resolveSibling(s.substring(0, s.lastIndexOf('.') + 1) + ext);
    }

    private static void writeDot(Variable y, Map<Variable, String> names, Path file, boolean replace) {
        try {
            AtomicFile.write(file, replace, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new DotWriter(names, true, w).write(y);
                w.flush();
            });
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static void check(Path file, boolean replace) {
        try {
            AtomicFile.checkTarget(file, replace);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static Path tempFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw cannotWrite(Path.of(System.getProperty("java.io.tmpdir")), e);
        }
    }

    private static void commit(Path from, Path to, boolean replace) {
        try {
            AtomicFile.commit(from, to, replace);
        } catch (IOException e) {
            throw cannotWrite(to, e);
        }
    }

    private static UncheckedIOException cannotWrite(Path file, IOException e) {
        return new UncheckedIOException("cannot write " + file + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A temporary file we could not delete is left to the system's temp cleaning.
        }
    }

    private static String firstLine(Path errors) {
        try {
            return Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .findFirst().map(l -> " (" + l.strip() + ")").orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }
}
