package dezero.cli;

import dezero.lang.LangError;
import dezero.lang.Result;
import dezero.lang.Session;
import dezero.lang.Span;
import dezero.repl.Encodings;
import dezero.repl.PythonRepl;
import dezero.repl.Repl;
import dezero.repl.Terminals;
import dezero.repl.Warmup;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code dezero [FILE...] [-e LINE]... [-i] [--no-color] [-q]}. Files and
 * {@code -e} lines run in the order given, in one session; then it exits, or with {@code -i}
 * enters the REPL. With nothing to run it starts the REPL on a terminal, or runs standard input
 * as a script named {@code <stdin>}. The only place that calls {@code System.exit}.
 */
@Command(name = "dezero", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        exitCodeOnInvalidInput = Main.EXIT_USAGE, sortOptions = false, usageHelpAutoWidth = true,
        description = {"DeZero for Java: the define-by-run autodiff of \"Deep Learning from Scratch 3\" in a REPL.",
            "Runs FILEs and -e LINEs in order in one session, then exits (or enters the REPL with -i).",
            "With no FILE and no -e: the REPL on a terminal, else standard input as a script."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "64:bad command line", "65:a syntax error", "66:a file could not be read or written",
            "70:a runtime error (NameError, TypeError, ValueError, ...)",
            "74:standard output could not be written (a closed pipe, a full disk)"},
        subcommands = {BenchCommand.class, KernelCommand.class})
