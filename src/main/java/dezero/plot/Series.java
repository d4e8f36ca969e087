package dezero.plot;

import java.awt.Color;

/** One thing drawn on an {@link Axes}: a line (with or without markers), a scatter, or filled contours. */
sealed interface Series permits Series.Line, Series.Points, Series.Contour {

    /** The legend text, or null when the series has no legend entry (matplotlib's {@code _child0}). */
    String label();

    /**
     * {@code plot}'s line: points joined in order, markers on them.
     *
     * @param width line width in points
     * @param marker the marker, or null for none
     * @param markerSize marker size in points
     */
    record Line(double[] x, double[] y, Color color, LineStyle style, float width, MarkerShape marker,
                double markerSize, String label) implements Series {}

    /**
     * {@code scatter}'s points, each with its own size and colour.
     *
     * @param sizes marker areas in points squared, one per point or one for all
     * @param colors one per point or one for all
     */
    record Points(double[] x, double[] y, double[] sizes, Color[] colors, MarkerShape marker, String label)
            implements Series {

        Color color(int i) {
            return colors[colors.length == 1 ? 0 : i];
        }

        double size(int i) {
            return sizes[sizes.length == 1 ? 0 : i];
        }
    }

    /**
     * {@code contourf}'s filled regions over a grid: {@code z[r * xs.length + c]} is the value at
     * ({@code xs[c]}, {@code ys[r]}); each value is coloured by its level.
     *
     * @param xs the grid's column coordinates, increasing
     * @param ys the grid's row coordinates, increasing
     * @param levels the colours of the values
     */
    record Contour(double[] xs, double[] ys, double[] z, ContourLevels levels) implements Series {
        @Override
        public String label() {
            return null;
        }

        /** The value at the grid point nearest to (x, y), or NaN outside the grid. */
        double valueAt(double x, double y) {
            int c = nearest(xs, x);
            int r = nearest(ys, y);
            return c < 0 || r < 0 ? Double.NaN : z[r * xs.length + c];
        }

        private static int nearest(double[] a, double v) {
            double step = a.length > 1 ? (a[a.length - 1] - a[0]) / (a.length - 1) / 2 : 0;
            if (!(v >= a[0] - step && v <= a[a.length - 1] + step)) {
                return -1;
            }
            int i = java.util.Arrays.binarySearch(a, v);
            if (i >= 0) {
                return i;
            }
            int hi = -i - 1;
            if (hi == 0) {
                return 0;
            }
            if (hi == a.length) {
                return a.length - 1;
            }
            return v - a[hi - 1] <= a[hi] - v ? hi - 1 : hi;
        }
    }
}
