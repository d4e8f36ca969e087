package dezero.jshell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * A JShell session driven through the {@code jdk.jshell} API the way {@code scripts/jshell} drives
 * the tool: the tool's DEFAULT imports, then {@code startup.jsh}, then any script, split into
 * snippets with {@code analyzeCompletion}.
 *
 * <p>Two execution engines: {@link Engine#TOOL} is the tool's own (a separate JVM that runs every
 * snippet on its main thread, so per-thread state such as {@code Config}'s mode carries from one
 * snippet to the next); {@link Engine#LOCAL} runs snippets in this JVM, each on a fresh thread,
 * and is about five times faster per snippet. Output is captured either way.
 */
final class JShellScript implements AutoCloseable {
    /** The project's top directory (Maven runs tests there). */
    static final Path HOME = Path.of("").toAbsolutePath();

    /** What jshell's DEFAULT startup holds ({@code /list -start} in jshell 17). */
    static final String TOOL_DEFAULT_IMPORTS = """
            import java.io.*;
            import java.math.*;
            import java.net.*;
            import java.nio.file.*;
            import java.util.*;
            import java.util.concurrent.*;
            import java.util.function.*;
            import java.util.prefs.*;
            import java.util.regex.*;
            import java.util.stream.*;
            """;

    /** Where snippets run. */
    enum Engine { TOOL, LOCAL }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final Engine engine;
    private final JShell shell;
    private final List<String> problems = new ArrayList<>();
    private String lastValue;

    /** A session on the test class path with the DEFAULT imports and startup.jsh evaluated. */
    JShellScript(Engine engine) {
        this.engine = engine;
        JShell.Builder builder = JShell.builder().out(stream).err(stream);
        if (engine == Engine.LOCAL) {
            builder.executionEngine("local");
        }
        shell = builder.build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        eval(TOOL_DEFAULT_IMPORTS);
        evalFile(HOME.resolve("startup.jsh"));
    }

    JShell shell() {
        return shell;
    }

    /** Evaluates a file as the tool's /open would, dropping command lines such as /exit. */
    JShellScript evalFile(Path file) {
        try {
            return eval(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Evaluates every snippet of {@code source}, recording any that is rejected or throws. */
    JShellScript eval(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = withoutCommands(source);
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                problems.add(info.completeness() + ": " + remaining.strip());
                break;
            }
            remaining = info.remaining();
            evalSnippet(info.source());
        }
        return this;
    }

    private void evalSnippet(String source) {
        for (SnippetEvent event : evalCapturingOutput(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() != Snippet.Status.VALID) {
                String why = shell.diagnostics(event.snippet())
                        .map(d -> d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; "));
                problems.add(event.status() + ": " + source.strip() + " -- " + why);
            }
            if (event.exception() != null) {
                problems.add("threw " + event.exception() + ": " + source.strip());
            }
            lastValue = event.value();
        }
    }

    /** The local engine ignores the builder's streams: snippets print to System.out. */
    private List<SnippetEvent> evalCapturingOutput(String source) {
        if (engine == Engine.TOOL) {
            return shell.eval(source);
        }
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        System.setOut(stream);
        System.setErr(stream);
        try {
            return shell.eval(source);
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
    }

    /** The value JShell shows for the last snippet evaluated ({@code x ==> variable(2.0)}). */
    String lastValue() {
        return lastValue;
    }

    /** Snippets rejected or thrown so far, each with its source and reason. */
    List<String> problems() {
        return problems;
    }

    /** What the snippets printed, lines split. */
    List<String> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static String withoutCommands(String source) {
        return source.lines()
                .filter(line -> !isCommand(line.stripLeading()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    @Override
    public void close() {
        shell.close();
    }
}