public final class Main implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 64;
    static final int EXIT_SYNTAX = 65;
    static final int EXIT_FILE = 66;
    static final int EXIT_RUNTIME = 70;
    static final int EXIT_OUTPUT = 74;

    /** Evaluation runs on a thread with this stack, so deep (but legal) expressions fit. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final InputStream stdin;
    private final PrintWriter stdout;
    private final PrintWriter stderr;
    private final boolean terminal;
    private final List<Source> sources = new ArrayList<>();
    private volatile boolean failed;

    @Parameters(paramLabel = "FILE", arity = "0..*", parameterConsumer = FileConsumer.class,
            description = "a script to run (stops at its first error)")
    private List<String> files;

    @Option(names = "-e", paramLabel = "LINE", parameterConsumer = LineConsumer.class,
            description = "a line to run; repeat for more")
    private List<String> lines;

    @Option(names = "-i", description = "enter the REPL after running FILEs and LINEs")
    private boolean interactive;

    @Option(names = "--no-color", description = "no colours in the REPL (also when NO_COLOR is set)")
    private boolean noColor;

    @Option(names = "-q", description = "quiet: no banner; FILEs and LINEs print only what print() and commands print")
    private boolean quiet;

    @Option(names = "--python", description = "a Python prompt over the interpreter that runs .py files "
            + "(the book's programs, pasted or typed); without a terminal, standard input runs as a program")
    private boolean python;

    @Option(names = "--cds-training", hidden = true, description = "exercise the REPL once (for the launcher's CDS archive)")
    private boolean cdsTraining;

    Main(InputStream stdin, PrintWriter stdout, PrintWriter stderr, boolean terminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CheckedOutput stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
        System.exit(run(Utf8Arguments.of(args), StandardInput.open(), stdout, err, Terminals.isInteractive()));
    }

    /**
     * {@link #run(String[], InputStream, PrintWriter, PrintWriter, boolean)} writing to {@code stdout};
     * when a write to it failed, one line on {@code err} says why and the exit code is {@link #EXIT_OUTPUT}.
     */
    static int run(String[] args, InputStream in, CheckedOutput stdout, PrintWriter err, boolean terminal) {
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        int code = run(args, in, out, err, terminal);
        if (out.checkError()) {
            err.println(CheckedOutput.pythonLine(stdout.failure()));
            err.flush();
            return EXIT_OUTPUT;
        }
        return code;
    }

    /**
     * Parses {@code args} and runs; returns the exit code. Streams are injected for tests. No
     * arguments, {@code -e} lines and files are parsed by hand ({@link #withoutPicocli}), so picocli
     * (its classes predate Java 6 and cannot go into the class-data archive: loading them took
     * 40% of {@code dezero -e 'x = 1'}) is not loaded on the way to the prompt or the first result.
     */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
        if (PythonFile.isPythonCommand(args)) {
            return PythonFile.main(args, out, err);
        }
        Main plain = withoutPicocli(args, in, out, err, terminal);
        if (plain != null) {
            int code = plain.call();
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cl = new CommandLine(new Main(in, out, err, terminal));
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The everyday command lines ({@code -e LINE}, {@code -q}, {@code -i} and script files) parsed
     * by hand, as picocli would parse them, so that they too start without loading picocli; null
     * for anything else (help, subcommands, {@code @file} arguments, a missing value, an option
     * given twice, unknown options), which picocli parses and reports on.
     */
    static Main withoutPicocli(String[] args, InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {
        Main m = new Main(in, out, err, terminal);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-e") && i + 1 < args.length) {
                m.sources.add(Source.line(args[++i]));
            } else if (a.equals("-q") && !m.quiet) {
                m.quiet = true;
            } else if (a.equals("-i") && !m.interactive) {
                m.interactive = true;
            } else if (!a.isEmpty() && !a.startsWith("-") && !a.startsWith("@") && !a.equals("bench")
                    && !a.equals("kernel") && !a.equals("help")) {
                m.sources.add(Source.file(a));
            } else {
                return null;
            }
        }
        return m;
    }

    /**
     * For the class-data archive: {@link Warmup#PROGRAM} run as a file, the way {@code dezero
     * prog.py} runs one (its thread, reading the file), so that the classes of that path load from
     * the archive too. Its output is discarded; a failure only leaves them out.
     */
    private static void trainFileRun() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("dezero-cds-training", ".py");
            try {
                java.nio.file.Files.writeString(file, Warmup.PROGRAM);
                PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
                PythonFile.main(new String[] {file.toString()}, quiet, quiet);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // The archive is made without these classes.
        }
    }

    @Override
    public Integer call() {
        if (cdsTraining) {
            Warmup.run();
            trainFileRun();
            return EXIT_OK;
        }
        int[] code = {EXIT_OK};
        onLargeStack(new Runnable() {
            @Override
            public void run() {
                code[0] = runAll();
            }
        });
        return failed ? EXIT_RUNTIME : code[0];
    }

    private int runAll() {
        if (python) {
            return terminal ? PythonRepl.run(!noColor && System.getenv("NO_COLOR") == null)
                    : PythonFile.stdin(stdin, stdout, stderr);
        }
        boolean drawn = terminal && sources.isEmpty() && Repl.canDrawEarly(System.getenv("TERM"));
        if (drawn) {
            Repl.drawEarly(stdout, !quiet);
        }
        Session session = new Session();
        StreamPrinter printer = new StreamPrinter(stdout, stderr);
        session.setQuiet(quiet);
        session.setUnicode(Encodings.unicodeOutput(terminal));
        for (Source s : sources) {
            Result.Status status = s.isFile() ? runFile(session, s.text(), printer)
                    : session.eval(s.text(), printer);
            if (status != Result.Status.OK) {
                return interactive ? repl(session, false) : exitCode(status);
            }
            if (session.isQuitRequested()) {
                return EXIT_OK;
            }
        }
        if (!sources.isEmpty() && !interactive) {
            return EXIT_OK;
        }
        return repl(session, drawn);
    }

    private int repl(Session session, boolean drawn) {
        session.setQuiet(false);
        if (terminal) {
            boolean color = !noColor && System.getenv("NO_COLOR") == null;
            return Repl.run(session, color, !quiet && sources.isEmpty(), drawn);
        }
        return exitCode(session.runScript("<stdin>", stdin, new StreamPrinter(stdout, stderr)));
    }

    private static Result.Status runFile(Session session, String name, StreamPrinter printer) {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            printer.error(new LangError(LangError.Kind.IsADirectoryError, "[Errno 21] Is a directory: '" + name + "'",
                    Span.NONE).inSource("dezero"));
            return Result.Status.FILE_ERROR;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return session.runScript(name, in, printer);
        } catch (NoSuchFileException e) {
            printer.error(new LangError(LangError.Kind.FileNotFoundError,
                    "[Errno 2] No such file or directory: '" + name + "'", Span.NONE).inSource("dezero"));
        } catch (AccessDeniedException e) {
            printer.error(new LangError(LangError.Kind.PermissionError, "[Errno 13] Permission denied: '" + name + "'",
                    Span.NONE).inSource("dezero"));
        } catch (IOException e) {
            printer.error(new LangError(LangError.Kind.OSError, "cannot read '" + name + "': " + e.getMessage(),
                    Span.NONE).inSource("dezero"));
        }
        return Result.Status.FILE_ERROR;
    }

    static int exitCode(Result.Status status) {
        return switch (status) {
            case OK -> EXIT_OK;
            case SYNTAX_ERROR -> EXIT_SYNTAX;
            case FILE_ERROR -> EXIT_FILE;
            case RUNTIME_ERROR -> EXIT_RUNTIME;
        };
    }

    /** Runs {@code body} on a thread with a large stack; whatever escapes it is one line on stderr and exit 70. */
    private void onLargeStack(Runnable body) {
        Thread t = new Thread(null, body, "dezero-main", STACK_BYTES);
        // Classes, not lambdas, here and in the session: `-e` and a file run would link no lambda
        // otherwise, and a JVM's first costs milliseconds of start-up.
        t.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            @Override
            public void uncaughtException(Thread thread, Throwable e) {
                stderr.println("InternalError: " + e);
                stderr.flush();
                failed = true;
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
        }
    }

    /** Collects FILE arguments into the ordered list of sources. */
    static final class FileConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            ((Main) commandSpec.userObject()).sources.add(Source.file(args.pop()));
        }
    }

    /** Collects {@code -e LINE} into the ordered list of sources. */
    static final class LineConsumer implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty()) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(), "Missing required parameter for "
                        + "option '-e' (LINE)");
            }
            ((Main) commandSpec.userObject()).sources.add(Source.line(args.pop()));
        }
    }

    /** {@code dezero-j 0.1.0 (Java 17.0.15)}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dezero-j " + (v == null ? "(development build)" : v) + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
