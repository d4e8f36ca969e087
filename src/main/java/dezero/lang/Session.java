package dezero.lang;

import dezero.core.BackwardListener;
import dezero.core.Config;
import dezero.core.Variable;
import dezero.viz.DropTracker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REPL session: its names (in definition order), its mode, the lines it accepted. It evaluates
 * a line or a script and sends what to print to a {@link Printer}, with no terminal I/O, and never
 * throws for bad input: every error becomes a {@link LangError} printed in Python's words.
 *
 * <p>Config is per thread, so each evaluation applies the session's nograd mode and backward
 * listener on the thread that runs it (the JLine front end uses a worker thread).
 */
public final class Session implements Context {
    /** How deep {@code load} may nest (a script that loads itself stops here). */
    public static final int MAX_LOAD_DEPTH = 20;

    private final Builtins builtins;
    private final Commands commands;
    private final Evaluator evaluator = new Evaluator(this);
    private final Statements statements = new Statements(this, evaluator);
    private final Map<String, Value> globals = new LinkedHashMap<>();
    private final List<String> accepted = new ArrayList<>();
    private final DropTracker drops = new DropTracker();
    private Printer printer = new Result.Collector();
    private BackwardListener listener;
    private boolean nograd;
    private boolean silenced;
    private boolean quit;
    private boolean quiet;
    private boolean unicode;
    private int scriptDepth;
    /** The script depth whose statements {@code save} keeps: 0 at the prompt, 1 in a script the front end runs. */
    private int recordedDepth;
    /** The script files running now, outermost first: {@code save} refuses to write over one. */
    private final List<Path> running = new ArrayList<>();

    /** A session with the standard builtins and commands. */
    public Session() {
        this(Builtins.standard(), Commands.standard());
    }

    public Session(Builtins builtins, Commands commands) {
        this.builtins = builtins;
        this.commands = commands;
    }

    /** Evaluates one line (or several, with continuation lines) and collects what it printed. */
    public Result eval(String text) {
        Result.Collector c = new Result.Collector();
        return c.result(eval(text, c));
    }

