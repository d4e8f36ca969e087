package dezero.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One set of axes of a {@link Figure}, as matplotlib's {@code Axes}: what {@code plot},
 * {@code scatter} and {@code contourf} drew on it, its title, labels, limits, grid and legend.
 * Lines and scatters take the next colour of matplotlib's cycle unless given one (two cycles,
 * as matplotlib keeps: one for lines, one for scatters).
 */
public final class Axes {
    /** matplotlib's {@code axes.xmargin}/{@code ymargin}: data limits widened by 5% each side. */
    private static final double MARGIN = 0.05;
    private static final Set<String> PLOT_KEYS =
            Set.of("color", "c", "label", "linestyle", "ls", "marker", "linewidth", "lw", "markersize", "ms");
    private static final Set<String> SCATTER_KEYS = Set.of("s", "c", "color", "marker", "label");

    private final List<Series> series = new ArrayList<>();
    private int lineCycle;
    private int scatterCycle;
    private String title = "";
    private String xlabel = "";
    private String ylabel = "";
    private double[] xlim;
    private double[] ylim;
    private boolean grid;
    private LegendLoc legend;

    /** {@code plot(y)}: y against 0, 1, 2, ... */
    public Axes plot(double[] y) {
        return plot(indices(y.length), y, "", Map.of());
    }

    /** {@code plot(y, 'ro')}: y against 0, 1, 2, ... in a format. */
    public Axes plot(double[] y, String fmt) {
        return plot(indices(y.length), y, fmt, Map.of());
    }

    /** {@code plot(x, y)}: a solid line in the next colour of the cycle. */
    public Axes plot(double[] x, double[] y) {
        return plot(x, y, "", Map.of());
    }

    /** {@code plot(x, y, 'r--')}. */
    public Axes plot(double[] x, double[] y, String fmt) {
        return plot(x, y, fmt, Map.of());
    }

    /**
     * {@code plot(x, y, fmt, color=, label=, linestyle=, marker=, linewidth=, markersize=)}; the
     * keywords win over the format string, as in matplotlib. {@code fmt} may be empty.
     */
    public Axes plot(double[] x, double[] y, String fmt, Map<String, ?> kwargs) {
        if (x.length != y.length) {
            throw PlotException.value("x and y must have same first dimension, but have shapes (" + x.length
                    + ",) and (" + y.length + ",)");
        }
        Kwargs kw = new Kwargs(kwargs, "Line2D", PLOT_KEYS);
        FormatString f = FormatString.parse(fmt == null ? "" : fmt);
        Object colorValue = kw.get("color", "c");
        Color color = colorValue != null ? Colors.of(colorValue) : f.color();
        if (color == null) {
            color = Colors.cycle(lineCycle++);
        }
        String ls = kw.string("linestyle", "ls");
        String markerName = kw.string("marker");
        MarkerShape marker = markerName != null ? MarkerShape.parse(markerName) : f.marker();
        LineStyle style = ls != null ? LineStyle.parse(ls) : f.line();
        Double lw = kw.number("linewidth", "lw");
        Double ms = kw.number("markersize", "ms");
        series.add(new Series.Line(x.clone(), y.clone(), color, style, lw == null ? 1.5f : lw.floatValue(), marker,
                ms == null ? 6 : ms, label(kw.string("label"))));
        return this;
    }

    /** {@code scatter(x, y)}: circles of 36 points squared in the next colour of the cycle. */
    public Axes scatter(double[] x, double[] y) {
        return scatter(x, y, Map.of());
    }

    /**
     * {@code scatter(x, y, s, c, marker)} with typed arguments: {@code sizes} in points squared
     * (one, or one per point), {@code values} one number per point coloured by viridis (or null
     * for the cycle's colour), {@code marker} a marker code (or null for {@code 'o'}).
     */
    public Axes scatter(double[] x, double[] y, double[] sizes, double[] values, String marker) {
        Map<String, Object> kw = new java.util.HashMap<>();
        if (sizes != null) {
            kw.put("s", sizes);
        }
        if (values != null) {
            kw.put("c", values);
        }
        if (marker != null) {
            kw.put("marker", marker);
        }
        return scatter(x, y, kw);
    }

    /**
     * {@code scatter(x, y, s=, c=, color=, marker=, label=)}: {@code s} a number or one per point;
     * {@code c} a colour, a list of colours, or one number per point (coloured by viridis).
     */
    public Axes scatter(double[] x, double[] y, Map<String, ?> kwargs) {
        if (x.length != y.length) {
            throw PlotException.value("x and y must be the same size");
        }
        Kwargs kw = new Kwargs(kwargs, "PathCollection", SCATTER_KEYS);
        Object s = kw.get("s");
        double[] sizes = s == null ? new double[] {36} : Kwargs.numbers(s, "s");
        if (sizes.length != 1 && sizes.length != x.length) {
            throw PlotException.value("s must be a scalar, or float array-like with the same size as x and y");
        }
        Object c = kw.get("c");
        Object color = kw.get("color");
        Color[] colors = c == null && color == null ? new Color[] {Colors.cycle(scatterCycle++)}
                : ScatterColors.of(c, color, x.length);
        String markerName = kw.string("marker");
        MarkerShape marker = markerName == null ? MarkerShape.CIRCLE : MarkerShape.parse(markerName);
        series.add(new Series.Points(x.clone(), y.clone(), sizes.clone(), colors,
                marker == null ? MarkerShape.CIRCLE : marker, label(kw.string("label"))));
        return this;
    }

