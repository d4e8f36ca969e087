package dezero.plot;

/**
 * A grid of terminal cells: a character, a foreground and a background colour (xterm-256
 * indices, -1 for the terminal's own) per cell, with Unicode braille dots (2 x 4 per cell) for
 * drawing lines at twice the columns and four times the rows; written out as text with ANSI
 * colours, or plain.
 */
final class CellGrid {
    private static final char BRAILLE = '\u2800';
    /** Braille dot bits by (dot column, dot row): the Unicode order is column 0 rows 0-2, column 1 rows 0-2, then row 3. */
    private static final int[][] DOT = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

    final int columns;
    final int rows;
    private final char[][] chars;
    private final int[][] dots;
    private final int[][] fg;
    private final int[][] bg;

    CellGrid(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        chars = new char[rows][columns];
        dots = new int[rows][columns];
        fg = new int[rows][columns];
        bg = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(chars[r], ' ');
            java.util.Arrays.fill(fg[r], -1);
            java.util.Arrays.fill(bg[r], -1);
        }
    }

    boolean inside(int col, int row) {
        return col >= 0 && row >= 0 && col < columns && row < rows;
    }

    /** Writes {@code text} from (col, row), clipped to the grid. */
    void text(int col, int row, String text, int color) {
        for (int i = 0; i < text.length(); i++) {
            put(col + i, row, text.charAt(i), color);
        }
    }

    /** Sets one cell's character (and its colour, unless -1), clearing its dots. */
    void put(int col, int row, char c, int color) {
        if (inside(col, row)) {
            chars[row][col] = c;
            dots[row][col] = 0;
            if (color >= 0) {
                fg[row][col] = color;
            }
        }
    }

    void background(int col, int row, int color) {
        if (inside(col, row)) {
            bg[row][col] = color;
        }
    }

    /** Sets the braille dot at dot coordinates (x, y): {@code x / 2} is the column, {@code y / 4} the row. */
    void dot(int x, int y, int color) {
        int col = Math.floorDiv(x, 2);
        int row = Math.floorDiv(y, 4);
        if (!inside(col, row)) {
            return;
        }
        if (dots[row][col] == 0 && chars[row][col] != ' ') {
            return;
        }
        dots[row][col] |= DOT[x - 2 * col][y - 4 * row];
        chars[row][col] = (char) (BRAILLE + dots[row][col]);
        if (color >= 0) {
            fg[row][col] = color;
        }
    }

    /** A line of dots from (x0, y0) to (x1, y1), Bresenham's. */
    void line(int x0, int y0, int x1, int y1, int color) {
        int dx = Math.abs(x1 - x0);
        int dy = -Math.abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1;
        int sy = y0 < y1 ? 1 : -1;
        int err = dx + dy;
        int guard = 4 * (columns * 2 + rows * 4) + 8;
        while (guard-- > 0) {
            dot(x0, y0, color);
            if (x0 == x1 && y0 == y1) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x0 += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y0 += sy;
            }
        }
    }

    /** The grid as lines of text: ANSI 256-colour escapes when {@code color}, trailing blanks dropped. */
    String toText(boolean color) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int end = columns;
            while (end > 0 && chars[r][end - 1] == ' ' && (!color || bg[r][end - 1] < 0)) {
                end--;
            }
            int curFg = -1;
            int curBg = -1;
            for (int c = 0; c < end; c++) {
                if (color) {
                    int f = chars[r][c] == ' ' ? curFg : fg[r][c];
                    if (f != curFg || bg[r][c] != curBg) {
                        out.append("\u001b[0m");
                        if (f >= 0) {
                            out.append("\u001b[38;5;").append(f).append('m');
                        }
                        if (bg[r][c] >= 0) {
                            out.append("\u001b[48;5;").append(bg[r][c]).append('m');
                        }
                        curFg = f;
                        curBg = bg[r][c];
                    }
                }
                out.append(chars[r][c]);
            }
            if (color && (curFg >= 0 || curBg >= 0)) {
                out.append("\u001b[0m");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The xterm-256 colour nearest to {@code c}: from the 6x6x6 cube or the grey ramp. */
    static int xterm256(java.awt.Color c) {
        int[] levels = {0, 95, 135, 175, 215, 255};
        int ri = nearestLevel(levels, c.getRed());
        int gi = nearestLevel(levels, c.getGreen());
        int bi = nearestLevel(levels, c.getBlue());
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int cubeDist = sq(levels[ri] - c.getRed()) + sq(levels[gi] - c.getGreen()) + sq(levels[bi] - c.getBlue());
        int mean = (c.getRed() + c.getGreen() + c.getBlue()) / 3;
        int gi2 = Math.max(0, Math.min(23, Math.round((mean - 8) / 10f)));
        int grey = 8 + 10 * gi2;
        int greyDist = sq(grey - c.getRed()) + sq(grey - c.getGreen()) + sq(grey - c.getBlue());
        return greyDist < cubeDist ? 232 + gi2 : cube;
    }

    private static int nearestLevel(int[] levels, int v) {
        int best = 0;
        for (int i = 1; i < levels.length; i++) {
            if (Math.abs(levels[i] - v) < Math.abs(levels[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    private static int sq(int v) {
        return v * v;
    }
}
