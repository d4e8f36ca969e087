package dezero.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Tick labels as matplotlib's ScalarFormatter writes them: the same number of decimals on every
 * tick of an axis ({@code 0.0 0.5 1.0}), a true minus sign ({@code −1}), never {@code -0}.
 * XChart picks the ticks, so a layout pass shows this formatter every tick value first
 * ({@link #settle()}), and the painting pass writes them all with the most decimals any needs.
 */
final class TickFormat {
    private final double lo;
    private final double hi;
    private int decimals;
    private boolean settled;

    /** A formatter for an axis whose limits are {@code limits[0]} and {@code limits[1]}. */
    TickFormat(double[] limits) {
        this.lo = limits[0];
        this.hi = limits[1];
    }

    /** XChart also formats the axis limits, to measure label widths: those are no ticks. */
    private boolean isLimit(double v) {
        double tol = 1e-12 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
        return Math.abs(v - lo) <= tol || Math.abs(v - hi) <= tol;
    }

    String format(double v) {
        if (isLimit(v)) {
            return plain(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        }
        int d = decimalsOf(v);
        if (!settled) {
            decimals = Math.max(decimals, d);
        }
        if (d > 12) {
            return plain(String.valueOf(v));
        }
        String s = new BigDecimal(v).setScale(Math.max(d, decimals), RoundingMode.HALF_EVEN).toPlainString();
        return plain(s);
    }

    /** Fixes the decimals at the most any tick seen so far needed. */
    void settle() {
        settled = true;
    }

    private static String plain(String s) {
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '\u2212');
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
