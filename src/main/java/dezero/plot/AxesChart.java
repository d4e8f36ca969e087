package dezero.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An {@link Axes} as an XChart {@code XYChart} styled as matplotlib's defaults (white, a black box
 * around the plot, ticks outside, no grid unless asked, DejaVu Sans 10 pt, the legend inside), in
 * a coordinate space of points; and its painting, with contourf's regions rastered under the series.
 */
final class AxesChart {
    private static final String FONT = "DejaVu Sans";
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
    private static final Color GRID = new Color(0xb0, 0xb0, 0xb0);
    /** Points between ticks, about matplotlib's density (its MaxNLocator allows one per 3 font sizes on x). */
    private static final int X_TICK_SPACING = 50;
    private static final int Y_TICK_SPACING = 34;
    private static final Color LEGEND_EDGE = new Color(0xcc, 0xcc, 0xcc);

    private AxesChart() {}

    /** The chart of {@code axes} in a box of {@code width} x {@code height} points. */
    static XYChart build(Axes axes, int width, int height, TickFormat xTicks, TickFormat yTicks) {
        XYChart chart = new XYChart(width, height);
        style(chart.getStyler(), axes);
        chart.setTitle(axes.title());
        chart.setXAxisTitle(axes.xlabel());
        chart.setYAxisTitle(axes.ylabel());
        Map<String, Integer> names = new LinkedHashMap<>();
        int hidden = 0;
        for (Series s : axes.series()) {
            if (s instanceof Series.Line l) {
                addLine(chart, l, name(names, l.label(), hidden++));
            } else if (s instanceof Series.Points p) {
                hidden = addPoints(chart, p, names, hidden);
            }
        }
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        // Keeps the limits even with no series: XChart needs one to draw axes at all.
        XYSeries frame = chart.addSeries("_frame", new double[] {xl[0], xl[1]}, new double[] {yl[0], yl[1]});
        frame.setMarker(SeriesMarkers.NONE);
        frame.setLineStyle(SeriesLines.NONE);
        frame.setShowInLegend(false);
        frame.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYStyler st = chart.getStyler();
        st.setXAxisMin(Math.min(xl[0], xl[1]));
        st.setXAxisMax(Math.max(xl[0], xl[1]));
        st.setYAxisMin(Math.min(yl[0], yl[1]));
        st.setYAxisMax(Math.max(yl[0], yl[1]));
        st.setxAxisTickLabelsFormattingFunction(xTicks::format);
        st.setyAxisTickLabelsFormattingFunction(yTicks::format);
        st.setLegendVisible(axes.hasLegendEntries());
        st.setLegendPosition(legendPosition(axes));
        return chart;
    }

