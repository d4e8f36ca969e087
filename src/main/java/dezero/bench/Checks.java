package dezero.bench;

import dezero.core.Variable;

/** Value checks of the workloads: each returns null when right, else a short reason without spaces. */
final class Checks {
    private Checks() {}

    /** Exact equality. */
    static String equal(String what, double actual, double expected) {
        return actual == expected ? null : what + "=" + actual + ",expected=" + expected;
    }

    /** numpy's {@code isclose} with {@code atol = 0}. */
    static String close(String what, double actual, double expected, double rtol) {
        boolean ok = actual == expected || Math.abs(actual - expected) <= rtol * Math.abs(expected);
        return ok ? null : what + "=" + actual + ",expected=" + expected;
    }

    /**
     * Every element of {@code v.grad} against {@code expected}, numpy's {@code allclose} with
     * {@code atol = rtol * max|expected|} (so elements near zero are judged on the array's scale);
     * names the first element that differs.
     */
    static String allClose(String what, Variable v, double[] expected, double rtol) {
        if (v.grad == null) {
            return what + "=None";
        }
        return allClose(what, v.grad.data.toArray(), expected, rtol);
    }

    /** {@link #allClose(String, Variable, double[], double)} on plain arrays. */
    static String allClose(String what, double[] actual, double[] expected, double rtol) {
        if (actual.length != expected.length) {
            return what + ".size=" + actual.length + ",expected=" + expected.length;
        }
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < actual.length; i++) {
            double a = actual[i];
            double e = expected[i];
            if (!(Math.abs(a - e) <= rtol * (Math.abs(e) + scale))) {
                return what + "[" + i + "]=" + a + ",expected=" + e;
            }
        }
        return null;
    }

    /** True or the reason. */
    static String that(boolean ok, String reason) {
        return ok ? null : reason;
    }

    /** The first non-null reason, or null. */
    static String firstFailure(String... reasons) {
        for (String r : reasons) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
