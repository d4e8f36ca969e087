package dezero.lang.syntax;

/**
 * A token of Python source. {@code text} is the source text, except for strings, where it is the
 * decoded value (the raw body for an f-string) and {@code prefix} holds the string's prefix.
 */
public record Tok(Kind kind, String text, String prefix, Pos pos) {
    /** The kinds CPython's tokenizer gives. */
    public enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    public boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == Kind.OP && text.equals(t);
    }

    public boolean isName(String t) {
        return kind == Kind.NAME && text.equals(t);
    }
}
