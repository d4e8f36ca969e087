package dezero.lang;

import dezero.core.BackwardListener;
import dezero.core.Config;
import dezero.core.Variable;
import dezero.lang.library.Completions;
import dezero.lang.library.Output;
import dezero.lang.library.PythonRuntime;
import dezero.lang.library.Traceback;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.Types;
import dezero.lang.syntax.Expr;
import dezero.lang.syntax.Parser;
import dezero.lang.syntax.PySyntaxError;
import dezero.lang.syntax.Stmt;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A REPL session: Python's {@code __main__} with DeZero and numpy already imported, run by the
 * interpreter, plus the REPL's conveniences: commands as the first word of a line, the echo of
 * top-level assignments ({@code y = variable(12.0)}) and expressions, the {@code name.grad = ...}
 * report after {@code backward}. It evaluates a line, a block or a script and sends what to print
 * to a {@link Printer}, with no terminal I/O, and never throws for bad input: every error becomes
 * a {@link LangError} in Python's words, and the session keeps its names.
 *
 * <p>Config is per thread, so each evaluation applies the session's nograd mode and backward
 * listener on the thread that runs it (the JLine front end uses a worker thread).
 */
public final class Session {
    /** How deep {@code load} may nest (a script that loads itself stops here). */
    public static final int MAX_LOAD_DEPTH = 20;

    /**
     * What a session has without an import, as the REPL always had: numpy as {@code np}, DeZero's
     * modules and classes, and DeZero's functions by their own names where no builtin has the name
     * ({@code square}, {@code add}; {@code sum} stays Python's).
     */
    private static final String PRELUDE = prelude();

