package dezero.plot;

/** Tick positions at "nice" steps (1, 2, 2.5, 5 times a power of ten), as matplotlib's MaxNLocator picks them. */
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

    /** Ticks inside [lo, hi], at most about {@code maxTicks} of them. */
    static double[] between(double lo, double hi, int maxTicks) {
        double step = niceStep((hi - lo) / Math.max(1, maxTicks));
        double first = Math.ceil(lo / step - 1e-9) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        n = Math.max(0, Math.min(n, 1000));
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double v = first + i * step;
            t[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return t;
    }
}
