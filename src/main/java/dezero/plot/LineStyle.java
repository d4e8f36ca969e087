package dezero.plot;

/**
 * matplotlib's line styles, with its dash patterns in multiples of the line width
 * ({@code lines.dashed_pattern} and friends, scaled as matplotlib 2+ scales them).
 */
public enum LineStyle {
    SOLID("-", "solid", null),
    DASHED("--", "dashed", new float[] {3.7f, 1.6f}),
    DASHDOT("-.", "dashdot", new float[] {6.4f, 1.6f, 1f, 1.6f}),
    DOTTED(":", "dotted", new float[] {1f, 1.65f}),
    NONE("None", "none", null);

    private final String symbol;
    private final String word;
    private final float[] dashes;

    LineStyle(String symbol, String word, float[] dashes) {
        this.symbol = symbol;
        this.word = word;
        this.dashes = dashes;
    }

    /** The format-string symbol: {@code -}, {@code --}, {@code -.}, {@code :}. */
    public String symbol() {
        return symbol;
    }

    /** The dash pattern for a line of this width in points, or null for a solid line. */
    float[] dashes(float width) {
        if (dashes == null) {
            return null;
        }
        float[] d = dashes.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= width;
        }
        return d;
    }

    /** The style a {@code linestyle=} value names ({@code '--'} or {@code 'dashed'}). */
    static LineStyle parse(String name) {
        if (name.isEmpty() || name.equals(" ") || name.equals("None")) {
            return NONE;
        }
        for (LineStyle s : values()) {
            if (s.symbol.equals(name) || s.word.equals(name)) {
                return s;
            }
        }
        throw PlotException.value("'" + name + "' is not a valid value for ls; supported values are "
                + "'-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
    }
}
