package dezero.plot;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Fewer points that draw the same picture, so a million-point loss curve renders in a moment:
 * a line whose x only grows keeps, per one of {@value #BUCKETS} columns, its first, lowest,
 * highest and last point (the outline a screen shows); a scatter keeps one point per cell of a
 * {@value #BUCKETS} x {@value #BUCKETS} grid over the axes. Short series are kept whole.
 */
final class Decimate {
    static final int BUCKETS = 2000;
    private static final int KEEP_WHOLE = 4 * BUCKETS;

    private Decimate() {}

    /** The line's points as {x, y}, decimated when long and drawn left to right. */
    static double[][] line(double[] x, double[] y) {
        if (x.length <= KEEP_WHOLE || !nonDecreasing(x)) {
            return new double[][] {x, y};
        }
        double lo = x[0];
        double width = x[x.length - 1] - lo;
        double[] ox = new double[4 * BUCKETS + 4];
        double[] oy = new double[ox.length];
        int n = 0;
        int i = 0;
        while (i < x.length) {
            int bucket = bucket(x[i], lo, width);
            int first = i;
            int min = i;
            int max = i;
            while (i < x.length && bucket(x[i], lo, width) == bucket) {
                if (y[i] < y[min] || Double.isNaN(y[min])) {
                    min = i;
                }
                if (y[i] > y[max] || Double.isNaN(y[max])) {
                    max = i;
                }
                i++;
            }
            int last = i - 1;
            int[] keep = {first, Math.min(min, max), Math.max(min, max), last};
            int previous = -1;
            for (int k : keep) {
                if (k != previous) {
                    if (n == ox.length) {
                        ox = Arrays.copyOf(ox, 2 * n);
                        oy = Arrays.copyOf(oy, 2 * n);
                    }
                    ox[n] = x[k];
                    oy[n] = y[k];
                    n++;
                    previous = k;
                }
            }
        }
        return new double[][] {Arrays.copyOf(ox, n), Arrays.copyOf(oy, n)};
    }

    /** Indices of the points to draw: one per grid cell over the limits, in their original order. */
    static int[] points(double[] x, double[] y, double[] xl, double[] yl) {
        int[] all = new int[x.length];
        if (x.length <= KEEP_WHOLE) {
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        BitSet seen = new BitSet();
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            int cx = bucket(x[i], xl[0], xl[1] - xl[0]);
            int cy = bucket(y[i], yl[0], yl[1] - yl[0]);
            int cell = cx * (BUCKETS + 1) + cy;
            if (cx >= 0 && cy >= 0 && !seen.get(cell)) {
                seen.set(cell);
                all[n++] = i;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private static int bucket(double v, double lo, double width) {
        if (!Double.isFinite(v) || width <= 0) {
            return -1;
        }
        return (int) Math.max(0, Math.min(BUCKETS, (v - lo) / width * BUCKETS));
    }

    private static boolean nonDecreasing(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] >= x[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
