package dezero.bench;

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
