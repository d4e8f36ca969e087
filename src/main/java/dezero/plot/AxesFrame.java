package dezero.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * What matplotlib draws around the data of an axes, drawn here rather than by XChart so that it
 * is matplotlib's: the black box (spines, 0.8 pt), ticks pointing out (3.5 pt) at MaxNLocator's
 * places including the limits, labels in DejaVu Sans 10 pt with a true minus sign, the axis
 * labels (the y one turned), the 12 pt title above, the {@code 1e6} of large or tiny ticks; and the
 * grid under the data. Units are points.
 */
final class AxesFrame {
    static final String FONT = "DejaVu Sans";
    private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 10);
    private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 10);
    private static final Font TITLE_FONT = new Font(FONT, Font.PLAIN, 12);
    private static final BasicStroke SPINE = new BasicStroke(0.8f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    private static final BasicStroke GRID = new BasicStroke(0.8f);
    private static final Color GRID_COLOR = new Color(0xb0, 0xb0, 0xb0);
    private static final char MINUS = '\u2212';
    private static final double TICK_LENGTH = 3.5;
    private static final double TICK_PAD = 3.5;
    private static final double LABEL_PAD = 4;
    private static final double TITLE_PAD = 6;
    /** matplotlib's xaxis/yaxis tick space: a tick per 3 (x) or 2 (y) font sizes, at most 9 intervals. */
    private static final int MAX_BINS = 9;

    private AxesFrame() {}

    static double[] xTicks(Axes axes, Rectangle2D plot) {
        double[] xl = axes.xlim();
        return Ticks.between(xl[0], xl[1], bins(plot.getWidth(), 3 * TICK_FONT.getSize()));
    }

    static double[] yTicks(Axes axes, Rectangle2D plot) {
        double[] yl = axes.ylim();
        return Ticks.between(yl[0], yl[1], bins(plot.getHeight(), 2 * TICK_FONT.getSize()));
    }

    private static int bins(double length, double space) {
        return Math.max(1, Math.min(MAX_BINS, (int) Math.floor(length / space)));
    }

    private static double x(Axes axes, Rectangle2D plot, double v) {
        double[] xl = axes.xlim();
        return plot.getX() + (v - xl[0]) / (xl[1] - xl[0]) * plot.getWidth();
    }

    private static double y(Axes axes, Rectangle2D plot, double v) {
        double[] yl = axes.ylim();
        return plot.getMaxY() - (v - yl[0]) / (yl[1] - yl[0]) * plot.getHeight();
    }

    /** The grid lines at the ticks, when the grid is on (drawn before the data). */
    static void grid(Graphics2D g, Axes axes, Rectangle2D plot) {
        if (!axes.gridOn()) {
            return;
        }
        g.setColor(GRID_COLOR);
        g.setStroke(GRID);
        for (double t : xTicks(axes, plot)) {
            double px = x(axes, plot, t);
            g.draw(new Line2D.Double(px, plot.getY(), px, plot.getMaxY()));
        }
        for (double t : yTicks(axes, plot)) {
            double py = y(axes, plot, t);
            g.draw(new Line2D.Double(plot.getX(), py, plot.getMaxX(), py));
        }
    }

    /** The box, ticks, tick labels, axis labels and title (drawn after the data). */
    static void draw(Graphics2D g, Axes axes, Rectangle2D plot) {
        g.setColor(Color.BLACK);
        g.setStroke(SPINE);
        g.draw(plot);
        double[] xt = xTicks(axes, plot);
        double[] yt = yTicks(axes, plot);
        int xe = Ticks.exponent(xt);
        int ye = Ticks.exponent(yt);
        String[] xs = Ticks.labels(Ticks.scaled(xt, xe), MINUS);
        String[] ys = Ticks.labels(Ticks.scaled(yt, ye), MINUS);
        g.setFont(TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i < xt.length; i++) {
            double px = x(axes, plot, xt[i]);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + TICK_LENGTH));
            float w = (float) fm.getStringBounds(xs[i], g).getWidth();
            g.drawString(xs[i], (float) (px - w / 2), (float) (plot.getMaxY() + TICK_LENGTH + TICK_PAD + fm.getAscent()));
        }
        double widest = 0;
        for (int i = 0; i < yt.length; i++) {
            double py = y(axes, plot, yt[i]);
            g.draw(new Line2D.Double(plot.getX() - TICK_LENGTH, py, plot.getX(), py));
            double w = fm.getStringBounds(ys[i], g).getWidth();
            widest = Math.max(widest, w);
            g.drawString(ys[i], (float) (plot.getX() - TICK_LENGTH - TICK_PAD - w),
                    (float) (py + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
        double below = plot.getMaxY() + TICK_LENGTH + TICK_PAD + (xt.length > 0 ? fm.getHeight() : 0);
        if (xe != 0) {
            String text = ("1e" + xe).replace('-', MINUS);
            float w = (float) fm.getStringBounds(text, g).getWidth();
            g.drawString(text, (float) (plot.getMaxX() - w), (float) (below + fm.getAscent()));
            below += fm.getHeight();
        }
        if (ye != 0) {
            g.drawString(("1e" + ye).replace('-', MINUS), (float) plot.getX(), (float) (plot.getY() - TICK_PAD));
        }
        if (!axes.xlabel().isEmpty()) {
            g.setFont(LABEL_FONT);
            FontMetrics lm = g.getFontMetrics();
            float w = (float) lm.getStringBounds(axes.xlabel(), g).getWidth();
            g.drawString(axes.xlabel(), (float) (plot.getCenterX() - w / 2), (float) (below + LABEL_PAD + lm.getAscent()));
        }
        if (!axes.ylabel().isEmpty()) {
            g.setFont(LABEL_FONT);
            FontMetrics lm = g.getFontMetrics();
            float w = (float) lm.getStringBounds(axes.ylabel(), g).getWidth();
            double left = plot.getX() - TICK_LENGTH - TICK_PAD - widest - LABEL_PAD - lm.getDescent();
            AffineTransform saved = g.getTransform();
            g.translate(left, plot.getCenterY());
            g.rotate(-Math.PI / 2);
            g.drawString(axes.ylabel(), -w / 2, 0f);
            g.setTransform(saved);
        }
        if (!axes.title().isEmpty()) {
            g.setFont(TITLE_FONT);
            FontMetrics tm = g.getFontMetrics();
            float w = (float) tm.getStringBounds(axes.title(), g).getWidth();
            g.drawString(axes.title(), (float) (plot.getCenterX() - w / 2), (float) (plot.getY() - TITLE_PAD - tm.getDescent()));
        }
    }
}
