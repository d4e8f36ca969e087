package dezero.lang.runtime;

import dezero.lang.syntax.Expr;
import dezero.lang.syntax.Params;
import dezero.lang.syntax.Parser;
import dezero.lang.syntax.Pos;
import dezero.lang.syntax.PySyntaxError;
import dezero.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs Python statements by walking their trees, with Python's semantics: LEGB names, closures,
 * classes, exceptions by class, generators. One interpreter serves a session (or a script run)
 * and everything it imports.
 */
public final class Interpreter {
    /** Python's default recursion limit. */
    public static final int RECURSION_LIMIT = 1000;

    private static final int NORMAL = 0;
    private static final int BREAK = 1;
    private static final int CONTINUE = 2;
    private static final int RETURN = 3;
    private static final Map<String, Object> NO_KWARGS = Map.of();

    private final PyModule builtins;
    private final Importer importer;
    private final Map<String, String[]> sources = new HashMap<>();
    private int depth;
    /** Set from another thread (Ctrl-C): the running program stops with KeyboardInterrupt at its next statement. */
    private volatile boolean interruptRequested;

    public Interpreter(PyModule builtins, Importer importer) {
        this.builtins = builtins;
        this.importer = importer;
        importer.attach(this);
    }

    public PyModule builtins() {
        return builtins;
    }

    public Importer importer() {
        return importer;
    }

    /** Asks the running program to stop with KeyboardInterrupt (safe from any thread). */
    public void interrupt() {
        interruptRequested = true;
    }

    /** Stops with KeyboardInterrupt if a Ctrl-C came: each statement, loop turn, call and comprehension item asks here. */
    public void checkInterrupt() {
        if (interruptRequested || Thread.currentThread().isInterrupted()) {
            throw interrupted();
        }
    }

    /**
     * The KeyboardInterrupt of a Ctrl-C, asked for by {@link #interrupt} or by interrupting the
     * thread (what the prompt and the notebook kernel do); both requests are consumed.
     */
    private PyException interrupted() {
        interruptRequested = false;
        Thread.interrupted();
        return Py.error(Types.KEYBOARD_INTERRUPT, null);
    }

    /** Remembers a file's text so tracebacks can show its lines. */
    public void addSource(String filename, String text) {
        sources.put(filename, lines(text));
    }

    /**
     * {@code text.split("\r?\n|\r", -1)} without a regular expression: every program run
     * starts here, and compiling the pattern was a few milliseconds of each start.
     */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** Remembers lines {@code firstLine...} of a text read piecewise (a script at the REPL), keeping those before. */
    public void addSourceLines(String filename, int firstLine, String text) {
        String[] more = lines(text);
        String[] lines = sources.getOrDefault(filename, new String[0]);
        int needed = firstLine - 1 + more.length;
        if (needed > lines.length) {
            // Grown by doubling: a long script read unit by unit is not copied once per unit.
            lines = java.util.Arrays.copyOf(lines, Math.max(needed, 2 * lines.length));
            sources.put(filename, lines);
        }
        System.arraycopy(more, 0, lines, firstLine - 1, more.length);
    }

    /** The text of line {@code line} of {@code filename}, or null. */
    public String sourceLine(String filename, int line) {
        String[] lines = sources.get(filename);
        return lines == null || line < 1 || line > lines.length ? null : lines[line - 1];
    }

    /** Parses and runs {@code source} in {@code module}; errors propagate as {@link PyException}. */
    public void run(String source, String filename, PyModule module) {
        addSource(filename, source);
        List<Stmt> body = Parser.parseModule(source);
        runStatements(body, filename, module);
    }

    /** Runs parsed statements at the top level of {@code module}. */
    public void runStatements(List<Stmt> body, String filename, PyModule module) {
        Frame frame = Frame.module(module, filename);
        try {
            exec(body, frame);
        } catch (PyException e) {
            e.leave(frame);
            throw e;
        }
    }

    /** Evaluates one expression at the top level of {@code module} (the REPL's echo). */
    public Object evalIn(Expr e, String filename, PyModule module) {
        Frame frame = Frame.module(module, filename);
        frame.line = e.pos().line();
        try {
            return eval(e, frame);
        } catch (PyException ex) {
            ex.leave(frame);
            throw ex;
        } catch (RuntimeException | StackOverflowError ex) {
            PyException p = Errors.fromJava(ex);
            p.leave(frame);
            throw p;
        }
    }

    // ---- statements ----

    int exec(List<Stmt> body, Frame f) {
        for (int i = 0, n = body.size(); i < n; i++) {
            int r = execStmt(body.get(i), f);
            if (r != NORMAL) {
                return r;
            }
        }
        return NORMAL;
    }

    private int execStmt(Stmt s, Frame f) {
        f.line = s.pos().line();
        checkInterrupt();
        try {
            return execOne(s, f);
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw Errors.fromJava(e);
        }
    }

