package dezero.repl;

import dezero.lang.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp;

/**
 * The interactive loop over JLine: read a statement (continuation lines while brackets are open,
 * and a block opened by a line ending in ':' until a blank line), evaluate it on a worker thread,
 * print. Ctrl-C while typing drops the line or block (KeyboardInterrupt, as Python says); Ctrl-C
 * while evaluating interrupts the worker, which the interpreter notices at its next statement
 * (KeyboardInterrupt, the session's names kept); Ctrl-D or {@code quit} ends.
 */
public final class Repl {
    /** The prompt, and the one shown while recording is off. */
    public static final String PROMPT = ">>> ";
    public static final String NOGRAD_PROMPT = ">>> [nograd] ";
    /** The prompt of a continuation line. */
    public static final String CONTINUATION = "... ";
    /**
     * The terminal provider, named so JLine does not probe the others: FFM from Java 22, JNI before
     * (both start fast; the exec provider would run stty several times).
     */
    static final String PROVIDER = Runtime.version().feature() >= 22 ? "ffm" : "jni";
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    /** Unexpected failures of the reader in a row after which the loop gives up rather than spin. */
    private static final int MAX_READER_FAILURES = 3;
    /**
     * JLine logs its warnings through java.util.logging, with stack traces, to stderr (a history
     * file it cannot write, at every line). The REPL says what matters itself; only JLine's severe
     * errors are shown. Held here so the setting is not collected with the logger.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    static {
        JLINE_LOG.setLevel(Level.SEVERE);
    }

    private final Session session;
    private final Terminal terminal;
    private final LineReader reader;
    private final TerminalPrinter printer;
    private final boolean color;
    private final Worker worker = new Worker();

    Repl(Session session, Terminal terminal, boolean color, Path history) {
        this.session = session;
        this.terminal = terminal;
        this.color = color;
        this.reader = reader(session, terminal, color, history);
        this.printer = new TerminalPrinter(terminal, color);
        session.setUnicode(Encodings.isUnicode(terminal.encoding()));
    }

    /** The history file, {@code ~/.dezero_history}. */
    static Path historyFile() {
        return Path.of(System.getProperty("user.home"), ".dezero_history");
    }

