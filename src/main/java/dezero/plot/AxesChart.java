package dezero.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An {@link Axes} painted as matplotlib paints it, in a coordinate space of points: XChart draws
 * the lines, markers and legend (inside the box, as matplotlib's); {@link AxesFrame} draws the box,
 * ticks, labels and title; contourf's regions and the grid go under the data. The chart is placed
 * so that its plot area lands on matplotlib's subplot box.
 */
final class AxesChart {
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    private static final Marker INVISIBLE = new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            // draws nothing: the frame series only keeps the axes
        }
    };
    private static final Function<Double, String> NO_LABEL = new Function<>() {
        @Override
        public String apply(Double value) {
            return "";
        }
    };
    private static final Color LEGEND_EDGE = new Color(0xcc, 0xcc, 0xcc);

    private AxesChart() {}

    /** The chart of {@code axes} in a box of {@code width} x {@code height} points. */
    static XYChart build(Axes axes, int width, int height) {
        XYChart chart = new XYChart(width, height);
        style(chart.getStyler(), axes);
        chart.setTitle(axes.title());
        chart.setXAxisTitle(axes.xlabel());
        chart.setYAxisTitle(axes.ylabel());
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        Map<String, Integer> names = new LinkedHashMap<>();
        int hidden = 0;
        for (Series s : axes.series()) {
            if (s instanceof Series.Line l) {
                addLine(chart, l, name(names, l.label(), hidden++));
            } else if (s instanceof Series.Points p) {
                hidden = addPoints(chart, p, names, hidden, xl, yl);
            }
        }
        // Axes with nothing XChart draws (empty, or contourf only) still need a series for XChart to lay
        // out a plot area; its points sit inside the limits and paint nothing.
        double[] fx = {xl[0] + (xl[1] - xl[0]) / 4, xl[1] - (xl[1] - xl[0]) / 4};
        double[] fy = {yl[0] + (yl[1] - yl[0]) / 4, yl[1] - (yl[1] - yl[0]) / 4};
        XYSeries frame = chart.addSeries("_frame", fx, fy);
        frame.setMarker(INVISIBLE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        frame.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYStyler st = chart.getStyler();
        st.setXAxisMin(Math.min(xl[0], xl[1]));
        st.setXAxisMax(Math.max(xl[0], xl[1]));
        st.setYAxisMin(Math.min(yl[0], yl[1]));
        st.setYAxisMax(Math.max(yl[0], yl[1]));
        st.setLegendVisible(axes.hasLegendEntries());
        st.setLegendPosition(legendPosition(axes));
        return chart;
    }

    private static void style(XYStyler st, Axes axes) {
        st.setChartBackgroundColor(TRANSPARENT);
        st.setPlotBackgroundColor(TRANSPARENT);
        st.setChartFontColor(Color.BLACK);
        st.setChartTitleVisible(false);
        st.setChartTitleBoxVisible(false);
        st.setChartPadding(0);
        st.setPlotBorderVisible(false);
        st.setPlotContentSize(1.0);
        st.setPlotMargin(0);
        st.setPlotGridLinesVisible(false);
        st.setPlotTicksMarksVisible(false);
        st.setAxisTicksVisible(false);
        // AxesFrame draws the ticks: with every label the same, XChart's tick calculators (built
        // several times a layout, each measuring candidate labels) return before their search.
        st.setxAxisTickLabelsFormattingFunction(NO_LABEL);
        st.setyAxisTickLabelsFormattingFunction(NO_LABEL);
        // Below its tick spacing hint (74 points by default) XChart maps every value to the middle
        // of the axis; small subplots must keep their scale like the others.
        st.setXAxisTickMarkSpacingHint(0);
        st.setYAxisTickMarkSpacingHint(0);
        st.setAxisTitlesVisible(false);
        st.setLegendFont(new Font(AxesFrame.FONT, Font.PLAIN, 10));
        st.setLegendBorderColor(LEGEND_EDGE);
        st.setLegendBackgroundColor(new Color(255, 255, 255, 204));
        st.setLegendSeriesLineLength(20);
        st.setLegendPadding(6);
        st.setMarkerSize(6);
        st.setToolTipsEnabled(false);
        st.setAntiAlias(true);
    }

    private static void addLine(XYChart chart, Series.Line l, String name) {
        if (l.x().length == 0) {
            return; // plt.plot([], []) draws nothing, where XChart refuses an empty series
        }
        double[][] xy = l.marker() == null ? Decimate.line(l.x(), l.y()) : new double[][] {l.x(), l.y()};
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(l.style() == LineStyle.NONE ? XYSeries.XYSeriesRenderStyle.Scatter
                : XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(l.color());
        s.setMarkerColor(l.color());
        s.setLineStyle(l.style() == LineStyle.NONE ? SeriesLines.NONE : stroke(l.style(), l.width()));
        s.setMarker(l.marker() == null ? SeriesMarkers.NONE : new ChartMarker(l.marker(), l.markerSize()));
        s.setShowInLegend(l.label() != null);
    }

    /** A scatter becomes one XChart series per (colour, size): XChart styles whole series. */
    private static int addPoints(XYChart chart, Series.Points p, Map<String, Integer> names, int hidden, double[] xl,
                                 double[] yl) {
        Map<String, double[][]> groups = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int n = p.x().length;
        for (int i : Decimate.points(p.x(), p.y(), xl, yl)) {
            String key = p.color(i).getRGB() + "/" + p.size(i);
            double[][] xy = groups.computeIfAbsent(key, k -> new double[2][n]);
            int[] c = counts.computeIfAbsent(key, k -> new int[1]);
            xy[0][c[0]] = p.x()[i];
            xy[1][c[0]] = p.y()[i];
            c[0]++;
        }
        boolean first = true;
        for (Map.Entry<String, double[][]> e : groups.entrySet()) {
            int count = counts.get(e.getKey())[0];
            int index = firstIndex(p, e.getKey());
            String label = first ? p.label() : null;
            XYSeries s = chart.addSeries(name(names, label, hidden++), java.util.Arrays.copyOf(e.getValue()[0], count),
                    java.util.Arrays.copyOf(e.getValue()[1], count));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarkerColor(p.color(index));
            s.setMarker(new ChartMarker(p.marker(), Math.sqrt(p.size(index))));
            s.setShowInLegend(label != null);
            first = false;
        }
        return hidden;
    }

    private static int firstIndex(Series.Points p, String key) {
        for (int i = 0; i < p.x().length; i++) {
            if ((p.color(i).getRGB() + "/" + p.size(i)).equals(key)) {
                return i;
            }
        }
        return 0;
    }

    /** XChart needs unique series names; a repeated label gets trailing spaces, which do not show. */
    private static String name(Map<String, Integer> names, String label, int hidden) {
        if (label == null) {
            return "_child" + hidden;
        }
        int seen = names.merge(label, 1, Integer::sum);
        return label + " ".repeat(seen - 1);
    }

    static BasicStroke stroke(LineStyle style, float width) {
        float[] dashes = style.dashes(width);
        return dashes == null
                ? new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    private static Styler.LegendPosition legendPosition(Axes axes) {
        LegendLoc loc = axes.legendLoc() == null ? LegendLoc.BEST : axes.legendLoc();
        if (loc == LegendLoc.BEST) {
            loc = BestLegend.choose(axes);
        }
        return switch (loc) {
            case UPPER_LEFT, CENTER_LEFT -> Styler.LegendPosition.InsideNW;
            case LOWER_LEFT -> Styler.LegendPosition.InsideSW;
            case LOWER_RIGHT -> Styler.LegendPosition.InsideSE;
            case UPPER_CENTER, CENTER -> Styler.LegendPosition.InsideN;
            case LOWER_CENTER -> Styler.LegendPosition.InsideS;
            default -> Styler.LegendPosition.InsideNE;
        };
    }

    /**
     * Paints the axes so that their plot box (the black frame) lands on {@code box}, matplotlib's
     * subplot position: the grid and contourf's regions (at device resolution) first, then XChart's
     * series and legend over them on a clear background, then the frame, ticks and labels.
     */
    static XYChart paint(Axes axes, Graphics2D g, Rectangle2D box) {
        int width = (int) Math.round(box.getWidth());
        int height = (int) Math.round(box.getHeight());
        XYChart chart = build(axes, width, height);
        AffineTransform saved = g.getTransform();
        g.translate(box.getX(), box.getY());
        try {
            // Styled as style() makes it (no padding, margins, visible ticks or titles), XChart's
            // plot area is its whole chart: AxesChartTest checks that, so no layout pass is spent
            // here to measure it.
            Rectangle2D plot = new Rectangle2D.Double(0, 0, width, height);
            g.setColor(Color.WHITE);
            g.fill(plot);
            List<Series.Contour> contours = axes.series().stream()
                    .filter(s -> s instanceof Series.Contour).map(s -> (Series.Contour) s).toList();
            if (!contours.isEmpty()) {
                double scale = Math.max(1, Math.abs(g.getTransform().getScaleX()));
                ContourRaster.draw(g, contours, axes.xlim(), axes.ylim(), plot.getX(), plot.getY(), plot.getWidth(),
                        plot.getHeight(), scale);
            }
            AxesFrame.grid(g, axes, plot);
            chart.paint(g, width, height);
            AxesFrame.draw(g, axes, plot);
            return chart;
        } finally {
            g.setTransform(saved);
        }
    }
}
