package dezero.lang.runtime;

import dezero.lang.syntax.Expr;
import dezero.lang.syntax.Params;
import dezero.lang.syntax.Scope;
import dezero.lang.syntax.Stmt;
import java.util.LinkedHashMap;
import java.util.List;

/** A function made by {@code def} or {@code lambda}: its code, defaults, closure and module. */
public final class PyFunction {
    public final String name;
    public final String qualname;
    public final Params params;
    /** Values of the trailing positional defaults, evaluated when the def ran. */
    public final Object[] defaults;
    /** Keyword-only defaults, null where the parameter has none. */
    public final Object[] kwDefaults;
    public final List<Stmt> body;
    /** A lambda's expression (then {@code body} is empty). */
    public final Expr expression;
    public final Scope scope;
    /** The frame the def ran in, for closures (null at module level). */
    public final Frame closure;
    public final PyModule module;
    public final Interpreter interpreter;
    public final String filename;
    public final int line;
    public final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    /** Only positional parameters (no *args, keyword-only or **kwargs): calls bind by position alone. */
    final boolean simple;

    PyFunction(String name, String qualname, Params params, Object[] defaults, Object[] kwDefaults, List<Stmt> body,
            Expr expression, Scope scope, Frame closure, PyModule module, Interpreter interpreter, String filename,
            int line) {
        this.name = name;
        this.qualname = qualname;
        this.params = params;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.body = body;
        this.expression = expression;
        this.scope = scope;
        this.closure = closure;
        this.module = module;
        this.interpreter = interpreter;
        this.filename = filename;
        this.line = line;
        this.simple = params.varargs() == null && params.varkw() == null && params.kwonly().isEmpty();
    }

    /** The string a body starts with (a function's or a class's docstring), or null. */
    public static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof dezero.lang.syntax.Expr.Const c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    @Override
    public String toString() {
        Object shown = dict.get("__qualname__");
        return "<function " + (shown instanceof String q ? q : qualname) + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
