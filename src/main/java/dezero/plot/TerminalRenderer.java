package dezero.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure drawn as text for a terminal without a display: lines in Unicode braille (2 x 4
 * dots a cell), scatter points as marker characters ({@code • × ▲}), contourf regions as cell
 * backgrounds (or shades {@code ░▒▓} without colour), a frame with ticks, the title, labels and
 * legend; in xterm-256 colours when colour is on. Subplots share the area as their grid says.
 *
 * <pre>
 *    1.0 ┤⡀     ⢀⠔⠉⠑⢄
 *    0.0 ┤⠈⠢⡀ ⢀⠔⠁    ⠑⡄
 *   -1.0 ┤  ⠈⠒⠁       ⠈
 *        └┬────┬────┬───
 *         0    2    4
 * </pre>
 */
public final class TerminalRenderer {
    private static final char[] SHADES = {' ', '░', '▒', '▓'};
    private final int columns;
    private final int rows;
    private final boolean color;

    /**
     * A renderer for an area of {@code columns} x {@code rows} cells.
     *
     * @param color true to write ANSI colours (a colour terminal), false for plain text
     */
    public TerminalRenderer(int columns, int rows, boolean color) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a terminal area needs at least 1 x 1 cells, got " + columns + " x " + rows);
        }
        this.columns = columns;
        this.rows = rows;
        this.color = color;
    }

    /** The figure as text: {@code rows} lines, each ending in a newline (trailing blanks dropped). */
    public String render(Figure figure) {
        CellGrid grid = new CellGrid(columns, rows);
        for (Figure.Slot s : figure.slots()) {
            int row = (s.index() - 1) / s.ncols();
            int col = (s.index() - 1) % s.ncols();
            int x0 = col * columns / s.ncols();
            int x1 = (col + 1) * columns / s.ncols();
            int y0 = row * rows / s.nrows();
            int y1 = (row + 1) * rows / s.nrows();
            drawAxes(grid, s.axes(), x0, y0, x1 - x0 - (col + 1 < s.ncols() ? 1 : 0), y1 - y0);
        }
        return grid.toText(color);
    }

    /**
     * A line chart of one series against 0, 1, 2, ... (a loss curve), titled {@code name}: the
     * REPL's {@code plot NAME}.
     */
    public String renderSeries(String name, double[] y) {
        Figure f = new Figure();
        f.gca().plot(y).title(name);
        return render(f);
    }

    private void drawAxes(CellGrid g, Axes axes, int x, int y, int w, int h) {
        boolean top = !axes.title().isEmpty() || !axes.ylabel().isEmpty();
        List<String[]> legend = axes.hasLegendEntries() ? legendEntries(axes) : List.of();
        int bottom = 2 + (axes.xlabel().isEmpty() ? 0 : 1) + (legend.isEmpty() ? 0 : 1);
        int ph = h - bottom - (top ? 1 : 0);
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        double[] yTicks = ticks(yl, Math.max(3, ph / 3 + 1));
        String[] yLabels = Ticks.labels(yTicks, '-');
        int gutter = 0;
        for (String l : yLabels) {
            gutter = Math.max(gutter, l.length());
        }
        gutter += 2;
        int pw = w - gutter;
        if (ph < 2 || pw < 4) {
            g.text(x, y, "(too small to draw)", -1);
            return;
        }
        int px = x + gutter;
        int py = y + (top ? 1 : 0);
        TerminalPlane plane = new TerminalPlane(xl, yl, px, py, pw, ph);
        drawSeries(g, axes, plane);
        for (int r = 0; r < ph; r++) {
            g.put(px - 1, py + r, '│', -1);
        }
        for (int i = 0; i < yTicks.length; i++) {
            int r = py + (int) Math.round((yl[1] - yTicks[i]) / (yl[1] - yl[0]) * (ph - 1));
            g.put(px - 1, r, '┤', -1);
            g.text(px - 2 - yLabels[i].length(), r, yLabels[i], -1);
        }
        int axisRow = py + ph;
        g.put(px - 1, axisRow, '└', -1);
        for (int c = 0; c < pw; c++) {
            g.put(px + c, axisRow, '─', -1);
        }
        double[] xTicks = ticks(xl, Math.max(3, pw / 8));
        String[] xLabels = Ticks.labels(xTicks, '-');
        int free = px - gutter;
        for (int i = 0; i < xTicks.length; i++) {
            int c = px + (int) Math.round((xTicks[i] - xl[0]) / (xl[1] - xl[0]) * (pw - 1));
            g.put(c, axisRow, '┬', -1);
            int start = c - xLabels[i].length() / 2;
            if (start >= free && start + xLabels[i].length() <= x + w) {
                g.text(start, axisRow + 1, xLabels[i], -1);
                free = start + xLabels[i].length() + 1;
            }
        }
        int next = axisRow + 2;
        if (!axes.xlabel().isEmpty()) {
            g.text(px + Math.max(0, (pw - axes.xlabel().length()) / 2), next++, axes.xlabel(), -1);
        }
        if (top) {
            g.text(x, y, axes.ylabel(), -1);
            int start = px + Math.max(0, (pw - axes.title().length()) / 2);
            g.text(Math.max(start, x + axes.ylabel().length() + 1), y, axes.title(), -1);
        }
        if (!legend.isEmpty()) {
            int c = px;
            for (String[] e : legend) {
                int col = Integer.parseInt(e[2]);
                g.text(c, next, e[0], color ? col : -1);
                g.text(c + e[0].length() + 1, next, e[1], -1);
                c += e[0].length() + e[1].length() + 3;
            }
        }
    }

    /** Legend entries: the symbol, the label and the colour index. */
    private static List<String[]> legendEntries(Axes axes) {
        List<String[]> out = new ArrayList<>();
        for (Series s : axes.series()) {
            if (s.label() == null) {
                continue;
            }
            if (s instanceof Series.Line l) {
                String sym = l.style() == LineStyle.NONE && l.marker() != null ? String.valueOf(symbol(l.marker()))
                        : "──";
                out.add(new String[] {sym, l.label(), String.valueOf(CellGrid.xterm256(l.color()))});
            } else if (s instanceof Series.Points p) {
                out.add(new String[] {String.valueOf(symbol(p.marker())), p.label(),
                        String.valueOf(CellGrid.xterm256(p.color(0)))});
            }
        }
        return out;
    }

    private void drawSeries(CellGrid g, Axes axes, TerminalPlane plane) {
        for (Series s : axes.series()) {
            if (s instanceof Series.Contour c) {
                fill(g, c, plane);
            }
        }
        for (Series s : axes.series()) {
            if (s instanceof Series.Line l && l.style() != LineStyle.NONE) {
                int col = CellGrid.xterm256(l.color());
                for (int i = 1; i < l.x().length; i++) {
                    plane.segment(g, l.x()[i - 1], l.y()[i - 1], l.x()[i], l.y()[i], col);
                }
                if (l.x().length == 1) {
                    plane.segment(g, l.x()[0], l.y()[0], l.x()[0], l.y()[0], col);
                }
            }
        }
        for (Series s : axes.series()) {
            if (s instanceof Series.Line l && l.marker() != null) {
                for (int i = 0; i < l.x().length; i++) {
                    plane.mark(g, l.x()[i], l.y()[i], symbol(l.marker()), CellGrid.xterm256(l.color()));
                }
            } else if (s instanceof Series.Points p) {
                for (int i = 0; i < p.x().length; i++) {
                    plane.mark(g, p.x()[i], p.y()[i], symbol(p.marker()), CellGrid.xterm256(p.color(i)));
                }
            }
        }
    }

    private void fill(CellGrid g, Series.Contour c, TerminalPlane plane) {
        for (int r = 0; r < plane.h; r++) {
            for (int k = 0; k < plane.w; k++) {
                double v = c.valueAt(plane.dataX(k + 0.5), plane.dataY(r + 0.5));
                if (Double.isNaN(v)) {
                    continue;
                }
                if (color) {
                    Color col = c.levels().color(v);
                    g.background(plane.x + k, plane.y + r, CellGrid.xterm256(col));
                } else {
                    int idx = c.levels().index(v);
                    int n = Math.max(1, c.levels().count() - 1);
                    g.put(plane.x + k, plane.y + r, SHADES[idx * (SHADES.length - 1) / n], -1);
                }
            }
        }
    }

    /** The character a marker is drawn as in a terminal. */
    static char symbol(MarkerShape m) {
        return switch (m) {
            case POINT, PIXEL -> '·';
            case X, X_FILLED -> '×';
            case PLUS, PLUS_FILLED -> '+';
            case TRIANGLE_UP -> '▲';
            case TRIANGLE_DOWN -> '▼';
            case TRIANGLE_LEFT -> '◀';
            case TRIANGLE_RIGHT -> '▶';
            case SQUARE -> '■';
            case DIAMOND, THIN_DIAMOND -> '◆';
            case STAR -> '★';
            case VLINE -> '|';
            case HLINE -> '_';
            case TRI_DOWN, TRI_UP, TRI_LEFT, TRI_RIGHT -> 'Y';
            default -> '•';
        };
    }

    /** At most about {@code n} ticks inside the limits, but two at least where a finer step gives them. */
    private static double[] ticks(double[] limits, int n) {
        double lo = Math.min(limits[0], limits[1]);
        double hi = Math.max(limits[0], limits[1]);
        double[] t = Ticks.between(lo, hi, n);
        return t.length >= 2 ? t : Ticks.between(lo, hi, 2 * n);
    }
}
