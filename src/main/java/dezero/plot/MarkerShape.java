package dezero.plot;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * matplotlib's markers, by the one-character code a format string or {@code marker=} names,
 * drawn as matplotlib draws them: filled ones ({@code o ^ s}) filled with an edge of the same
 * colour, line ones ({@code x + 1 |}) stroked. Shapes are centred on 0, one unit = the marker size.
 */
public enum MarkerShape {
    POINT('.', true), PIXEL(',', true), CIRCLE('o', true), TRIANGLE_DOWN('v', true), TRIANGLE_UP('^', true),
    TRIANGLE_LEFT('<', true), TRIANGLE_RIGHT('>', true), TRI_DOWN('1', false), TRI_UP('2', false),
    TRI_LEFT('3', false), TRI_RIGHT('4', false), OCTAGON('8', true), SQUARE('s', true), PENTAGON('p', true),
    PLUS_FILLED('P', true), STAR('*', true), HEXAGON1('h', true), HEXAGON2('H', true), PLUS('+', false),
    X('x', false), X_FILLED('X', true), DIAMOND('D', true), THIN_DIAMOND('d', true), VLINE('|', false),
    HLINE('_', false);

    private final char code;
    private final boolean filled;

    MarkerShape(char code, boolean filled) {
        this.code = code;
        this.filled = filled;
    }

    /** The one-character code, as in {@code 'o'}. */
    public char code() {
        return code;
    }

    /** True when matplotlib fills this marker (false: it is drawn with lines only). */
    public boolean filled() {
        return filled;
    }

    /** The marker of a code, or null when the character names no marker. */
    static MarkerShape of(char c) {
        for (MarkerShape m : values()) {
            if (m.code == c) {
                return m;
            }
        }
        return null;
    }

    /**
     * The marker a {@code marker=} value names: a code, or {@code 'None'}/{@code ''} for none
     * (null); matplotlib's ValueError otherwise.
     */
    static MarkerShape parse(String name) {
        if (name.isEmpty() || name.equals("None") || name.equals("none") || name.equals(" ")) {
            return null;
        }
        MarkerShape m = name.length() == 1 ? of(name.charAt(0)) : null;
        if (m == null) {
            throw PlotException.value("Unrecognized marker style '" + name + "'");
        }
        return m;
    }

    /** The outline at {@code size} points, centred on (0, 0), y downwards as on a screen. */
    Shape shape(double size) {
        double r = size / 2;
        return switch (this) {
            case POINT -> new Ellipse2D.Double(-r / 2, -r / 2, r, r);
            case PIXEL -> new Rectangle2D.Double(-0.36, -0.36, 0.72, 0.72);
            case CIRCLE -> new Ellipse2D.Double(-r, -r, size, size);
            case TRIANGLE_UP -> polygon(r, 0, -1, -1, 1, 1, 1);
            case TRIANGLE_DOWN -> polygon(r, 0, 1, -1, -1, 1, -1);
            case TRIANGLE_LEFT -> polygon(r, -1, 0, 1, -1, 1, 1);
            case TRIANGLE_RIGHT -> polygon(r, 1, 0, -1, -1, -1, 1);
            case SQUARE -> new Rectangle2D.Double(-r, -r, size, size);
            case DIAMOND -> polygon(r * Math.sqrt(2) * 0.75, 0, -1, 1, 0, 0, 1, -1, 0);
            case THIN_DIAMOND -> polygon(r * Math.sqrt(2) * 0.75, 0, -1, 0.6, 0, 0, 1, -0.6, 0);
            case PENTAGON -> regular(r, 5, 0);
            case HEXAGON1 -> regular(r, 6, 0);
            case HEXAGON2 -> regular(r, 6, Math.PI / 6);
            case OCTAGON -> regular(r, 8, Math.PI / 8);
            case STAR -> star(r);
            case PLUS_FILLED -> polygon(r, -1, -1 / 3.0, -1 / 3.0, -1 / 3.0, -1 / 3.0, -1, 1 / 3.0, -1, 1 / 3.0,
                    -1 / 3.0, 1, -1 / 3.0, 1, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1, -1 / 3.0, 1, -1 / 3.0, 1 / 3.0,
                    -1, 1 / 3.0);
            case X_FILLED -> AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(PLUS_FILLED.shape(size));
            case PLUS -> lines(r, -1, 0, 1, 0, 0, -1, 0, 1);
            case X -> lines(r, -1, -1, 1, 1, -1, 1, 1, -1);
            case VLINE -> lines(r, 0, -1, 0, 1);
            case HLINE -> lines(r, -1, 0, 1, 0);
            case TRI_DOWN -> spokes(r, Math.PI / 2);
            case TRI_UP -> spokes(r, -Math.PI / 2);
            case TRI_LEFT -> spokes(r, Math.PI);
            case TRI_RIGHT -> spokes(r, 0);
        };
    }

    private static Shape polygon(double scale, double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0] * scale, xy[1] * scale);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i] * scale, xy[i + 1] * scale);
        }
        p.closePath();
        return p;
    }

    private static Shape lines(double scale, double... xy) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < xy.length; i += 4) {
            p.moveTo(xy[i] * scale, xy[i + 1] * scale);
            p.lineTo(xy[i + 2] * scale, xy[i + 3] * scale);
        }
        return p;
    }

    private static Shape regular(double r, int sides, double turn) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double a = -Math.PI / 2 + turn + 2 * Math.PI * i / sides;
            if (i == 0) {
                p.moveTo(r * Math.cos(a), r * Math.sin(a));
            } else {
                p.lineTo(r * Math.cos(a), r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape star(double r) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double radius = i % 2 == 0 ? r : r * 0.381966;
            if (i == 0) {
                p.moveTo(radius * Math.cos(a), radius * Math.sin(a));
            } else {
                p.lineTo(radius * Math.cos(a), radius * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape spokes(double r, double first) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 3; i++) {
            double a = first + 2 * Math.PI * i / 3;
            p.moveTo(0, 0);
            p.lineTo(r * Math.cos(a), r * Math.sin(a));
        }
        return p;
    }
}