    /**
     * {@code contourf(xx, yy, Z)} over a meshgrid ({@code np.meshgrid(xs, ys)}): regions filled by
     * value, drawn below lines and scatters.
     */
    public Axes contourf(double[][] xx, double[][] yy, double[][] z) {
        series.add(ContourGrid.of(xx, yy, z));
        return this;
    }

    /**
     * {@code contourf} over flat row-major arrays of shape (rows, cols), as an ndarray holds them:
     * x varies along a row, y down a column. The arrays are read, not kept.
     */
    public Axes contourf(double[] xx, double[] yy, double[] z, int rows, int cols) {
        series.add(ContourGrid.of(xx, yy, z, rows, cols));
        return this;
    }

    /** {@code set_title}. */
    public Axes title(String text) {
        title = text == null ? "" : text;
        return this;
    }

    /** {@code set_xlabel}. */
    public Axes xlabel(String text) {
        xlabel = text == null ? "" : text;
        return this;
    }

    /** {@code set_ylabel}. */
    public Axes ylabel(String text) {
        ylabel = text == null ? "" : text;
        return this;
    }

    /**
     * {@code set_xlim(left, right)}: fixes the x range (autoscaling stops). Equal limits are widened
     * as matplotlib widens them; reversed ones are put in order (inverted axes are not drawn).
     */
    public Axes xlim(double left, double right) {
        xlim = limits(left, right);
        return this;
    }

    /** {@code set_ylim(bottom, top)}, as {@link #xlim(double, double)}. */
    public Axes ylim(double bottom, double top) {
        ylim = limits(bottom, top);
        return this;
    }

    private static double[] limits(double a, double b) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw PlotException.value("Axis limits cannot be NaN or Inf");
        }
        return a == b ? widen(a, b) : new double[] {Math.min(a, b), Math.max(a, b)};
    }

    /** matplotlib's {@code nonsingular}: a zero-width range becomes 5% of its value each side (0.05 at 0). */
    private static double[] widen(double lo, double hi) {
        double pad = lo == 0 ? 0.05 : 0.05 * Math.abs(lo);
        return new double[] {lo - pad, hi + pad};
    }

    /** The x range drawn: the one set, or the data's with matplotlib's 5% margins. */
    public double[] xlim() {
        return xlim != null ? xlim.clone() : autoLimits(true);
    }

    /** The y range drawn: the one set, or the data's with matplotlib's 5% margins. */
    public double[] ylim() {
        return ylim != null ? ylim.clone() : autoLimits(false);
    }

    /** {@code grid(True)} / {@code grid(False)}. */
    public Axes grid(boolean on) {
        grid = on;
        return this;
    }

    /** {@code legend()}: a legend of the labelled series, placed where it hides the fewest points. */
    public Axes legend() {
        return legend("best");
    }

    /** {@code legend(loc='lower right')}: matplotlib's location names or codes 0-10. */
    public Axes legend(String loc) {
        legend = LegendLoc.parse(loc);
        return this;
    }

    public String title() {
        return title;
    }

    public String xlabel() {
        return xlabel;
    }

    public String ylabel() {
        return ylabel;
    }

    public boolean gridOn() {
        return grid;
    }

    /** The legend's location, or null when {@code legend()} was not called. */
    public LegendLoc legendLoc() {
        return legend;
    }

    /** True when a legend was asked for and some series has a label to show. */
    boolean hasLegendEntries() {
        return legend != null && series.stream().anyMatch(s -> s.label() != null);
    }

    /** True when nothing has been drawn on these axes. */
    public boolean isEmpty() {
        return series.isEmpty();
    }

    List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    private double[] autoLimits(boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double stickyLo = Double.NaN;
        double stickyHi = Double.NaN;
        for (Series s : series) {
            double[] v;
            if (s instanceof Series.Line l) {
                v = x ? l.x() : l.y();
            } else if (s instanceof Series.Points p) {
                v = x ? p.x() : p.y();
            } else {
                Series.Contour c = (Series.Contour) s;
                v = x ? c.xs() : c.ys();
                stickyLo = Double.isNaN(stickyLo) ? v[0] : Math.min(stickyLo, v[0]);
                stickyHi = Double.isNaN(stickyHi) ? v[v.length - 1] : Math.max(stickyHi, v[v.length - 1]);
            }
            for (double d : v) {
                if (Double.isFinite(d)) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            return widen(lo, hi);
        }
        double pad = (hi - lo) * MARGIN;
        // contourf's edges are sticky in matplotlib: the margin never reaches past the filled grid.
        double left = lo == stickyLo ? lo : lo - pad;
        double right = hi == stickyHi ? hi : hi + pad;
        return new double[] {left, right};
    }

    private static String label(String label) {
        return label == null || label.startsWith("_") ? null : label;
    }

    private static double[] indices(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