    private static String prelude() {
        try (InputStream in = Session.class.getResourceAsStream("prelude.py")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Commands commands;
    private final OutputLines output = new OutputLines(false);
    private final OutputLines errors = new OutputLines(true);
    private final List<String> accepted = new ArrayList<>();
    private final DropTracker drops = new DropTracker();
    private PythonRuntime python;
    /** The names the prelude bound, with their values: hidden from {@code vars} until the user rebinds one. */
    private final Map<String, Object> prelude = new LinkedHashMap<>();
    private Printer printer = new Result.Collector();
    private BackwardListener listener;
    private boolean nograd;
    private boolean silenced;
    private boolean quit;
    private boolean quiet;
    private boolean unicode;
    private int scriptDepth;
    /** The inputs evaluated so far: each is its own {@code <stdin>} in tracebacks. */
    private int inputs;
    /** The script depth whose statements {@code save} keeps: 0 at the prompt, 1 in a script the front end runs. */
    private int recordedDepth;
    /** The script files running now, outermost first: {@code save} refuses to write over one. */
    private final List<Path> running = new ArrayList<>();

    /** A session with the standard commands. */
    public Session() {
        this(Commands.standard());
    }

    public Session(Commands commands) {
        this.commands = commands;
        start();
    }

    private void start() {
        // No lambdas here or below on the way of a session's first line: `-e` would link none
        // otherwise, and a JVM's first costs milliseconds of start-up.
        python = new PythonRuntime(output, errors, List.of(""), new Names());
        python.interpreter().importer().path.items.add(0, "");
        PyModule main = python.main();
        python.interpreter().run(PRELUDE, "<prelude>", main);
        Map<String, Object> builtins = python.interpreter().builtins().dict;
        if (main.dict.get("F") instanceof PyModule f) {
            for (Map.Entry<String, Object> e : f.dict.entrySet()) {
                String name = e.getKey();
                if (!name.startsWith("_") && !builtins.containsKey(name) && !main.dict.containsKey(name)
                        && !(e.getValue() instanceof PyModule)) {
                    main.dict.put(name, e.getValue());
                }
            }
        }
        prelude.clear();
        for (Map.Entry<String, Object> e : main.dict.entrySet()) {
            if (!e.getKey().startsWith("__")) {
                prelude.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Evaluates one line (or several, with continuation lines) and collects what it printed. */
    public Result eval(String text) {
        Result.Collector c = new Result.Collector();
        return c.result(eval(text, c));
    }

    /** Evaluates one line (or several); stops at the first error, which goes to {@code out.error}. */
    public Result.Status eval(String text, Printer out) {
        return eval(text, Traceback.PROMPT_INPUT + ++inputs, out);
    }

    /**
     * {@link #eval(String, Printer)} of a text that tracebacks name {@code file}: a notebook names
     * each cell, so a function defined in one cell shows its own lines when it fails in a later one.
     */
    public Result.Status eval(String text, String file, Printer out) {
        return run(out, new Runnable() {
            @Override
            public void run() {
                try {
                    runLines(file, PhysicalLines.of(new StringReader(text)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Runs a script named {@code name} as it is read; stops at its first error. */
    public Result.Status runScript(String name, BufferedReader in, Printer out) {
        return run(out, new Runnable() {
            @Override
            public void run() {
                runRecorded(name, PhysicalLines.of(in));
            }
        });
    }

    /**
     * Runs a script of UTF-8 bytes (a file, standard input) as it is read; stops at its first error,
     * also at a line that is not UTF-8 (an OSError naming the line).
     */
    public Result.Status runScript(String name, InputStream in, Printer out) {
        return run(out, new Runnable() {
            @Override
            public void run() {
                runRecorded(name, PhysicalLines.utf8(in));
            }
        });
    }

    /** {@link #runScript(String, BufferedReader, Printer)} on a string, collecting the output. */
    public Result runScript(String name, String text) {
        Result.Collector c = new Result.Collector();
        return c.result(runScript(name, new BufferedReader(new StringReader(text)), c));
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

    private Result.Status run(Printer out, Runnable body) {
        Printer previous = printer;
        printer = out;
        try (Config.Scope mode = Config.using("enable_backprop", !nograd);
                Config.Scope trace = Config.listening(listener)) {
            body.run();
            return Result.Status.OK;
        } catch (LangError e) {
            flushPrinted();
            out.error(e);
            return Result.Status.of(e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Outside a statement (reading lines): the same errors as inside one.
            flushPrinted();
            LangError error = PythonErrors.fromThrowable(e, python.interpreter());
            out.error(error);
            return Result.Status.of(error);
        } finally {
            flushPrinted();
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
            runLines(name, in);
        } catch (LangError e) {
            // An error with no line of its own (a line too long, a byte that is not UTF-8) must not
            // take the line of the script that loaded this one.
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

    /** Runs the units of the input as they are read, until the end, an error or {@code quit}. */
    private void runLines(String file, PhysicalLines in) throws IOException {
        SourceUnits units = new SourceUnits(new Predicate<String>() {
            @Override
            public boolean test(String line) {
                return isCommandLine(line);
            }
        });
        String physical;
        while (!quit && (physical = in.next()) != null) {
            SourceUnits.Unit u = units.feed(physical);
            while (u != null && !quit) {
                runUnit(u, file);
                u = units.takeHeld();
            }
        }
        SourceUnits.Unit rest = units.finish();
        if (rest != null && !quit) {
            runUnit(rest, file);
        }
    }

    /** True when a top-level line is a command line ({@code backward y}, {@code :vars}). */
    public boolean isCommandLine(String line) {
        return CommandLine.isCommandLine(line, new Predicate<String>() {
            @Override
            public boolean test(String name) {
                return commands.contains(name);
            }
        }, new Predicate<String>() {
            @Override
            public boolean test(String name) {
                return isUserName(name);
            }
        });
    }

    /** True for a name the user bound in this session (a prelude name counts only once rebound). */
    private boolean isUserName(String name) {
        Object v = python.main().dict.get(name);
        return v != null && !(prelude.containsKey(name) && prelude.get(name) == v);
    }

    private void runUnit(SourceUnits.Unit u, String file) {
        silenced = quiet || CommandLine.silenced(lastLine(u.text()));
        try {
            if (u.command()) {
                runCommand(u);
            } else {
                runPython(u, file);
            }
        } catch (LangError e) {
            throw e.withSourceLine(line(u, e.span().line()));
        } finally {
            flushPrinted();
        }
    }

    private void runCommand(SourceUnits.Unit u) {
        CommandLine line = CommandLine.parse(u.text(), u.firstLine());
        Command command = commands.get(line.name());
        if (command == null) {
            throw LangError.name("unknown command '" + line.name() + "'" + Suggest.didYouMean(line.name(),
                    commands.all().stream().map(Command::name).toList()) + " (help lists them)", line.nameSpan());
        }
        command.handler().run(new CommandContext(this, command, line));
        if (atTopLevel() && command.recorded()) {
            accept(u.text().strip());
        }
    }

    private void runPython(SourceUnits.Unit u, String file) {
        python.interpreter().addSourceLines(file, u.firstLine(), u.text());
        List<Stmt> body;
        try {
            body = Parser.parseModule(u.text(), u.firstLine());
        } catch (PySyntaxError e) {
            throw PythonErrors.syntax(e, line(u, e.pos().line()));
        } catch (StackOverflowError e) {
            throw LangError.syntax("too many nested parentheses", new Span(u.firstLine(), 0, 0));
        }
        for (Stmt s : body) {
            try {
                runStatement(s, file);
            } catch (PyException e) {
                if (e.is(Types.SYSTEM_EXIT)) {
                    requestQuit();
                    return;
                }
                throw PythonErrors.from(e, python.interpreter());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw PythonErrors.fromThrowable(e, python.interpreter());
            }
            if (quit) {
                return;
            }
        }
        if (atTopLevel()) {
            accept(u.text());
        }
    }

    /** One top-level statement, with the REPL's echo of its value or of the names it assigned. */
    private void runStatement(Stmt s, String file) {
        PyModule main = python.main();
        if (s instanceof Stmt.ExprStmt e) {
            // evalIn does not look for a pending Ctrl-C as each statement does: this statement stops
            // here too (and consumes it, so it cannot stop a later line).
            python.interpreter().checkInterrupt();
            Object v = python.interpreter().evalIn(e.value(), file, main);
            if (v != PyNone.NONE) {
                python.interpreter().builtins().dict.put("_", v);
                flushPrinted();
                if (!silenced) {
                    printResult(Py.repr(v));
                }
            }
            return;
        }
        List<Expr> targets = s instanceof Stmt.Assign a ? a.targets()
                : s instanceof Stmt.AugAssign a ? List.of(a.target())
                : s instanceof Stmt.AnnAssign a && a.value() != null ? List.of(a.target()) : List.of();
        python.interpreter().runStatements(List.of(s), file, main);
        flushPrinted();
        if (!silenced) {
            for (Expr t : targets) {
                echo(t, file);
            }
        }
    }

    /** {@code name = repr} for a name or a dotted attribute that was assigned; a subscript is not echoed. */
    private void echo(Expr target, String file) {
        if (target instanceof Expr.TupleExpr t) {
            for (Expr e : t.elts()) {
                echo(e, file);
            }
        } else if (target instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                echo(e, file);
            }
        } else if (target instanceof Expr.Starred st) {
            echo(st.value(), file);
        } else {
            String text = dotted(target);
            if (text != null) {
                Object v = python.interpreter().evalIn(target, file, python.main());
                String prefix = text + " = ";
                print(prefix + Repr.indentContinuation(Py.repr(v), prefix.length()));
            }
        }
    }

    /** {@code x}, {@code x.data}, {@code self.l1.W}: the target's text, or null for anything else. */
    private static String dotted(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String base = dotted(a.value());
            return base == null ? null : base + "." + a.attr();
        }
        return null;
    }

    private static String lastLine(String text) {
        int nl = text.lastIndexOf('\n');
        return nl < 0 ? text : text.substring(nl + 1);
    }

    /** Line {@code lineNumber} of the unit, or null when it is not one of the unit's lines. */
    private static String line(SourceUnits.Unit u, int lineNumber) {
        String[] lines = u.text().split("\n", -1);
        int i = lineNumber - u.firstLine();
        return i >= 0 && i < lines.length ? lines[i] : null;
    }

    /** The Java Variable a Python value is (a Variable, a Parameter, an instance of a user's subclass), or null. */
    static Variable variableOf(Object v) {
        if (v instanceof Variable x) {
            return x;
        }
        if (v instanceof PyObject o && o.peer instanceof Variable x) {
            return x;
        }
        return null;
    }

    /** The session's Variables by name, in the order the names were first assigned. */
    public Map<String, Variable> variables() {
        Map<String, Variable> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values().entrySet()) {
            Variable x = variableOf(e.getValue());
            if (x != null) {
                vars.put(e.getKey(), x);
            }
        }
        return Collections.unmodifiableMap(vars);
    }

    /**
     * Every name the user defined and its value (a Python value: an int, an ndarray, a Variable, a
     * function...), in definition order; modules and the prelude's names are left out.
     */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : python.main().dict.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith("__") && !(e.getValue() instanceof PyModule) && isUserName(name)) {
                out.put(name, e.getValue());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Python's type name of a value ({@code int}, {@code Variable}, {@code ndarray}). */
    public static String typeName(Object value) {
        return Py.type(value).name;
    }

    /** Python's {@code repr} of a value. */
    public static String repr(Object value) {
        return Py.repr(value);
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

    /** True once {@code quit}, {@code exit} or Python's {@code exit()} ran. */
    public boolean isQuitRequested() {
        return quit;
    }

    void requestQuit() {
        quit = true;
    }

    /** Stops the running evaluation with KeyboardInterrupt at its next statement (safe from any thread). */
    public void interrupt() {
        python.interpreter().interrupt();
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
        accepted.clear();
        drops.clear();
        setNograd(false);
        start();
    }

    public Commands commands() {
        return commands;
    }

    /**
     * What Tab offers for {@code word} ({@code sq}, {@code np.ra}, {@code model.l1.}): the
     * session's names, the builtins and keywords, or after a dot the attributes of what the
     * dotted name holds. Nothing is evaluated but name and attribute lookups.
     */
    public List<String> completions(String word) {
        return Completions.of(python.main(), python.interpreter().builtins(), word);
    }

    /** The value of a dotted path ({@code x}, {@code x.creator}, {@code np.random}) by lookups alone, or null. */
    public Object peek(List<String> path) {
        if (path.isEmpty()) {
            return null;
        }
        return Completions.resolve(python.main(), python.interpreter().builtins(), String.join(".", path));
    }

    /** True for a name that holds a function or a class (the prompt colours it). */
    public boolean isFunctionName(String name) {
        Object v = peek(List.of(name));
        return v != null && !(v instanceof PyModule) && Py.callable(v) && !(variableOf(v) != null);
    }

    /** Prints output lines through the printer of the running evaluation. */
    public void print(String text) {
        flushPrinted();
        printer.out(text);
    }

    /** Echoes the value of an expression statement through the printer of the running evaluation. */
    public void printResult(String text) {
        printer.result(text);
    }

    /** Shows {@code output} through the printer of the running evaluation (rich where it can, else its text). */
    public void display(RichOutput output) {
        flushPrinted();
        printer.display(output);
    }

    /** {@code backward NAME}: all or nothing for the session's grads, then the report of each. */
    void backward(Variable v, boolean retainGrad, boolean createGraph) {
        GradReport.backward(this, v, retainGrad, createGraph);
    }

    boolean silenced() {
        return silenced;
    }

    /** True where {@code save} records: typed lines, {@code -e} lines and scripts the front end runs, not loads. */
    boolean atTopLevel() {
        return scriptDepth == recordedDepth;
    }

    void accept(String statementText) {
        accepted.add(statementText);
    }

    /** The value of {@code name}, or a NameError at {@code span} (with a suggestion). */
    Object lookup(String name, Span span) {
        Object v = peek(List.of(name));
        if (v != null) {
            return v;
        }
        List<String> known = new ArrayList<>(python.main().dict.keySet());
        throw LangError.name("name '" + name + "' is not defined" + Suggest.didYouMean(name, known), span);
    }

    /** Which objects are the session's by name (a graph labels its Variables with them). */
    public Map<Variable, String> variableNames() {
        Map<Variable, String> names = new IdentityHashMap<>();
        for (Map.Entry<String, Variable> e : variables().entrySet()) {
            names.putIfAbsent(e.getValue(), e.getKey());
        }
        return names;
    }

    /** Sends the program's pending partial lines (a print with end='') of both streams. */
    private void flushPrinted() {
        output.flush();
        errors.flush();
    }

    /**
     * The session's names ({@code __main__}'s dict): a graph a name lets go of (rebound, deleted),
     * at the prompt or in any turn of a loop, is followed until collected, for {@code mem}. A leaf
     * alone is no graph.
     */
    private final class Names extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public Object put(String name, Object value) {
            Object old = super.put(name, value);
            if (old != value) {
                letGo(old);
            }
            return old;
        }

        @Override
        public Object remove(Object name) {
            Object old = super.remove(name);
            letGo(old);
            return old;
        }

        private void letGo(Object old) {
            Variable v = variableOf(old);
            if (v != null && v.creator != null) {
                drops.dropped(v);
            }
        }
    }

    /**
     * Python's output, line by line to the printer of the running evaluation: {@code print(..., end='')}
     * stays pending until its line ends or the statement does.
     */
    private final class OutputLines implements Output {
        private final StringBuilder pending = new StringBuilder();
        private final boolean toErr;

        OutputLines(boolean toErr) {
            this.toErr = toErr;
        }

        private void emit(String line) {
            if (toErr) {
                output.flush();
                printer.err(line);
            } else {
                errors.flush();
                printer.out(line);
            }
        }

        @Override
        public void write(String text) {
            int from = 0;
            int nl;
            while ((nl = text.indexOf('\n', from)) >= 0) {
                pending.append(text, from, nl);
                emit(pending.toString());
                pending.setLength(0);
                from = nl + 1;
            }
            pending.append(text, from, text.length());
        }

        @Override
        public void flush() {
            if (pending.length() > 0) {
                String s = pending.toString();
                pending.setLength(0);
                emit(s);
            }
        }
    }
}
