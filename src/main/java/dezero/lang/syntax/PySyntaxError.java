package dezero.lang.syntax;

/**
 * A program that does not parse, in CPython's words: {@code kind} is {@code SyntaxError} or
 * {@code IndentationError}, the position points the caret.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final Pos pos;

    public PySyntaxError(String kind, String message, Pos pos) {
        super(message, null, false, false);
        this.kind = kind;
        this.pos = pos;
    }

    public static PySyntaxError syntax(String message, Pos pos) {
        return new PySyntaxError("SyntaxError", message, pos);
    }

    public static PySyntaxError indentation(String message, Pos pos) {
        return new PySyntaxError("IndentationError", message, pos);
    }

    /** {@code SyntaxError} or {@code IndentationError}. */
    public String kind() {
        return kind;
    }

    public Pos pos() {
        return pos;
    }
}
