package dezero.lang;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a tree in prefix form for tests: {@code y = add(square(x), x)} prints
 * {@code (= y (add (square x) x))}; operators print as {@code (+ a b)}, attributes as
 * {@code (. x grad)}, a call of anything but a name as {@code (call (. y backward))}, lists as
 * {@code (list 1 2)}.
 */
public final class AstPrinter {
    private AstPrinter() {}

    /** All statements of a line, separated by {@code ; }, with a trailing {@code ;} when silenced. */
    public static String print(Stmt.Program program) {
        String body = program.statements().stream().map(AstPrinter::print).collect(Collectors.joining("; "));
        return program.silenced() ? body + ";" : body;
    }

    public static String print(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            return "(= " + a.name() + " " + print(a.value()) + ")";
        }
        if (s instanceof Stmt.SetData d) {
            return "(= (. " + print(d.object()) + " data) " + print(d.value()) + ")";
        }
        if (s instanceof Stmt.ExprStmt e) {
            return print(e.expr());
        }
        if (s instanceof Stmt.Command c) {
            return "(command " + c.name() + words(c.words()) + ")";
        }
        Stmt.Import i = (Stmt.Import) s;
        return "(" + i.keyword() + words(i.words()) + ")";
    }

    public static String print(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.lexeme();
        }
        if (e instanceof Expr.Str s) {
            return "'" + s.value() + "'";
        }
        if (e instanceof Expr.Keyword k) {
            return k.word();
        }
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.ListExpr l) {
            return "(list" + all(l.items()) + ")";
        }
        if (e instanceof Expr.TupleExpr t) {
            return "(tuple" + all(t.items()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "(" + u.op() + " " + print(u.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op() + " " + print(b.left()) + " " + print(b.right()) + ")";
        }
        if (e instanceof Expr.Call c) {
            String kw = c.kwargs().stream().map(k -> " " + k.name() + "=" + print(k.value()))
                    .collect(Collectors.joining());
            String head = c.callee() instanceof Expr.Name n ? n.name() : "call " + print(c.callee());
            return "(" + head + all(c.args()) + kw + ")";
        }
        if (e instanceof Expr.Attribute a) {
            return "(. " + print(a.object()) + " " + a.name() + ")";
        }
        Expr.Index i = (Expr.Index) e;
        return "(index " + print(i.object()) + " " + print(i.index()) + ")";
    }

    private static String all(List<Expr> items) {
        return items.stream().map(x -> " " + print(x)).collect(Collectors.joining());
    }

    private static String words(List<Token> words) {
        return words.stream().map(w -> " " + w.value()).collect(Collectors.joining());
    }
}
