package dezero.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an expression tree back as source, with only the parentheses the grammar needs, so that
 * parsing the text exercises precedence and associativity: {@code (a + b) * c}, {@code a - (b - c)},
 * {@code -a ** b} (that is {@code -(a ** b)}), {@code (-a) ** b}, {@code a ** b ** c}.
 */
final class SourcePrinter {
    /** Binding strength: what an operand must have to go without parentheses. */
    private static final int TERM = 1;
    private static final int FACTOR = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int POSTFIX = 5;

    private SourcePrinter() {}

    static String print(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.lexeme();
        }
        if (e instanceof Expr.Str s) {
            return Repr.repr(new Value.Str(s.value()));
        }
        if (e instanceof Expr.Keyword k) {
            return k.word();
        }
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.ListExpr l) {
            return "[" + String.join(", ", all(l.items())) + "]";
        }
        if (e instanceof Expr.TupleExpr t) {
            return t.items().size() == 1 ? "(" + print(t.items().get(0)) + ",)"
                    : "(" + String.join(", ", all(t.items())) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return u.op() + operand(u.operand(), UNARY);
        }
        if (e instanceof Expr.Binary b) {
            if (b.op().equals("**")) {
                return operand(b.left(), POSTFIX) + " ** " + operand(b.right(), UNARY);
            }
            int level = strength(b);
            return operand(b.left(), level) + " " + b.op() + " " + operand(b.right(), level + 1);
        }
        if (e instanceof Expr.Call c) {
            List<String> args = all(c.args());
            c.kwargs().forEach(k -> args.add(k.name() + "=" + print(k.value())));
            return operand(c.callee(), POSTFIX) + "(" + String.join(", ", args) + ")";
        }
        if (e instanceof Expr.Attribute a) {
            return operand(a.object(), POSTFIX) + "." + a.name();
        }
        Expr.Index i = (Expr.Index) e;
        return operand(i.object(), POSTFIX) + "[" + print(i.index()) + "]";
    }

    /** {@code e} as an operand that needs at least {@code needed}: in parentheses if it binds less. */
    private static String operand(Expr e, int needed) {
        String s = print(e);
        return strength(e) >= needed ? s : "(" + s + ")";
    }

    private static int strength(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case "+", "-" -> TERM;
                case "**" -> POWER;
                default -> FACTOR;
            };
        }
        return e instanceof Expr.Unary ? UNARY : POSTFIX;
    }

    private static List<String> all(List<Expr> items) {
        List<String> out = new ArrayList<>();
        items.forEach(x -> out.add(print(x)));
        return out;
    }
}