    /** Builds the line reader with the language's parser, completer and highlighter; history kept in memory if null. */
    static LineReader reader(Session session, Terminal terminal, boolean color, Path history) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION);
        variables.put(LineReader.INDENTATION, 4);
        if (history != null) {
            variables.put(LineReader.HISTORY_FILE, history);
        }
        PasteAwareReader r = new PasteAwareReader(terminal, "dezero", variables);
        if (history != null) {
            r.setHistory(new FileHistory(history));
        }
        r.setParser(new ReplParser(session));
        r.setCompleter(new ReplCompleter(session));
        if (color) {
            r.setHighlighter(new ReplHighlighter(session::isFunctionName, session::isCommandLine));
        }
        r.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        r.option(LineReader.Option.INSERT_TAB, false);
        return r;
    }

    /** Runs the REPL on the system terminal until Ctrl-D or {@code quit}; returns the exit code (0). */
    public static int run(Session session, boolean color, boolean banner) {
        return run(session, color, banner, false);
    }

    /**
     * {@link #run(Session, boolean, boolean)} after {@link #drawEarly} when {@code drawn}: the
     * banner is on the screen already, and the early prompt (with whatever the terminal echoed
     * after it) is erased for the line reader's own.
     */
    public static int run(Session session, boolean color, boolean banner, boolean drawn) {
        try (Terminal terminal = openTerminal(); NativeInterrupt intr = NativeInterrupt.forDumb(terminal)) {
            disableQuitKey(terminal);
            if (drawn) {
                terminal.puts(InfoCmp.Capability.carriage_return);
                terminal.puts(InfoCmp.Capability.clr_eol);
                terminal.flush();
            }
            Repl repl = new Repl(session, terminal, color, historyFile());
            if (banner && !drawn) {
                repl.printer.out(banner());
            }
            repl.loop();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-\ sends SIGQUIT, on which the JVM prints all its threads into the REPL. The key is
     * switched off while the REPL runs (the terminal's settings come back when it is closed).
     */
    static void disableQuitKey(Terminal terminal) {
        Attributes a = terminal.getAttributes();
        a.setControlChar(Attributes.ControlChar.VQUIT, 0);
        terminal.setAttributes(a);
    }

    /** The system terminal through {@link #PROVIDER}, or through JLine's own choice if that fails. */
    static Terminal openTerminal() throws IOException {
        try {
            return TerminalBuilder.builder().system(true).provider(PROVIDER).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).build();
        }
    }

    /**
     * Whether {@link #drawEarly} may draw on this terminal: one that can erase a line (not
     * {@code TERM=dumb}, Emacs' shell, where JLine draws no prompt of its own either).
     */
    public static boolean canDrawEarly(String term) {
        return term != null && !term.isEmpty() && !term.equals("dumb");
    }

    /**
     * The banner (when {@code banner}) and the prompt, drawn as soon as the JVM runs: the session
     * and the line editor take another 130 ms to get ready behind them (JLine's terminal and line
     * reader 80 ms of it), as a shell's instant prompt does. Keys typed meanwhile wait in the
     * terminal, which echoes them; the line reader erases the line, draws its prompt and reads them.
     */
    public static void drawEarly(PrintWriter out, boolean banner) {
        if (banner) {
            out.println(banner());
        }
        out.print(PROMPT);
        out.flush();
    }

    static String banner() {
        String v = Repl.class.getPackage().getImplementationVersion();
        return "dezero-j " + (v == null ? "" : v + " ") + "- DeZero (Deep Learning from Scratch 3) in a REPL.\n"
                + "Try: x = Variable(np.array(3.0)); y = x ** 2 + x   then   backward y   and   graph y\n"
                + "help lists commands and functions; TAB completes; Ctrl-D quits.";
    }

    void loop() {
        reader.getHistory().attach(reader);
        int failures = 0;
        try {
            while (!session.isQuitRequested()) {
                warnAboutHistory();
                String line;
                try {
                    line = reader.readLine(prompt());
                    failures = 0;
                } catch (UserInterruptException e) {
                    // As Python's REPL: the line or block being typed is dropped, and said so.
                    printer.out("KeyboardInterrupt");
                    continue;
                } catch (EndOfFileException e) {
                    break;
                } catch (RuntimeException e) {
                    // JLine failed (not the session: evaluate never throws); say so and read the next line.
                    printer.out("InternalError: the line reader failed: " + e);
                    if (++failures >= MAX_READER_FAILURES) {
                        break;
                    }
                    continue;
                }
                if (!line.isBlank()) {
                    evaluate(line);
                }
            }
        } finally {
            worker.shutdown();
            saveHistory();
            warnAboutHistory();
        }
    }

    private void warnAboutHistory() {
        if (reader.getHistory() instanceof FileHistory h) {
            String w = h.takeWarning();
            if (w != null) {
                printer.out(w);
            }
        }
    }

    private String prompt() {
        if (!session.isNograd()) {
            return PROMPT;
        }
        if (!color) {
            return NOGRAD_PROMPT;
        }
        return ">>> " + new AttributedString("[nograd]", AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW))
                .toAnsi(terminal) + " ";
    }

    /** Evaluates on the worker; a Ctrl-C (SIGINT) meanwhile interrupts it. */
    private void evaluate(String line) {
        // The handler goes first: a Ctrl-C as soon as the line starts must reach it, not JLine's.
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
            worker.interrupt();
            terminal.writer().println();
            terminal.writer().flush();
        });
        Future<?> result = worker.submit(() -> {
            // A Ctrl-C that landed after the previous evaluation ended is not for this one.
            Thread.interrupted();
            session.eval(line, printer);
        });
        try {
            while (true) {
                try {
                    result.get();
                    break;
                } catch (InterruptedException e) {
                    worker.interrupt();
                }
            }
        } catch (ExecutionException e) {
            printer.out("InternalError: " + e.getCause());
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            Thread.interrupted();
        }
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            printer.out("warning: history not saved: " + e.getMessage());
        }
    }

    /** One evaluation thread with a large stack; its interrupt flag is Ctrl-C. */
    private static final class Worker {
        private volatile Thread thread;
        private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "dezero-eval", STACK_BYTES);
            t.setDaemon(true);
            thread = t;
            return t;
        });

        Future<?> submit(Runnable task) {
            return executor.submit(task);
        }

        void interrupt() {
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }

        void shutdown() {
            executor.shutdownNow();
        }
    }
}
