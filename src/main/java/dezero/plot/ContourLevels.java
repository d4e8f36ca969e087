package dezero.plot;

import java.awt.Color;
import java.util.Arrays;

/**
 * The colours contourf gives a grid's values, in matplotlib's default colour map (viridis):
 * a few distinct values (class labels, step 48's decision regions) get one colour each, spread
 * from the lowest value's dark purple to the highest's yellow; other values fall into eight
 * equal bands between the minimum and the maximum.
 */
final class ContourLevels {
    private static final int MAX_CLASSES = 12;
    private static final int BANDS = 8;

    private final double min;
    private final double max;
    private final double[] classes;

    private ContourLevels(double min, double max, double[] classes) {
        this.min = min;
        this.max = max;
        this.classes = classes;
    }

    static ContourLevels of(double[] z) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] seen = new double[MAX_CLASSES + 1];
        int distinct = 0;
        for (double v : z) {
            if (Double.isNaN(v)) {
                continue;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            if (distinct <= MAX_CLASSES && !contains(seen, distinct, v)) {
                seen[distinct++] = v;
            }
        }
        if (distinct == 0) {
            return new ContourLevels(0, 0, new double[] {0});
        }
        double[] classes = distinct <= MAX_CLASSES ? Arrays.copyOf(seen, distinct) : null;
        if (classes != null) {
            Arrays.sort(classes);
        }
        return new ContourLevels(min, max, classes);
    }

    private static boolean contains(double[] a, int n, double v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** How many colours the values take: the classes, or the bands. */
    int count() {
        return classes != null ? classes.length : BANDS;
    }

    /** The class or band of a value, from 0 (lowest) to {@code count() - 1}; -1 for NaN. */
    int index(double v) {
        if (Double.isNaN(v)) {
            return -1;
        }
        if (classes != null) {
            return Math.max(0, Arrays.binarySearch(classes, v));
        }
        return max == min ? 0 : Math.min(BANDS - 1, (int) ((v - min) / (max - min) * BANDS));
    }

    /** The fill colour of a value, or null for NaN (left unfilled, as matplotlib masks it). */
    Color color(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        if (max == min) {
            return Colors.viridis(0);
        }
        if (classes != null) {
            int i = Arrays.binarySearch(classes, v);
            return Colors.viridis(i < 0 ? 0 : (double) i / (classes.length - 1));
        }
        int band = Math.min(BANDS - 1, (int) ((v - min) / (max - min) * BANDS));
        return Colors.viridis((band + 0.5) / BANDS);
    }
}
