package dezero.lang.syntax;

import java.util.List;

/** A Python expression; each case keeps the position errors and tracebacks point at. */
public sealed interface Expr {
    Pos pos();

    /** A literal: a Long, BigInteger, Double, String, Boolean, or one of {@link Const#NONE} and {@link Const#ELLIPSIS}. */
    record Const(Object value, Pos pos) implements Expr {
        /** Marks the literal {@code None}. */
        public static final Object NONE = new Object() {
            @Override
            public String toString() {
                return "None";
            }
        };
        /** Marks the literal {@code ...}. */
        public static final Object ELLIPSIS = new Object() {
            @Override
            public String toString() {
                return "...";
            }
        };
    }

    record Name(String id, Pos pos) implements Expr {}

    /** An f-string: literal strings and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> parts, Pos pos) implements Expr {}

    /** {@code {value!conv:spec}} in an f-string; {@code conv} is 0, 'r', 's' or 'a'; {@code spec} may be null. */
    record FormattedValue(Expr value, char conv, Expr spec, Pos pos) implements Expr {}

    record ListExpr(List<Expr> elts, Pos pos) implements Expr {}

    record TupleExpr(List<Expr> elts, Pos pos) implements Expr {}

    record SetExpr(List<Expr> elts, Pos pos) implements Expr {}

    /** {@code {k: v, **m}}: a null key marks {@code **value}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

    /** {@code a + b}: op is the operator's text ({@code + - * / // % ** @ << >> & | ^}). */
    record BinOp(Expr left, String op, Expr right, Pos pos) implements Expr {}

    /** {@code -x}, {@code +x}, {@code ~x}, {@code not x}. */
    record UnaryOp(String op, Expr operand, Pos pos) implements Expr {}

    /** {@code a and b and c} or {@code a or b}. */
    record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr {}

    /** {@code a < b <= c}: ops are {@code < > == >= <= != in not in is is not}. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, Pos pos) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    record Lambda(Params params, Expr body, Scope scope, Pos pos) implements Expr {}

    /** {@code f(a, *b, k=v, **m)}: args may hold {@link Starred}; a keyword with a null name is {@code **m}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

    record Keyword(String name, Expr value, Pos pos) {}

    record Attribute(Expr value, String attr, Pos pos) implements Expr {}

    /** {@code a[i]}; a tuple index ({@code a[:, 0]}) is a {@link TupleExpr} of {@link Slice}s and expressions. */
    record Subscript(Expr value, Expr index, Pos pos) implements Expr {}

    /** {@code lo:hi:step}; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}

    /** {@code *x} in a call, a list display or an assignment target. */
    record Starred(Expr value, Pos pos) implements Expr {}

    /** A list, set or generator comprehension; {@code kind} is '[', '{' or '('. */
    record Comprehension(char kind, Expr elt, List<ComprehensionFor> generators, Pos pos) implements Expr {}

    record DictComp(Expr key, Expr value, List<ComprehensionFor> generators, Pos pos) implements Expr {}

    /** {@code for target in iter if cond ...} inside a comprehension. */
    record ComprehensionFor(Expr target, Expr iter, List<Expr> ifs) {}

    /** {@code yield value} (value may be null) or {@code yield from value}. */
    record Yield(Expr value, boolean from, Pos pos) implements Expr {}

    /** {@code name := value}. */
    record NamedExpr(Name target, Expr value, Pos pos) implements Expr {}
}
