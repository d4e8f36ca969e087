package dezero.lang;

import java.util.List;

/** An expression of the REPL language; each case keeps the span errors point at. */
public sealed interface Expr {
    Span span();

    /** A number as typed: {@code 3}, {@code 2.5}, {@code 1e-5}. */
    record Num(String lexeme, Span span) implements Expr {
        /** True for an integer literal (no {@code .} and no exponent), as Python's {@code int}. */
        public boolean isInt() {
            return lexeme.chars().allMatch(Character::isDigit);
        }
    }

    /** A string literal's contents. */
    record Str(String value, Span span) implements Expr {}

    /** {@code True}, {@code False} or {@code None}. */
    record Keyword(String word, Span span) implements Expr {}

    record Name(String name, Span span) implements Expr {}

    /** {@code [a, b]}. */
    record ListExpr(List<Expr> items, Span span) implements Expr {}

    /** {@code (a, b)}, {@code (a,)} or {@code ()}. */
    record TupleExpr(List<Expr> items, Span span) implements Expr {}

    /** {@code -x} or {@code +x}. */
    record Unary(String op, Expr operand, Span span) implements Expr {}

    /** {@code a + b}, {@code a ** b}, {@code a @ b}; {@code opSpan} is the operator's. */
    record Binary(Expr left, String op, Expr right, Span opSpan, Span span) implements Expr {}

    /** {@code f(a, k=v)}. */
    record Call(Expr callee, List<Expr> args, List<Kwarg> kwargs, Span span) implements Expr {}

    /** {@code k=v} in a call. */
    record Kwarg(String name, Expr value, Span nameSpan) {}

    /** {@code a.name}; the span is the name's. */
    record Attribute(Expr object, String name, Span span) implements Expr {}

    /** {@code a[i]}. */
    record Index(Expr object, Expr index, Span span) implements Expr {}
}
