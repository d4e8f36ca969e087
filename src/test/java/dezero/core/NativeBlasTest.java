package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ludovic.netlib.blas.NativeBLAS;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Products on the system's BLAS, where the machine has one (OpenBLAS on the CI machines; skipped
 * without): each element within the classic bound of a sum in another order,
 * {@code 1e-12 * sum_p |a_ip b_pj|}, of the plain i-k-j loop, for each transpose of either operand,
 * in one call and cut into bands of rows.
 */
class NativeBlasTest {
    private static double[] randn(Well19937c rng, int size) {
        double[] d = new double[size];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }

    private static NativeBLAS blas() {
        NativeBLAS blas = NativeBlas.binding();
        assumeTrue(blas != null, "no system BLAS on this machine");
        return blas;
    }

    @ParameterizedTest
    @CsvSource({"1000,100,100", "1000,100,10", "1000,10,100", "100,1000,10", "100,1000,100", "17,300,5", "1,5000,3",
        "3,7,5000", "64,64,64"})
    void everyTransposeAgreesWithThePlainLoop(int m, int k, int n) {
        NativeBLAS blas = blas();
        Well19937c rng = new Well19937c(7L * m + 3L * k + n);
        double[] a = randn(rng, m * k);
        double[] b = randn(rng, k * n);
        PlainProduct expected = PlainProduct.of(a, b, m, k, n);
        double[] at = new double[k * m];
        LinAlg.transpose2d(a, m, k, at);
        double[] bt = new double[n * k];
        LinAlg.transpose2d(b, k, n, bt);
        for (long band : new long[] {NativeBlas.BAND, 1, 7L * k * n}) {
            for (int flags = 0; flags < 4; flags++) {
                boolean ta = (flags & 1) != 0;
                boolean tb = (flags & 2) != 0;
                double[] r = new double[m * n];
                NativeBlas.multiply(blas, ta ? at : a, ta, tb ? bt : b, tb, r, m, k, n, band);
                expected.assertClose(r, "ta " + ta + ", tb " + tb + ", band " + band);
            }
        }
    }

    @Test
    void matmulRunsOnItAndKeepsNumpysNanAndInfinity() {
        assumeTrue(NativeBlas.available(), "no system BLAS on this machine");
        assertEquals("blas", NDArray.matmulKernel());
        // numpy (OpenBLAS): a = np.ones((100, 100)); a[0, 0] = np.nan; a[1, 0] = np.inf;
        // b = np.ones((100, 100)); b[0, 1] = 0; c = a @ b gives c[0] all nan, c[1, 1] nan
        // (inf * 0), c[1, 0] inf, c[2] 100 but c[2, 1] 99.
        double[] a = new double[100 * 100];
        java.util.Arrays.fill(a, 1);
        a[0] = Double.NaN;
        a[100] = Double.POSITIVE_INFINITY;
        double[] b = new double[100 * 100];
        java.util.Arrays.fill(b, 1);
        b[1] = 0;
        NDArray c = NDArray.of(a, 100, 100).matmul(NDArray.of(b, 100, 100));
        for (int j = 0; j < 100; j++) {
            assertTrue(Double.isNaN(c.get(0, j)), "c[0, " + j + "]");
            assertEquals(j == 1 ? 99.0 : 100.0, c.get(2, j));
        }
        assertTrue(Double.isNaN(c.get(1, 1)));
        assertEquals(Double.POSITIVE_INFINITY, c.get(1, 0));
    }

    @Test
    void javaKeepsEveryProductOnOurKernel() {
        assertNull(NativeBlas.load("java"));
    }
}
