package dezero.lang.syntax;

/** Where a token or node starts and ends: 1-based lines, 0-based columns (end exclusive). */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** From the start of this position to the end of {@code other}. */
    public Pos to(Pos other) {
        return new Pos(line, col, other.endLine, other.endCol);
    }
}
