package dezero.lang;

import java.util.List;

/** A statement: an assignment (to a name or to a Variable's {@code data}), an expression, a command or an import; {@code extent} covers its text. */
public sealed interface Stmt {
    Extent extent();

    /** From the first token's start to the last token's end, possibly over several lines. */
    record Extent(Span first, Span last) {}

    /** {@code NAME = expr}. */
    record Assign(String name, Span nameSpan, Expr value, Extent extent) implements Stmt {}

    /** {@code x.data = expr}: a Variable's array replaced, as the book's Newton step does; {@code target} as typed. */
    record SetData(Expr object, String target, Expr value, Extent extent) implements Stmt {}

    record ExprStmt(Expr expr, Extent extent) implements Stmt {}

    /** {@code backward y retain}: the command word and its raw argument words. */
    record Command(String name, Span nameSpan, List<Token> words, Extent extent) implements Stmt {}

    /** {@code import numpy as np} or {@code from dezero import Variable}: the words after the keyword. */
    record Import(String keyword, List<Token> words, Extent extent) implements Stmt {}

    /** The statements of one logical line; {@code silenced} when it ends with {@code ;}. */
    record Program(List<Stmt> statements, boolean silenced) {}
}
