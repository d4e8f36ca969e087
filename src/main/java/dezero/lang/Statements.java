package dezero.lang;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.List;

/**
 * Runs the statements of one logical line: assignments (numbers, lists and arrays become leaf
 * Variables named after the target; {@code x.data = ...} replaces a Variable's array),
 * expressions, commands and imports; echoes results unless the line ends with {@code ;}; turns
 * every failure into a {@link LangError} with its source line.
 */
final class Statements {
    private final Session session;
    private final Evaluator evaluator;

    Statements(Session session, Evaluator evaluator) {
        this.session = session;
        this.evaluator = evaluator;
    }

    /** Parses and runs one logical line starting at line {@code firstLine}; throws its first error. */
    void runChunk(String chunk, int firstLine) {
        String[] lines = chunk.split("\n", -1);
        Stmt.Program program;
        try {
            program = new Parser(new Lexer(chunk, firstLine, 0, session.commands()::contains).scanTokens())
                    .parseLine();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw withLine(fromThrowable(e, new Span(firstLine, 0, 0)), lines, firstLine);
        }
        session.setSilenced(program.silenced() || session.isQuiet());
        for (Stmt s : program.statements()) {
            try {
                Evaluator.checkInterrupt();
                execute(s);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw withLine(fromThrowable(e, s.extent().first()), lines, firstLine);
            }
            if (session.atTopLevel() && recorded(s)) {
                session.accept(text(s.extent(), lines, firstLine));
            }
            if (session.isQuitRequested()) {
                return;
            }
        }
    }

    private void execute(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.SetData d) {
            setData(d);
        } else if (s instanceof Stmt.ExprStmt e) {
            Value v = evaluator.eval(e.expr());
            if (!(v instanceof Value.NoneValue) && !session.silenced()) {
                session.printResult(Repr.repr(v));
            }
        } else if (s instanceof Stmt.Command c) {
            Command command = session.commands().get(c.name());
            if (command == null) {
                throw LangError.name("unknown command '" + c.name() + "'" + Suggest.didYouMean(c.name(),
                        session.commands().all().stream().map(Command::name).toList()) + " (help lists them)",
                        c.nameSpan());
            }
            command.handler().run(new CommandContext(session, command, c));
        } else {
            importStatement((Stmt.Import) s);
        }
    }

    /**
     * {@code NAME = expr}. A graph the name held before (a Variable with a creator) is followed
     * until collected, for {@code mem}; a leaf alone is no graph.
     */
    private void assign(Stmt.Assign a) {
        String name = a.name();
        if (session.builtins().isBound(name) || session.commands().contains(name)) {
            String what = session.commands().contains(name) ? "a command"
                    : session.builtins().get(name) != null ? "a builtin function" : "a module";
            throw LangError.syntax("cannot assign to '" + name + "': it is " + what + "; choose another name",
                    a.nameSpan());
        }
        Value v = evaluator.eval(a.value());
        if (Convert.isArrayLike(v) && !(v instanceof Value.Bool) && !(v instanceof Value.Tuple)) {
            Value value = v;
            Value.Array array = (Value.Array) Evaluator.guarded(a.value().span(),
                    () -> new Value.Array(Convert.toArray(value, a.value().span(), "the value")));
            Variable leaf = new Variable(array.array());
            leaf.name = name;
            v = new Value.Var(leaf);
        } else if (v instanceof Value.Var x && x.variable().name == null) {
            x.variable().name = name;
        }
        Value old = session.globals().put(name, v);
        if (old instanceof Value.Var o && o.variable().creator != null
                && !(v instanceof Value.Var n && n.variable() == o.variable())) {
            session.drops().dropped(o.variable());
        }
        if (!session.silenced()) {
            String prefix = name + " = ";
            session.print(prefix + Repr.indentContinuation(Repr.repr(v), prefix.length()));
        }
    }

    /** {@code x.data = expr}: the value first, then the Variable, as Python evaluates an assignment. */
    private void setData(Stmt.SetData d) {
        Value v = evaluator.eval(d.value());
        Value object = evaluator.eval(d.object());
        if (!(object instanceof Value.Var x)) {
            throw new LangError(LangError.Kind.AttributeError, "'" + object.typeName()
                    + "' object has no attribute 'data' to assign; only a Variable's data can be assigned",
                    d.object().span());
        }
        NDArray array = Convert.toArray(v, d.value().span(), d.target());
        x.variable().data = array;
        if (!session.silenced()) {
            String prefix = d.target() + " = ";
            session.print(prefix + Repr.indentContinuation(Repr.repr(new Value.Array(array)), prefix.length()));
        }
    }

    private static void importStatement(Stmt.Import s) {
        List<Token> words = s.words();
        String module = words.isEmpty() ? "" : words.get(0).lexeme();
        if (!(module.equals("numpy") || module.equals("dezero") || module.startsWith("dezero."))) {
            Span at = words.isEmpty() ? s.extent().first() : words.get(0).span();
            throw new LangError(LangError.Kind.ImportError, "No module named '" + module
                    + "' (the REPL has numpy as np and DeZero's functions built in)", at);
        }
    }

    private boolean recorded(Stmt s) {
        if (s instanceof Stmt.Command c) {
            Command command = session.commands().get(c.name());
            return command != null && command.recorded();
        }
        return !(s instanceof Stmt.Import);
    }

    /**
     * The language's error for anything a statement throws: its own errors as they are, the engine's
     * mapped (at {@code at}), a deep recursion or an exhausted heap as Python names them.
     */
    static LangError fromThrowable(Throwable e, Span at) {
        if (e instanceof LangError l) {
            return l;
        }
        if (e instanceof StackOverflowError) {
            return new LangError(LangError.Kind.RecursionError, "maximum recursion depth exceeded", at);
        }
        if (e instanceof OutOfMemoryError) {
            return new LangError(LangError.Kind.MemoryError, "out of memory (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)", at);
        }
        return Evaluator.fromEngine((RuntimeException) e, at);
    }

    private static LangError withLine(LangError e, String[] lines, int firstLine) {
        int i = e.span().line() - firstLine;
        return e.withSourceLine(i >= 0 && i < lines.length ? lines[i] : null);
    }

    /** The statement's text as typed, from its first token to its last. */
    private static String text(Stmt.Extent x, String[] lines, int firstLine) {
        int l0 = x.first().line() - firstLine;
        int l1 = x.last().line() - firstLine;
        if (l0 == l1) {
            return lines[l0].substring(x.first().column(), x.last().endColumn());
        }
        StringBuilder sb = new StringBuilder(lines[l0].substring(x.first().column()));
        for (int i = l0 + 1; i < l1; i++) {
            sb.append('\n').append(lines[i]);
        }
        return sb.append('\n').append(lines[l1], 0, x.last().endColumn()).toString();
    }
}