    private int execOne(Stmt s, Frame f) {
        if (s instanceof Stmt.ExprStmt e) {
            eval(e.value(), f);
            return NORMAL;
        }
        if (s instanceof Stmt.Assign a) {
            Object v = eval(a.value(), f);
            for (Expr t : a.targets()) {
                assign(t, v, f);
            }
            return NORMAL;
        }
        if (s instanceof Stmt.AugAssign a) {
            augAssign(a, f);
            return NORMAL;
        }
        if (s instanceof Stmt.If i) {
            return Py.truthy(eval(i.test(), f)) ? exec(i.body(), f) : exec(i.orelse(), f);
        }
        if (s instanceof Stmt.For loop) {
            return forLoop(loop, f);
        }
        if (s instanceof Stmt.While w) {
            return whileLoop(w, f);
        }
        if (s instanceof Stmt.Return r) {
            f.returned = r.value() == null ? PyNone.NONE : eval(r.value(), f);
            return RETURN;
        }
        if (s instanceof Stmt.Break) {
            return BREAK;
        }
        if (s instanceof Stmt.Continue) {
            return CONTINUE;
        }
        if (s instanceof Stmt.Pass) {
            return NORMAL;
        }
        if (s instanceof Stmt.FunctionDef d) {
            Object fn = makeFunction(d.name(), d.params(), d.body(), null, d.scope(), f, d.pos());
            store(d.name(), decorate(fn, d.decorators(), f), f);
            return NORMAL;
        }
        if (s instanceof Stmt.ClassDef c) {
            store(c.name(), decorate(Classes.define(this, c, f), c.decorators(), f), f);
            return NORMAL;
        }
        if (s instanceof Stmt.Try t) {
            return tryStmt(t, f);
        }
        if (s instanceof Stmt.With w) {
            return withStmt(w, 0, f);
        }
        if (s instanceof Stmt.Raise r) {
            throw raise(r, f);
        }
        if (s instanceof Stmt.Assert a) {
            if (!Py.truthy(eval(a.test(), f))) {
                PyObject e = new PyObject(Types.ASSERTION_ERROR);
                e.dict.put("args", a.msg() == null ? PyTuple.EMPTY : new PyTuple(eval(a.msg(), f)));
                throw new PyException(e);
            }
            return NORMAL;
        }
        if (s instanceof Stmt.Import im) {
            for (Stmt.Alias alias : im.names()) {
                PyModule m = importer.importModule(alias.name(), f);
                if (alias.asname() != null) {
                    store(alias.asname(), importer.importModuleLeaf(alias.name(), m), f);
                } else {
                    store(alias.name().split("\\.")[0], m, f);
                }
            }
            return NORMAL;
        }
        if (s instanceof Stmt.ImportFrom im) {
            importFrom(im, f);
            return NORMAL;
        }
        if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t, f);
            }
            return NORMAL;
        }
        if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                assign(a.target(), eval(a.value(), f), f);
            }
            return NORMAL;
        }
        if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return NORMAL;
        }
        // last: rare, and one test fewer for the statements a loop runs again and again
        if (s instanceof Stmt.Match m) {
            return PatternMatching.run(this, m, f, NORMAL);
        }
        throw new IllegalStateException("unknown statement " + s);
    }

    private int forLoop(Stmt.For loop, Frame f) {
        Object iterable = eval(loop.iter(), f);
        if (iterable instanceof PyRange r && loop.target() instanceof Expr.Name n) {
            long len = r.length();
            for (long i = 0; i < len; i++) {
                store(n.id(), r.get(i), f);
                int code = exec(loop.body(), f);
                if (code == BREAK) {
                    return NORMAL;
                }
                if (code == RETURN) {
                    return RETURN;
                }
            }
            return exec(loop.orelse(), f);
        }
        Iterator<Object> it = Py.iter(iterable);
        while (it.hasNext()) {
            assign(loop.target(), it.next(), f);
            int code = exec(loop.body(), f);
            if (code == BREAK) {
                return NORMAL;
            }
            if (code == RETURN) {
                return RETURN;
            }
            f.line = loop.pos().line();
        }
        return exec(loop.orelse(), f);
    }

    private int whileLoop(Stmt.While w, Frame f) {
        while (Py.truthy(eval(w.test(), f))) {
            int code = exec(w.body(), f);
            if (code == BREAK) {
                return NORMAL;
            }
            if (code == RETURN) {
                return RETURN;
            }
            f.line = w.pos().line();
            checkInterrupt();
        }
        return exec(w.orelse(), f);
    }

    private void augAssign(Stmt.AugAssign a, Frame f) {
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            Object old = load(n.id(), n.pos(), f);
            store(n.id(), Ops.inplace(a.op(), old, eval(a.value(), f)), f);
        } else if (t instanceof Expr.Attribute at) {
            Object obj = eval(at.value(), f);
            Object old = Py.getattr(obj, at.attr());
            Py.setattr(obj, at.attr(), Ops.inplace(a.op(), old, eval(a.value(), f)));
        } else if (t instanceof Expr.Subscript sub) {
            Object obj = eval(sub.value(), f);
            Object key = eval(sub.index(), f);
            Object old = Items.get(obj, key);
            Items.set(obj, key, Ops.inplace(a.op(), old, eval(a.value(), f)));
        }
    }

    private int tryStmt(Stmt.Try t, Frame f) {
        int code = NORMAL;
        Throwable pending = null;
        try {
            code = tryBody(t, f);
        } catch (PyException | StackOverflowError e) {
            pending = e;
        } catch (RuntimeException | Error e) {
            pending = e;
        }
        if (!t.finalbody().isEmpty()) {
            Object saved = f.returned;
            int fin = exec(t.finalbody(), f);
            if (fin != NORMAL) {
                return fin;
            }
            f.returned = saved;
        }
        if (pending instanceof RuntimeException r) {
            throw r;
        }
        if (pending instanceof Error err) {
            throw err;
        }
        return code;
    }

    private int tryBody(Stmt.Try t, Frame f) {
        int code;
        try {
            code = exec(t.body(), f);
        } catch (PyException e) {
            Stmt.Handler h = matchHandler(t.handlers(), e, f);
            if (h == null) {
                throw e;
            }
            e.value.dict.put("__traceback__", e);
            if (h.name() != null) {
                store(h.name(), e.value, f);
            }
            PyException outer = f.handling;
            f.handling = e;
            try {
                return exec(h.body(), f);
            } catch (PyException inner) {
                if (inner != e) {
                    inner.value.dict.putIfAbsent("__context__", e.value);
                }
                throw inner;
            } finally {
                f.handling = outer;
                if (h.name() != null) {
                    f.locals.remove(h.name());
                }
            }
        }
        if (code == NORMAL) {
            code = exec(t.orelse(), f);
        }
        return code;
    }

    private Stmt.Handler matchHandler(List<Stmt.Handler> handlers, PyException e, Frame f) {
        for (Stmt.Handler h : handlers) {
            if (h.type() == null) {
                return h;
            }
            Object type = eval(h.type(), f);
            if (exceptionMatches(e, type)) {
                return h;
            }
        }
        return null;
    }

    private static boolean exceptionMatches(PyException e, Object type) {
        if (type instanceof PyType t) {
            if (!t.isSubtypeOf(Types.BASE_EXCEPTION)) {
                throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.is(t);
        }
        if (type instanceof PyTuple tuple) {
            for (Object o : tuple.items) {
                if (exceptionMatches(e, o)) {
                    return true;
                }
            }
            return false;
        }
        throw Py.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private int withStmt(Stmt.With w, int item, Frame f) {
        if (item == w.items().size()) {
            return exec(w.body(), f);
        }
        Stmt.WithItem it = w.items().get(item);
        Object manager = eval(it.context(), f);
        Object exit = Py.specialMethod(manager, "__exit__");
        Object enter = Py.specialMethod(manager, "__enter__");
        if (enter == null || exit == null) {
            throw Py.typeError("'" + Py.typeName(manager) + "' object does not support the context manager protocol");
        }
        Object value = Py.call(enter);
        if (it.target() != null) {
            assign(it.target(), value, f);
        }
        int code;
        try {
            code = withStmt(w, item + 1, f);
        } catch (PyException e) {
            Object suppress = Py.call(exit, Py.type(e.value), e.value, PyNone.NONE);
            if (Py.truthy(suppress)) {
                return NORMAL;
            }
            throw e;
        } catch (RuntimeException | Error e) {
            Py.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            throw e;
        }
        Py.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return code;
    }

    private PyException raise(Stmt.Raise r, Frame f) {
        if (r.exc() == null) {
            PyException active = currentException(f);
            if (active == null) {
                return Py.error(Types.RUNTIME_ERROR, "No active exception to reraise");
            }
            return active;
        }
        Object v = eval(r.exc(), f);
        PyException e = toException(v);
        if (r.cause() != null) {
            e.value.dict.put("__cause__", eval(r.cause(), f));
        }
        return e;
    }

    private static PyException currentException(Frame f) {
        for (Frame x = f; x != null; x = x.enclosing) {
            if (x.handling != null) {
                return x.handling;
            }
        }
        return null;
    }

    /** An exception object, or a class to instantiate, as {@code raise} takes it. */
    public static PyException toException(Object v) {
        if (v instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            v = Py.call(t);
        }
        if (v instanceof PyObject o && o.type.isSubtypeOf(Types.BASE_EXCEPTION)) {
            return new PyException(o);
        }
        return Py.typeError("exceptions must derive from BaseException");
    }

    private void importFrom(Stmt.ImportFrom im, Frame f) {
        PyModule m = importer.importModule(im.module(), f);
        PyModule leaf = importer.importModuleLeaf(im.module(), m);
        for (Stmt.Alias a : im.names()) {
            if (a.name().equals("*")) {
                Object all = leaf.dict.get("__all__");
                if (all != null) {
                    for (Object name : Py.toList(all)) {
                        store((String) name, leaf.dict.get((String) name), f);
                    }
                } else {
                    leaf.dict.forEach((k, v) -> {
                        if (!k.startsWith("_")) {
                            store(k, v, f);
                        }
                    });
                }
                continue;
            }
            Object v = leaf.dict.get(a.name());
            if (v == null) {
                v = importer.submodule(leaf, a.name(), f);
            }
            if (v == null) {
                throw Py.error(Types.IMPORT_ERROR, "cannot import name '" + a.name() + "' from '" + leaf.name + "'"
                        + (leaf.dict.get("__file__") instanceof String file ? " (" + file + ")" : " (unknown location)"));
            }
            store(a.asname() != null ? a.asname() : a.name(), v, f);
        }
    }

    // ---- names ----

    /** Python's name lookup (LEGB) from frame {@code f}. */
    Object load(String name, Pos pos, Frame f) {
        Object v = lookup(name, f);
        if (v != null) {
            return v;
        }
        throw nameError(name, f);
    }

    private Object lookup(String name, Frame f) {
        Frame start = f;
        while (true) {
            switch (f.kind) {
                case FUNCTION -> {
                    // A function's frame holds only its own locals, so a name found there is one:
                    // no look at the scope's name sets, the common case of a local that is bound.
                    Object bound = f.locals instanceof Locals l ? l.getSame(name) : f.locals.get(name);
                    if (bound != null) {
                        return bound;
                    }
                    var scope = f.function.scope;
                    // Code given to eval or exec inside a function runs on a snapshot of its locals
                    // (a plain map): a local not bound there is looked up as a global, as CPython's
                    // LOAD_NAME does, not an unbound local.
                    if (scope.locals().contains(name) && f.locals instanceof Locals) {
                        Object v = f.locals.get(name);
                        if (v == null) {
                            throw f == start ? Py.error(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                                    + name + "' where it is not associated with a value")
                                    : Py.nameError("cannot access free variable '" + name
                                    + "' where it is not associated with a value in enclosing scope");
                        }
                        return v;
                    }
                    if (scope.globals().contains(name)) {
                        return global(name, f.module);
                    }
                    Frame outer = skipClasses(f.enclosing);
                    if (outer == null) {
                        return global(name, f.module);
                    }
                    f = outer;
                }
                case MODULE -> {
                    return global(name, f.module);
                }
                case CLASS, COMPREHENSION -> {
                    Object v = f.locals.get(name);
                    if (v != null) {
                        return v;
                    }
                    Frame outer = f.kind == Frame.Kind.CLASS ? skipClasses(f.enclosing) : f.enclosing;
                    if (outer == null) {
                        return global(name, f.module);
                    }
                    f = outer;
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    /**
     * {@code eval(source, globals=None, locals=None)} and {@code exec(...)}: the source parsed and
     * run, by default in the calling frame (its names and its globals), else in the namespaces
     * given (a dict of globals, and a mapping of locals read and written first, as in a class
     * body). Tracebacks name the code {@code <string>}, as CPython's do.
     */
    private Object dynamicCode(String which, Expr.Call c, Frame f) {
        Object[] args = new Object[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = eval(c.args().get(i), f);
        }
        if (!c.keywords().isEmpty()) {
            throw Py.typeError(which + "() takes no keyword arguments");
        }
        if (args.length == 0 || args.length > 3) {
            throw Py.typeError(which + " expected " + (args.length == 0 ? "at least 1 argument" : "at most 3 arguments")
                    + ", got " + args.length);
        }
        Object[] b = {args[0], args.length > 1 ? args[1] : PyNone.NONE, args.length > 2 ? args[2] : PyNone.NONE};
        if (!(b[0] instanceof String source)) {
            throw Py.typeError(which + "() arg 1 must be a string, bytes or code object");
        }
        Frame frame;
        if (b[1] == PyNone.NONE && f.kind == Frame.Kind.FUNCTION) {
            // As CPython: the code runs on a snapshot of the function's locals (its locals()
            // dictionary), so it reads them but its assignments do not change them.
            frame = new Frame(f.kind, f.function, localsDict(f), f.enclosing, f.module, "<string>");
        } else if (b[1] == PyNone.NONE) {
            frame = new Frame(f.kind, f.function, f.locals, f.enclosing, f.module, "<string>");
        } else {
            if (!(b[1] instanceof PyDict globals)) {
                throw Py.typeError(which + "() globals must be a dict, not " + Py.typeName(b[1]));
            }
            frame = namespaceFrame(globals, b[2]);
        }
        List<Stmt> body;
        try {
            body = Parser.parseModule(which.equals("eval") ? source.stripLeading() : source);
        } catch (PySyntaxError e) {
            throw dynamicSyntaxError(e.kind().equals("IndentationError") ? Types.INDENTATION_ERROR
                    : Types.SYNTAX_ERROR, e.getMessage(), e.pos());
        }
        try {
            if (which.equals("exec")) {
                exec(body, frame);
                keepExecNames(f, frame);
                return PyNone.NONE;
            }
            if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt expr)) {
                throw dynamicSyntaxError(Types.SYNTAX_ERROR, "invalid syntax", body.isEmpty()
                        ? new Pos(1, 0, 1, 0) : body.get(0).pos());
            }
            frame.line = expr.pos().line();
            return eval(expr.value(), frame);
        } catch (PyException e) {
            e.leave(frame);
            throw e;
        }
    }

    /** A SyntaxError of code given to eval or exec, with the attributes CPython's has. */
    private static PyException dynamicSyntaxError(PyType type, String message, Pos pos) {
        PyException err = Py.error(type, message);
        err.value.dict.put("msg", message);
        err.value.dict.put("lineno", (long) pos.line());
        err.value.dict.put("offset", (long) pos.col() + 1);
        err.value.dict.put("filename", "<string>");
        return err;
    }

    /** The frame of code run with explicit namespaces: a dict of globals, and locals where given. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Frame namespaceFrame(PyDict globals, Object locals) {
        boolean named = globals.map.containsKey("__name__");
        PyModule module = new PyModule("<string>", (LinkedHashMap) globals.map);
        if (!named) {
            globals.map.remove("__name__");
        }
        if (locals == PyNone.NONE || locals == globals) {
            return Frame.module(module, "<string>");
        }
        if (!(locals instanceof PyDict l)) {
            throw Py.typeError("locals must be a mapping");
        }
        return new Frame(Frame.Kind.CLASS, null, (Map) l.map, null, module, "<string>");
    }

    /** A function sees through class bodies to the scope around them; at the top it sees its module. */
    private static Frame skipClasses(Frame f) {
        while (f != null && f.kind == Frame.Kind.CLASS) {
            f = f.enclosing;
        }
        return f;
    }

    private Object global(String name, PyModule module) {
        Object v = module.dict.get(name);
        return v != null ? v : builtins.dict.get(name);
    }

    private PyException nameError(String name, Frame f) {
        PyException e = Py.nameError("name '" + name + "' is not defined");
        e.value.dict.put("name", name);
        e.value.peer = new Suggestions.Hint(() -> Suggestions.forName(name, f, builtins));
        return e;
    }

    void store(String name, Object v, Frame f) {
        if (f.kind == Frame.Kind.FUNCTION) {
            var scope = f.function.scope;
            if (!scope.globals().isEmpty() && scope.globals().contains(name)) {
                f.module.dict.put(name, v);
                return;
            }
            if (!scope.nonlocals().isEmpty() && scope.nonlocals().contains(name)) {
                Frame e = skipClasses(f.enclosing);
                while (e != null && !(e.kind == Frame.Kind.FUNCTION && e.function.scope.locals().contains(name))) {
                    e = skipClasses(e.enclosing);
                }
                if (e != null) {
                    e.locals.put(name, v);
                    return;
                }
            }
        }
        f.locals.put(name, v);
    }

    private void deleteName(String name, Frame f) {
        Map<String, Object> where = f.locals;
        if (f.kind == Frame.Kind.FUNCTION && f.function.scope.globals().contains(name)) {
            where = f.module.dict;
        }
        if (where.remove(name) == null) {
            throw nameError(name, f);
        }
    }

    // ---- assignment ----

    void assign(Expr target, Object v, Frame f) {
        if (target instanceof Expr.Name n) {
            store(n.id(), v, f);
        } else if (target instanceof Expr.Attribute a) {
            Py.setattr(eval(a.value(), f), a.attr(), v);
        } else if (target instanceof Expr.Subscript s) {
            Object obj = eval(s.value(), f);
            Items.set(obj, eval(s.index(), f), v);
        } else if (target instanceof Expr.TupleExpr t) {
            unpack(t.elts(), v, f);
        } else if (target instanceof Expr.ListExpr l) {
            unpack(l.elts(), v, f);
        } else if (target instanceof Expr.Starred) {
            throw Py.error(Types.SYNTAX_ERROR, "starred assignment target must be in a list or tuple");
        }
    }

    private void unpack(List<Expr> targets, Object v, Frame f) {
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        List<Object> items;
        if (v instanceof PyTuple t) {
            items = List.of(t.items);
        } else if (v instanceof PyList l) {
            items = new ArrayList<>(l.items);
        } else {
            try {
                items = Py.toList(v);
            } catch (PyException e) {
                if (e.is(Types.TYPE_ERROR) && e.getMessage().endsWith("is not iterable")) {
                    throw Py.typeError("cannot unpack non-iterable " + Py.typeName(v) + " object");
                }
                throw e;
            }
        }
        int n = targets.size();
        if (star < 0) {
            if (items.size() != n) {
                if (items.size() > n) {
                    throw Py.valueError("too many values to unpack (expected " + n + ")");
                }
                throw Py.valueError("not enough values to unpack (expected " + n + ", got " + items.size() + ")");
            }
            for (int i = 0; i < n; i++) {
                assign(targets.get(i), items.get(i), f);
            }
            return;
        }
        if (items.size() < n - 1) {
            throw Py.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + items.size() + ")");
        }
        for (int i = 0; i < star; i++) {
            assign(targets.get(i), items.get(i), f);
        }
        int after = n - star - 1;
        PyList rest = new PyList(items.subList(star, items.size() - after));
        assign(((Expr.Starred) targets.get(star)).value(), rest, f);
        for (int i = 0; i < after; i++) {
            assign(targets.get(star + 1 + i), items.get(items.size() - after + i), f);
        }
    }

    private void delete(Expr t, Frame f) {
        if (t instanceof Expr.Name n) {
            deleteName(n.id(), f);
        } else if (t instanceof Expr.Attribute a) {
            Py.delattr(eval(a.value(), f), a.attr());
        } else if (t instanceof Expr.Subscript s) {
            Items.delete(eval(s.value(), f), eval(s.index(), f));
        } else if (t instanceof Expr.TupleExpr tu) {
            tu.elts().forEach(e -> delete(e, f));
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(e -> delete(e, f));
        }
    }

    // ---- expressions ----

    Object eval(Expr e, Frame f) {
        if (e instanceof Expr.Name n) {
            Object v = lookup(n.id(), f);
            if (v == null) {
                PyException ex = nameError(n.id(), f);
                ex.pending = n.pos();
                throw ex;
            }
            return v;
        }
        if (e instanceof Expr.Const c) {
            Object v = c.value();
            return v == Expr.Const.NONE ? PyNone.NONE : v == Expr.Const.ELLIPSIS ? PyNone.ELLIPSIS : v;
        }
        if (e instanceof Expr.BinOp b) {
            Object l = eval(b.left(), f);
            Object r = eval(b.right(), f);
            try {
                return Ops.binary(b.op(), l, r);
            } catch (PyException ex) {
                if (ex.pending == null) {
                    ex.pending = b.pos();
                    ex.pendingOperator = operatorPos(b, f);
                }
                throw ex;
            }
        }
        if (e instanceof Expr.Call c) {
            return call(c, f);
        }
        if (e instanceof Expr.Attribute a) {
            Object obj = eval(a.value(), f);
            try {
                return Py.getattr(obj, a.attr());
            } catch (PyException ex) {
                mark(ex, a.pos());
                throw ex;
            }
        }
        if (e instanceof Expr.Subscript s) {
            Object obj = eval(s.value(), f);
            Object key = eval(s.index(), f);
            try {
                return Items.get(obj, key);
            } catch (PyException ex) {
                mark(ex, s.pos());
                throw ex;
            }
        }
        if (e instanceof Expr.Compare c) {
            return compare(c, f);
        }
        if (e instanceof Expr.UnaryOp u) {
            Object v = eval(u.operand(), f);
            try {
                return Ops.unary(u.op(), v);
            } catch (PyException ex) {
                mark(ex, u.pos());
                throw ex;
            }
        }
        if (e instanceof Expr.BoolOp b) {
            Object v = null;
            for (Expr x : b.values()) {
                v = eval(x, f);
                if (Py.truthy(v) != b.isAnd()) {
                    return v;
                }
            }
            return v;
        }
        if (e instanceof Expr.TupleExpr t) {
            return new PyTuple(evalItems(t.elts(), f).toArray());
        }
        if (e instanceof Expr.ListExpr l) {
            return PyList.wrap(evalItems(l.elts(), f));
        }
        if (e instanceof Expr.DictExpr d) {
            PyDict dict = new PyDict();
            for (int i = 0; i < d.keys().size(); i++) {
                Expr k = d.keys().get(i);
                if (k == null) {
                    Object m = eval(d.values().get(i), f);
                    Py.mergeMapping(dict, m);
                } else {
                    Object key = eval(k, f);
                    dict.put(key, eval(d.values().get(i), f));
                }
            }
            return dict;
        }
        if (e instanceof Expr.SetExpr s) {
            PySet set = new PySet();
            evalItems(s.elts(), f).forEach(set::add);
            return set;
        }
        if (e instanceof Expr.IfExp i) {
            return Py.truthy(eval(i.test(), f)) ? eval(i.body(), f) : eval(i.orelse(), f);
        }
        if (e instanceof Expr.JoinedStr j) {
            return joinedStr(j, f);
        }
        if (e instanceof Expr.Lambda l) {
            return makeFunction("<lambda>", l.params(), List.of(), l.body(), l.scope(), f, l.pos());
        }
        if (e instanceof Expr.Comprehension c) {
            return Comprehensions.eval(this, c, f);
        }
        if (e instanceof Expr.DictComp d) {
            return Comprehensions.evalDict(this, d, f);
        }
        if (e instanceof Expr.Slice s) {
            return new PySlice(s.lower() == null ? PyNone.NONE : eval(s.lower(), f),
                    s.upper() == null ? PyNone.NONE : eval(s.upper(), f),
                    s.step() == null ? PyNone.NONE : eval(s.step(), f));
        }
        if (e instanceof Expr.Yield y) {
            return yieldExpr(y, f);
        }
        if (e instanceof Expr.NamedExpr n) {
            Object v = eval(n.value(), f);
            Frame target = f;
            while (target.kind == Frame.Kind.COMPREHENSION) {
                target = target.enclosing;
            }
            store(n.target().id(), v, target);
            return v;
        }
        if (e instanceof Expr.Starred s) {
            throw Py.error(Types.SYNTAX_ERROR, "can't use starred expression here");
        }
        if (e instanceof Expr.FormattedValue fv) {
            return formatted(fv, f);
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    /** The operator's place between the operands, when both sit on one line. */
    private Pos operatorPos(Expr.BinOp b, Frame f) {
        Pos l = b.left().pos();
        Pos r = b.right().pos();
        String text = sourceLine(f.filename, l.endLine());
        if (l.endLine() != r.line() || text == null || r.col() > text.length() || l.endCol() > r.col()) {
            return null;
        }
        int at = text.substring(l.endCol(), r.col()).indexOf(b.op());
        return at < 0 ? null : new Pos(r.line(), l.endCol() + at, r.line(), l.endCol() + at + b.op().length());
    }

    private static void mark(PyException ex, Pos pos) {
        if (ex.pending == null) {
            ex.pending = pos;
        }
    }

    /** Evaluates display items, expanding {@code *iterable}. */
    private ArrayList<Object> evalItems(List<Expr> items, Frame f) {
        ArrayList<Object> out = new ArrayList<>(items.size());
        for (Expr x : items) {
            if (x instanceof Expr.Starred s) {
                out.addAll(Py.toList(eval(s.value(), f)));
            } else {
                out.add(eval(x, f));
            }
        }
        return out;
    }

    private Object compare(Expr.Compare c, Frame f) {
        Object left = eval(c.left(), f);
        Object result = Boolean.TRUE;
        for (int i = 0; i < c.ops().size(); i++) {
            Object right = eval(c.comparators().get(i), f);
            String op = c.ops().get(i);
            try {
                result = switch (op) {
                    case "in" -> Ops.contains(right, left);
                    case "not in" -> !Ops.contains(right, left);
                    case "is" -> isSame(left, right);
                    case "is not" -> !isSame(left, right);
                    default -> Ops.compare(op, left, right);
                };
            } catch (PyException ex) {
                mark(ex, c.pos());
                throw ex;
            }
            if (c.ops().size() > 1 && !Py.truthy(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    /** Python's {@code is}: identity, with small values compared by value as CPython's caches make them. */
    public static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Boolean || a instanceof Long && b instanceof Long) {
            return a.equals(b);
        }
        return false;
    }

    private Object joinedStr(Expr.JoinedStr j, Frame f) {
        StringBuilder b = new StringBuilder();
        for (Expr part : j.parts()) {
            if (part instanceof Expr.Const c) {
                b.append((String) c.value());
            } else {
                b.append(formatted((Expr.FormattedValue) part, f));
            }
        }
        return b.toString();
    }

    private String formatted(Expr.FormattedValue fv, Frame f) {
        Object v = eval(fv.value(), f);
        if (fv.conv() == 'r') {
            v = Py.repr(v);
        } else if (fv.conv() == 's') {
            v = Py.str(v);
        } else if (fv.conv() == 'a') {
            v = Py.repr(v);
        }
        String spec = fv.spec() == null ? "" : (String) joinedStr((Expr.JoinedStr) fv.spec(), f);
        try {
            return Formatting.format(v, spec);
        } catch (PyException ex) {
            mark(ex, fv.pos());
            throw ex;
        }
    }

    /** After an exec() in a function: the names it bound that the function does not have, for locals(). */
    private static void keepExecNames(Frame f, Frame ran) {
        if (f.kind != Frame.Kind.FUNCTION || ran.locals == f.locals) {
            return;
        }
        for (Map.Entry<String, Object> e : ran.locals.entrySet()) {
            if (!f.function.scope.locals().contains(e.getKey())) {
                if (f.execNames == null) {
                    f.execNames = new LinkedHashMap<>();
                }
                f.execNames.put(e.getKey(), e.getValue());
            }
        }
    }

    /** {@code globals()}, {@code locals()} or {@code vars()} without arguments, in frame {@code f}. */
    private static PyDict namespace(String which, Frame f) {
        if (which.equals("globals") || f.kind == Frame.Kind.MODULE) {
            return PyDict.view(f.module.dict);
        }
        return PyDict.view(localsDict(f));
    }

    /**
     * A copy of what {@code locals()} shows in frame {@code f}: its locals, and in a function the
     * names an {@code exec()} there bound (never the function's own names, see {@link #keepExecNames}).
     */
    private static Map<String, Object> localsDict(Frame f) {
        Map<String, Object> snapshot = new LinkedHashMap<>(f.locals);
        if (f.execNames != null) {
            snapshot.putAll(f.execNames);
        }
        return snapshot;
    }

    private Object call(Expr.Call c, Frame f) {
        // One switch on the name (its cached hash) rather than six string comparisons at every call.
        if (c.func() instanceof Expr.Name n) {
            switch (n.id()) {
                case "super" -> {
                    if (c.args().isEmpty() && c.keywords().isEmpty() && lookup("super", f) == builtins.dict.get("super")) {
                        return Classes.zeroArgSuper(f);
                    }
                }
                case "globals", "locals", "vars" -> {
                    if (c.args().isEmpty() && c.keywords().isEmpty() && lookup(n.id(), f) == builtins.dict.get(n.id())) {
                        return namespace(n.id(), f);
                    }
                }
                case "eval", "exec" -> {
                    if (lookup(n.id(), f) == builtins.dict.get(n.id())) {
                        try {
                            return dynamicCode(n.id(), c, f);
                        } catch (PyException ex) {
                            mark(ex, c.pos());
                            throw ex;
                        }
                    }
                }
                default -> {
                    // an ordinary call
                }
            }
        }
        List<Expr> argExprs = c.args();
        boolean simple = true;
        for (int i = 0, n = argExprs.size(); i < n; i++) {
            if (argExprs.get(i) instanceof Expr.Starred) {
                simple = false;
                break;
            }
        }
        Object callee;
        Object[] args;
        Object self = null;
        if (c.func() instanceof Expr.Attribute a && simple) {
            // obj.method(...): the method found on the class is called with obj first, as
            // CPython's LOAD_METHOD does, without the bound method getattr would make.
            Object obj = eval(a.value(), f);
            Object m = Py.method(obj, a.attr());
            if (m != null) {
                callee = m;
                self = obj;
            } else {
                try {
                    callee = Py.getattr(obj, a.attr());
                } catch (PyException ex) {
                    mark(ex, a.pos());
                    throw ex;
                }
            }
        } else {
            callee = eval(c.func(), f);
        }
        Map<String, Object> kwargs = NO_KWARGS;
        if (simple) {
            int first = self == null ? 0 : 1;
            args = new Object[argExprs.size() + first];
            if (self != null) {
                args[0] = self;
            }
            for (int i = first; i < args.length; i++) {
                args[i] = eval(argExprs.get(i - first), f);
            }
        } else {
            args = evalItems(argExprs, f).toArray();
        }
        if (!c.keywords().isEmpty()) {
            kwargs = new LinkedHashMap<>();
            for (Expr.Keyword k : c.keywords()) {
                if (k.name() == null) {
                    Object m = eval(k.value(), f);
                    PyDict d;
                    if (m instanceof PyDict plain) {
                        d = plain;
                    } else if (!(m instanceof PyList) && Py.getattrOrNull(m, "keys") != null) {
                        // any mapping: its keys(), each looked up with its own __getitem__
                        d = new PyDict();
                        Py.mergeMapping(d, m);
                    } else {
                        throw Py.typeError(Calls.describe(callee) + " argument after ** must be a mapping, not "
                                + Py.typeName(m));
                    }
                    for (Map.Entry<Object, Object> en : d.map.entrySet()) {
                        if (!(en.getKey() instanceof String key)) {
                            throw Py.typeError("keywords must be strings");
                        }
                        if (kwargs.containsKey(key)) {
                            throw Py.typeError(Calls.describe(callee) + " got multiple values for keyword argument '"
                                    + key + "'");
                        }
                        kwargs.put(key, en.getValue());
                    }
                } else {
                    kwargs.put(k.name(), eval(k.value(), f));
                }
            }
        }
        // One expression can be a long computation (nested functions on big arrays): each call is a place to stop.
        checkInterrupt();
        try {
            return Py.call(callee, args, kwargs);
        } catch (PyException ex) {
            mark(ex, c.pos());
            throw ex;
        } catch (RuntimeException ex) {
            // The engine's errors (a shape that cannot be reshaped) point at the call, as CPython's carets do.
            PyException p = Errors.fromJava(ex);
            mark(p, c.pos());
            throw p;
        }
    }

    // ---- functions ----

    private Object makeFunction(String name, Params params, List<Stmt> body, Expr expression,
            dezero.lang.syntax.Scope scope, Frame f, Pos pos) {
        Object[] defaults = new Object[params.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = eval(params.defaults().get(i), f);
        }
        Object[] kwDefaults = new Object[params.kwonly().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = params.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : eval(d, f);
        }
        String qualname = qualify(name, f);
        Frame closure = f.kind == Frame.Kind.MODULE ? null : f;
        return new PyFunction(name, qualname, params, defaults, kwDefaults, body, expression, scope, closure,
                f.module, this, f.filename, pos.line());
    }

    private static String qualify(String name, Frame f) {
        if (f.kind == Frame.Kind.CLASS) {
            return f.locals.get("__qualname__") + "." + name;
        }
        if (f.kind == Frame.Kind.FUNCTION) {
            return f.function.qualname + ".<locals>." + name;
        }
        return name;
    }

    private Object decorate(Object v, List<Expr> decorators, Frame f) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            v = Py.call(eval(decorators.get(i), f), v);
        }
        return v;
    }

    /** Calls a Python function: binds the arguments, runs the body (or makes a generator). */
    public Object callFunction(PyFunction fn, Object[] args, Map<String, Object> kwargs) {
        Frame frame = Frame.call(fn);
        Calls.bind(fn, args, kwargs, frame.locals);
        if (fn.scope.generator()) {
            return new PyGenerator(this, fn, frame);
        }
        if (++depth > RECURSION_LIMIT) {
            depth--;
            throw Py.error(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        frame.line = fn.line;
        try {
            return runBody(fn, frame);
        } catch (PyException e) {
            e.leave(frame);
            throw e;
        } catch (StackOverflowError e) {
            PyException p = Py.error(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
            p.leave(frame);
            throw p;
        } finally {
            depth--;
        }
    }

    /** Runs a function's body in its frame and gives the returned value. */
    Object runBody(PyFunction fn, Frame frame) {
        if (fn.expression != null) {
            return eval(fn.expression, frame);
        }
        int code = exec(fn.body, frame);
        return code == RETURN ? frame.returned : PyNone.NONE;
    }

    private Object yieldExpr(Expr.Yield y, Frame f) {
        PyGenerator g = f.generator;
        if (y.from()) {
            Object result = PyNone.NONE;
            Iterator<Object> it = Py.iter(eval(y.value(), f));
            while (it.hasNext()) {
                g.yieldValue(it.next());
            }
            return result;
        }
        Object v = y.value() == null ? PyNone.NONE : eval(y.value(), f);
        return g.yieldValue(v);
    }
}
