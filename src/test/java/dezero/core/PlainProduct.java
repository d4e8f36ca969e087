package dezero.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain i-k-j loop's product of row-major {@code a (m x k)} and {@code b (k x n)}: the order of
 * sums our kernel reproduces bit for bit, and beside it each element's {@code sum_p |a_ip b_pj|},
 * the scale of the error any other order of the same sums may make.
 */
record PlainProduct(double[] product, double[] scale) {
    static PlainProduct of(double[] a, double[] b, int m, int k, int n) {
        double[] r = new double[m * n];
        double[] scale = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                for (int j = 0; j < n; j++) {
                    r[i * n + j] += a[i * k + p] * b[p * n + j];
                    scale[i * n + j] += Math.abs(a[i * k + p] * b[p * n + j]);
                }
            }
        }
        return new PlainProduct(r, scale);
    }

    /** Each element of {@code r} within {@code 1e-12} of its scale from the plain loop's. */
    void assertClose(double[] r, String what) {
        for (int i = 0; i < r.length; i++) {
            assertTrue(Math.abs(r[i] - product[i]) <= 1e-12 * scale[i],
                    what + ", element " + i + ": " + r[i] + " against the plain loop's " + product[i]);
        }
    }
}
