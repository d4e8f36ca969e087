package dezero.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import org.knowm.xchart.style.markers.Marker;

/**
 * A matplotlib marker for XChart, with its own size in points (XChart has one marker size per
 * chart; matplotlib one per line, and one per point in a scatter): filled markers get a 1 pt
 * edge of their colour, line markers are stroked 1 pt wide ({@code lines.markeredgewidth}).
 */
final class ChartMarker extends Marker {
    private static final BasicStroke EDGE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    private final MarkerShape shape;
    private final Shape outline;

    ChartMarker(MarkerShape shape, double sizePoints) {
        this.shape = shape;
        this.outline = shape.shape(sizePoints);
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int ignoredChartMarkerSize) {
        Shape s = AffineTransform.getTranslateInstance(x, y).createTransformedShape(outline);
        g.setStroke(EDGE);
        if (shape.filled()) {
            g.fill(s);
        }
        if (shape != MarkerShape.PIXEL) {
            g.draw(s);
        }
    }
}