    private static void style(XYStyler st, Axes axes) {
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBackgroundColor(Color.WHITE);
        st.setChartFontColor(Color.BLACK);
        st.setChartTitleBoxVisible(false);
        st.setChartTitleVisible(!axes.title().isEmpty());
        st.setChartTitleFont(new Font(FONT, Font.PLAIN, 12));
        st.setChartTitlePadding(6);
        st.setChartPadding(10);
        st.setPlotBorderVisible(true);
        st.setPlotBorderColor(Color.BLACK);
        st.setPlotContentSize(1.0);
        st.setPlotMargin(0);
        st.setPlotGridLinesVisible(axes.gridOn());
        st.setPlotGridLinesColor(GRID);
        st.setPlotGridLinesStroke(new BasicStroke(0.8f));
        st.setPlotTicksMarksVisible(false);
        st.setAxisTitleFont(new Font(FONT, Font.PLAIN, 10));
        st.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 10));
        st.setAxisTickLabelsColor(Color.BLACK);
        st.setAxisTickMarksColor(Color.BLACK);
        st.setAxisTickMarksStroke(new BasicStroke(0.8f));
        st.setAxisTickMarkLength(4);
        st.setAxisTickPadding(4);
        st.setAxisTitlePadding(6);
        st.setAxisTicksLineVisible(false);
        st.setXAxisTickMarkSpacingHint(X_TICK_SPACING);
        st.setYAxisTickMarkSpacingHint(Y_TICK_SPACING);
        st.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        st.setXAxisTitleVisible(!axes.xlabel().isEmpty());
        st.setYAxisTitleVisible(!axes.ylabel().isEmpty());
        st.setLegendFont(new Font(FONT, Font.PLAIN, 10));
        st.setLegendBorderColor(LEGEND_EDGE);
        st.setLegendBackgroundColor(new Color(255, 255, 255, 204));
        st.setLegendSeriesLineLength(20);
        st.setLegendPadding(6);
        st.setMarkerSize(6);
        st.setToolTipsEnabled(false);
        st.setAntiAlias(true);
    }

    private static void addLine(XYChart chart, Series.Line l, String name) {
        XYSeries s = chart.addSeries(name, l.x(), l.y());
        s.setXYSeriesRenderStyle(l.style() == LineStyle.NONE ? XYSeries.XYSeriesRenderStyle.Scatter
                : XYSeries.XYSeriesRenderStyle.Line);
        s.setLineColor(l.color());
        s.setMarkerColor(l.color());
        s.setLineStyle(l.style() == LineStyle.NONE ? SeriesLines.NONE : stroke(l.style(), l.width()));
        s.setMarker(l.marker() == null ? SeriesMarkers.NONE : new ChartMarker(l.marker(), l.markerSize()));
        s.setShowInLegend(l.label() != null);
    }

    /** A scatter becomes one XChart series per (colour, size): XChart styles whole series. */
    private static int addPoints(XYChart chart, Series.Points p, Map<String, Integer> names, int hidden) {
        Map<String, double[][]> groups = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int n = p.x().length;
        for (int i = 0; i < n; i++) {
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
     * subplot position, with labels and ticks in the margin around it as far as the figure
     * ({@code figWidth} x {@code figHeight} points) has room. With contourf regions, the regions
     * are drawn in the plot box at device resolution and the chart over them, its background clear.
     */
    static XYChart paint(Axes axes, Graphics2D g, Rectangle2D box, double figWidth, double figHeight) {
        Rectangle2D probe = plotArea(build(axes, (int) Math.round(box.getWidth()),
                (int) Math.round(box.getHeight()), new TickFormat(axes.xlim()), new TickFormat(axes.ylim())), g, (int) Math.round(box.getWidth()),
                (int) Math.round(box.getHeight()), axes);
        double left = probe.getX();
        double top = probe.getY();
        double right = box.getWidth() - probe.getMaxX();
        double bottom = box.getHeight() - probe.getMaxY();
        double x0 = Math.max(0, box.getX() - left);
        double y0 = Math.max(0, box.getY() - top);
        double x1 = Math.min(figWidth, box.getMaxX() + right);
        double y1 = Math.min(figHeight, box.getMaxY() + bottom);
        int width = (int) Math.round(x1 - x0);
        int height = (int) Math.round(y1 - y0);
        TickFormat xTicks = new TickFormat(axes.xlim());
        TickFormat yTicks = new TickFormat(axes.ylim());
        XYChart chart = build(axes, width, height, xTicks, yTicks);
        AffineTransform saved = g.getTransform();
        g.translate(x0, y0);
        try {
            List<Series.Contour> contours = axes.series().stream()
                    .filter(s -> s instanceof Series.Contour).map(s -> (Series.Contour) s).toList();
            Rectangle2D plot = plotArea(chart, g, width, height, axes);
            xTicks.settle();
            yTicks.settle();
            if (contours.isEmpty()) {
                chart.paint(g, width, height);
                return chart;
            }
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            double scale = Math.max(1, Math.abs(g.getTransform().getScaleX()));
            ContourRaster.draw(g, contours, axes.xlim(), axes.ylim(), plot.getX(), plot.getY(), plot.getWidth(),
                    plot.getHeight(), scale);
            chart.getStyler().setChartBackgroundColor(TRANSPARENT);
            chart.getStyler().setPlotBackgroundColor(TRANSPARENT);
            chart.paint(g, width, height);
            return chart;
        } finally {
            g.setTransform(saved);
        }
    }

    /** Lays the chart out (painting it where nothing shows) and returns its plot box. */
    private static Rectangle2D plotArea(XYChart chart, Graphics2D like, int width, int height, Axes axes) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D layout = scratch.createGraphics();
        try {
            layout.setRenderingHints(like.getRenderingHints());
            layout.setTransform(AffineTransform.getScaleInstance(like.getTransform().getScaleX(),
                    like.getTransform().getScaleY()));
            chart.paint(layout, width, height);
        } finally {
            layout.dispose();
        }
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        double left = chart.getScreenXFromChart(Math.min(xl[0], xl[1]));
        double right = chart.getScreenXFromChart(Math.max(xl[0], xl[1]));
        double top = chart.getScreenYFromChart(Math.max(yl[0], yl[1]));
        double bottom = chart.getScreenYFromChart(Math.min(yl[0], yl[1]));
        return new Rectangle2D.Double(left, top, right - left, bottom - top);
    }
}
