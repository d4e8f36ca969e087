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
        double[] distinct = Arrays.stream(z).filter(v -> !Double.isNaN(v)).distinct().limit(MAX_CLASSES + 1)
                .sorted().toArray();
        double min = Arrays.stream(z).filter(v -> !Double.isNaN(v)).min().orElse(0);
        double max = Arrays.stream(z).filter(v -> !Double.isNaN(v)).max().orElse(0);
        return new ContourLevels(min, max, distinct.length <= MAX_CLASSES ? distinct : null);
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
