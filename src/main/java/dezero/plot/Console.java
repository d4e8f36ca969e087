package dezero.plot;

import java.util.Map;

/**
 * Where {@code show()} writes when there is no window: a terminal of {@code columns} x
 * {@code rows} cells (with or without colour), or a pipe, where only the PNG's path is printed.
 *
 * @param terminal true for a terminal (the figure is drawn in it), false for a pipe or CI
 * @param columns the width to draw the figure in
 * @param rows the height to draw the figure in
 * @param color true to draw with ANSI colours
 */
public record Console(boolean terminal, int columns, int rows, boolean color) {
    private static final int DEFAULT_COLUMNS = 80;
    private static final int DEFAULT_ROWS = 24;

    public Console {
        if (terminal && (columns < 1 || rows < 1)) {
            throw new IllegalArgumentException("a terminal needs at least 1 x 1 cells, got " + columns + " x " + rows);
        }
    }

    /** A terminal area to draw figures in (the REPL gives its terminal's size, less a prompt line). */
    public static Console terminal(int columns, int rows, boolean color) {
        return new Console(true, columns, rows, color);
    }

    /** No terminal: {@code show()} prints only the PNG's path, on stderr. */
    public static Console pipe() {
        return new Console(false, 0, 0, false);
    }

    /**
     * This JVM's own: a terminal when {@code System.console()} is one, sized by {@code COLUMNS}
     * and {@code LINES} (80 x 24 without them), in colour unless {@code NO_COLOR} is set or
     * {@code TERM} is {@code dumb}.
     */
    public static Console detect() {
        return detect(System.console() != null, System.getenv());
    }

    static Console detect(boolean isTerminal, Map<String, String> env) {
        if (!isTerminal) {
            return pipe();
        }
        int columns = positive(env.get("COLUMNS"), DEFAULT_COLUMNS);
        int rows = positive(env.get("LINES"), DEFAULT_ROWS);
        String term = env.getOrDefault("TERM", "");
        boolean color = env.get("NO_COLOR") == null && !term.equals("dumb") && !term.isEmpty();
        return terminal(columns, Math.max(1, rows - 1), color);
    }

    private static int positive(String s, int fallback) {
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
