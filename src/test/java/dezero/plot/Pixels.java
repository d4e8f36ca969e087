package dezero.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Looks at rendered figures: where matplotlib's subplot box puts a data point, and what colour is near it. */
final class Pixels {
    private Pixels() {}

    /**
     * The pixel of data point (x, y) on a single-axes figure: matplotlib's default subplot box
     * spans 0.125-0.9 of the width and 0.11-0.88 of the height (rcParams figure.subplot.*).
     */
    static int[] at(BufferedImage img, Axes axes, double x, double y) {
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        double u = (x - xl[0]) / (xl[1] - xl[0]);
        double v = (y - yl[0]) / (yl[1] - yl[0]);
        return new int[] {
            (int) Math.round(img.getWidth() * (0.125 + 0.775 * u)),
            (int) Math.round(img.getHeight() * (1 - 0.11 - 0.77 * v)),
        };
    }

    /** True when some pixel within {@code radius} of (px, py) is within {@code tolerance} of {@code c} in each channel. */
    static boolean near(BufferedImage img, int[] p, int radius, Color c, int tolerance) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int x = p[0] + dx;
                int y = p[1] + dy;
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()
                        && close(new Color(img.getRGB(x, y)), c, tolerance)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean close(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    /** How many pixels of the image are within {@code tolerance} of {@code c}. */
    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (close(new Color(img.getRGB(x, y)), c, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many pixels in columns [x0, x1) are within {@code tolerance} of {@code c}. */
    static int countInColumns(BufferedImage img, int x0, int x1, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = Math.max(0, x0); x < Math.min(x1, img.getWidth()); x++) {
                if (close(new Color(img.getRGB(x, y)), c, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }
}
