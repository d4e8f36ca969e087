package dezero.lang.syntax;

import java.util.List;

/** A Python statement; {@code pos} is where it starts (tracebacks show its line). */
public sealed interface Stmt {
    Pos pos();

    record ExprStmt(Expr value, Pos pos) implements Stmt {}

    /** {@code a = b = value}: several targets, each a name, attribute, subscript, tuple or list. */
    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {}

    /** {@code x += 1}: op without the {@code =}. */
    record AugAssign(Expr target, String op, Expr value, Pos pos) implements Stmt {}

    /** {@code x: int = 1} (the annotation is evaluated and dropped, as at module level it only records it). */
    record AnnAssign(Expr target, Expr annotation, Expr value, Pos pos) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    /** {@code match subject:} with its {@code case} clauses, tried in order. */
    record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {}

    /** {@code case pattern if guard:} and its body; guard may be null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    /** {@code return value}; value may be null. */
    record Return(Expr value, Pos pos) implements Stmt {}

    record FunctionDef(String name, Params params, List<Stmt> body, List<Expr> decorators, Scope scope, Pos pos)
            implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body, List<Expr> decorators,
            Pos pos) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {}

    /** {@code expr as target}; target may be null. */
    record WithItem(Expr context, Expr target) {}

    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos)
            implements Stmt {}

    /** {@code except type as name:}; type and name may be null. */
    record Handler(Expr type, String name, List<Stmt> body, Pos pos) {}

    /** {@code raise exc from cause}; both may be null. */
    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

    record Delete(List<Expr> targets, Pos pos) implements Stmt {}

    record Global(List<String> names, Pos pos) implements Stmt {}

    record Nonlocal(List<String> names, Pos pos) implements Stmt {}

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names, Pos pos) implements Stmt {}

    /** {@code from module import a as b} ({@code names} is a single {@code *} alias for a star import). */
    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {}

    /** {@code name as asname}; asname may be null. */
    record Alias(String name, String asname) {}
}
