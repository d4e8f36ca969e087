package dezero.lang;

/**
 * Where a token or a node sits in the source: a 1-based line, a 0-based start column and an
 * exclusive end column on that line (a node that spans lines ends at the end of its first line).
 */
public record Span(int line, int column, int endColumn) {
    /** A span for errors that have no place in the source (an interrupt, a file that is missing). */
    public static final Span NONE = new Span(0, 0, 0);

    public Span {
        if (endColumn < column) {
            endColumn = column;
        }
    }

    /** From the start of this span to the end of {@code other} (on this span's line). */
    public Span to(Span other) {
        if (other.line != line) {
            return this;
        }
        return new Span(line, column, Math.max(endColumn, other.endColumn));
    }

    /** True for {@link #NONE}. */
    public boolean isNone() {
        return line == 0;
    }
}
