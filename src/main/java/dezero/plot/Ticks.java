package dezero.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Ticks as matplotlib's default locator and formatter make them: MaxNLocator's "nice" steps
 * (1, 2, 2.5, 5 times a power of ten) with at most a given number of intervals, and
 * ScalarFormatter's labels, one number of decimals for every tick of an axis ({@code 0.0 0.5 1.0}).
 */
final class Ticks {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    private Ticks() {}

    /** The smallest nice step at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double scale = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : STEPS) {
            if (s * scale >= raw * (1 - 1e-9)) {
                return s * scale;
            }
        }
        return 10 * scale;
    }

    /** Ticks inside [lo, hi] (either order) at a nice step giving at most about {@code maxTicks} intervals. */
    static double[] between(double lo, double hi, int maxTicks) {
        double a = Math.min(lo, hi);
        double b = Math.max(lo, hi);
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.isFinite(a) ? new double[] {a} : new double[0];
        }
        double step = niceStep((b - a) / Math.max(1, maxTicks));
        double first = Math.ceil(a / step - 1e-9) * step;
        int n = (int) Math.floor((b - first) / step + 1e-9) + 1;
        n = Math.max(0, Math.min(n, 1000));
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double v = first + i * step;
            t[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return t;
    }

    /**
     * ScalarFormatter's order of magnitude: the power of ten the labels are divided by when the
     * largest tick is 1e6 or more, or under 1e-4 (rcParams axes.formatter.limits [-5, 6]); else 0.
     */
    static int exponent(double[] ticks) {
        double m = 0;
        for (double t : ticks) {
            m = Math.max(m, Math.abs(t));
        }
        if (m == 0 || !Double.isFinite(m)) {
            return 0;
        }
        int oom = (int) Math.floor(Math.log10(m));
        return oom >= 6 || oom <= -5 ? oom : 0;
    }

    /** The ticks divided by ten to the {@code exponent}. */
    static double[] scaled(double[] ticks, int exponent) {
        double[] out = ticks.clone();
        if (exponent != 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = new BigDecimal(out[i]).scaleByPowerOfTen(-exponent).round(new MathContext(12)).doubleValue();
            }
        }
        return out;
    }

    /** Labels for ticks: the decimals the most precise one needs, {@code minus} for the sign, never {@code -0}. */
    static String[] labels(double[] ticks, char minus) {
        int d = 0;
        for (double t : ticks) {
            d = Math.max(d, decimalsOf(t));
        }
        String[] out = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            String s = new BigDecimal(ticks[i]).setScale(d, RoundingMode.HALF_EVEN).toPlainString();
            if (s.matches("-0(\\.0*)?")) {
                s = s.substring(1);
            }
            out[i] = s.replace('-', minus);
        }
        return out;
    }

    /** Decimals needed to write {@code v} to 10 significant digits (0.30000000000000004 needs 1). */
    static int decimalsOf(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
        return Math.max(0, b.scale());
    }
}