    /** Evaluates one line (or several); stops at the first error, which goes to {@code out.error}. */
    public Result.Status eval(String text, Printer out) {
        return run(out, () -> {
            try {
                runLines(PhysicalLines.of(new StringReader(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Runs a script named {@code name} line by line as it is read; stops at its first error. */
    public Result.Status runScript(String name, BufferedReader in, Printer out) {
        return run(out, () -> runRecorded(name, PhysicalLines.of(in)));
    }

    /**
     * Runs a script of UTF-8 bytes (a file, standard input) line by line as it is read; stops at its
     * first error, also at a line that is not UTF-8 (an OSError naming the line).
     */
    public Result.Status runScript(String name, InputStream in, Printer out) {
        return run(out, () -> runRecorded(name, PhysicalLines.utf8(in)));
    }

    /**
     * A script the front end runs (a FILE, standard input) is the session's own input: {@code save}
     * keeps its statements as it keeps typed ones (and a {@code load} line, not what the load ran).
     */
    private void runRecorded(String name, PhysicalLines in) {
        int outer = recordedDepth;
        recordedDepth = scriptDepth + 1;
        try {
            execScript(name, in);
        } finally {
            recordedDepth = outer;
        }
    }

    /** {@link #runScript(String, BufferedReader, Printer)} on a string, collecting the output. */
    public Result runScript(String name, String text) {
        Result.Collector c = new Result.Collector();
        return c.result(runScript(name, new BufferedReader(new StringReader(text)), c));
    }

    private Result.Status run(Printer out, Runnable body) {
        Printer previous = printer;
        printer = out;
        try (Config.Scope mode = Config.using("enable_backprop", !nograd);
                Config.Scope trace = Config.listening(listener)) {
            body.run();
            return Result.Status.OK;
        } catch (LangError e) {
            out.error(e);
            return Result.Status.of(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Outside a statement (reading or joining lines): the same errors as inside one.
            LangError error = Statements.fromThrowable(e, Span.NONE);
            out.error(error);
            return Result.Status.of(error);
        } finally {
            printer = previous;
            silenced = false;
        }
    }

    /** Runs a script in this session, throwing its first error (marked with the script's name). */
    void execScript(String name, PhysicalLines in) {
        if (scriptDepth >= MAX_LOAD_DEPTH) {
            throw new LangError(LangError.Kind.RecursionError,
                    "load nested more than " + MAX_LOAD_DEPTH + " deep (does a script load itself?)", Span.NONE);
        }
        scriptDepth++;
        boolean outerSilenced = silenced;
        Path file = regularFile(name);
        if (file != null) {
            running.add(file);
        }
        try {
            runLines(in);
        } catch (LangError e) {
            // An error of reading (a line too long) has no source line: not the one that ran load.
            throw e.withSourceLine("").inSource(name);
        } catch (IOException e) {
            throw FileCommands.fileError(e, name, Span.NONE).withSourceLine("").inSource(name);
        } catch (UncheckedIOException e) {
            throw FileCommands.fileError(e.getCause(), name, Span.NONE).withSourceLine("").inSource(name);
        } finally {
            scriptDepth--;
            silenced = outerSilenced;
            if (file != null) {
                running.remove(running.size() - 1);
            }
        }
    }

    private static Path regularFile(String name) {
        try {
            Path p = Path.of(name);
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The running script (a FILE or a {@code load}) that {@code file} is, or null. */
    Path runningScript(Path file) {
        for (Path p : running) {
            try {
                if (Files.exists(file) && Files.isSameFile(p, file)) {
                    return p;
                }
            } catch (IOException e) {
                // A script that cannot be compared is not the one being written.
            }
        }
        return null;
    }

    /** Runs logical lines as they are read, until the end, an error or {@code quit}. */
    private void runLines(PhysicalLines in) throws IOException {
        LogicalLines lines = new LogicalLines(commands::contains);
        String physical;
        while (!quit && (physical = in.next()) != null) {
            String chunk = lines.feed(physical);
            if (chunk != null) {
                statements.runChunk(chunk, lines.firstLine());
            }
        }
        String rest = lines.finish();
        if (rest != null && !quit) {
            statements.runChunk(rest, lines.firstLine());
        }
    }

    /** The session's Variables by name, in the order the names were first assigned. */
    public Map<String, Variable> variables() {
        Map<String, Variable> vars = new LinkedHashMap<>();
        globals.forEach((name, v) -> {
            if (v instanceof Value.Var x) {
                vars.put(name, x.variable());
            }
        });
        return Collections.unmodifiableMap(vars);
    }

    /** Every name the session defined and its value, in definition order. */
    public Map<String, Value> values() {
        return Collections.unmodifiableMap(globals);
    }

    /** True while recording is off ({@code nograd on}); the prompt shows it. */
    public boolean isNograd() {
        return nograd;
    }

    /** Turns recording off or on, for this session's evaluations (and the current one). */
    public void setNograd(boolean on) {
        nograd = on;
        Config.setBackpropEnabled(!on);
    }

    /** Sets the listener applied during each evaluation (e.g. a backward trace), or null. */
    public void setBackwardListener(BackwardListener l) {
        listener = l;
        Config.setBackwardListener(l);
    }

    public BackwardListener backwardListener() {
        return listener;
    }

    /** Quiet: values are not echoed (as if every line ended with {@code ;}); {@code print} still prints. */
    public void setQuiet(boolean q) {
        quiet = q;
    }

    public boolean isQuiet() {
        return quiet;
    }

    /**
     * Whether the output shows Unicode (box drawing in {@code graph}); the front end sets it from
     * its terminal's or its stream's encoding. Off by default: ASCII shows everywhere.
     */
    public void setUnicode(boolean u) {
        unicode = u;
    }

    public boolean isUnicode() {
        return unicode;
    }

    /** The values the session's names let go of, followed until collected ({@code mem}, step 17). */
    public DropTracker drops() {
        return drops;
    }

    /** True once {@code quit} or {@code exit} ran. */
    public boolean isQuitRequested() {
        return quit;
    }

    void requestQuit() {
        quit = true;
    }

    /**
     * The statements accepted so far, as {@code save} writes them: typed at the prompt, given with
     * {@code -e}, or read from a FILE or standard input; a {@code load} line stands for what it ran.
     */
    public List<String> acceptedLines() {
        return List.copyOf(accepted);
    }

    /** Forgets all names, accepted lines and dropped values followed; recording back on. */
    public void reset() {
        globals.clear();
        accepted.clear();
        drops.clear();
        setNograd(false);
    }

    public Builtins builtins() {
        return builtins;
    }

    public Commands commands() {
        return commands;
    }

    /** The value of a dotted path ({@code x}, {@code x.creator}, {@code np.random}) without side effects, or null. */
    public Value peek(List<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        Value v = globals.containsKey(path.get(0)) ? globals.get(path.get(0)) : builtins.lookup(path.get(0));
        for (int i = 1; i < path.size() && v != null; i++) {
            if (path.get(i).equals("T") || v instanceof Value.Method) {
                continue;
            }
            try {
                v = Attributes.get(v, path.get(i), Span.NONE);
            } catch (LangError e) {
                return null;
            }
        }
        return v;
    }

    @Override
    public void print(String text) {
        printer.out(text);
    }

    /** Echoes the value of an expression statement through the printer of the running evaluation. */
    public void printResult(String text) {
        printer.result(text);
    }

    /** Shows {@code output} through the printer of the running evaluation (rich where it can, else its text). */
    public void display(RichOutput output) {
        printer.display(output);
    }

    @Override
    public void backward(Variable v, boolean retainGrad, boolean createGraph) {
        GradReport.backward(this, v, retainGrad, createGraph);
    }

    boolean silenced() {
        return silenced;
    }

    void setSilenced(boolean s) {
        silenced = s;
    }

    /** True where {@code save} records: typed lines, {@code -e} lines and scripts the front end runs, not loads. */
    boolean atTopLevel() {
        return scriptDepth == recordedDepth;
    }

    void accept(String statementText) {
        accepted.add(statementText);
    }

    Map<String, Value> globals() {
        return globals;
    }

    /** The value of {@code name}, or a NameError at {@code span} (with a suggestion). */
    Value lookup(String name, Span span) {
        Value v = globals.get(name);
        if (v == null) {
            v = builtins.lookup(name);
        }
        if (v != null) {
            return v;
        }
        if (commands.contains(name)) {
            throw LangError.name("name '" + name + "' is not defined; '" + name
                    + "' is a command: type it at the start of a statement, without parentheses", span);
        }
        List<String> known = new ArrayList<>(globals.keySet());
        builtins.all().forEach(b -> known.add(b.name()));
        known.addAll(builtins.modules().keySet());
        throw LangError.name("name '" + name + "' is not defined" + Suggest.didYouMean(name, known), span);
    }
}
