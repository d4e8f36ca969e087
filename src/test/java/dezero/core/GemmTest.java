package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GemmTest {
    /** The plain i-k-j loop: the order of sums every path of the kernel must reproduce exactly. */
    private static double[] reference(double[] a, double[] b, int m, int k, int n) {
        return PlainProduct.of(a, b, m, k, n).product();
    }

    private static double[] randn(Well19937c rng, int size) {
        double[] d = new double[size];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return d;
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,3,3", "2,0,3", "0,4,5", "17,9,23", "1000,100,10", "100,1000,10", "10,1000,100",
        "64,64,64", "65,67,33", "300,7,301", "5,2000,40", "40,3,1", "100,10,1", "10,100,1", "101,10,3",
        "7,5,2", "100,1,10", "1,100,10", "30,3,10"})
    void productIsBitIdenticalToThePlainLoop(int m, int k, int n) {
        Well19937c rng = new Well19937c(31L * m + 7L * k + n);
        double[] a = randn(rng, m * k);
        double[] b = randn(rng, k * n);
        double[] r = new double[m * n];
        Gemm.multiply(a, b, r, m, k, n);
        assertArrayEquals(reference(a, b, m, k, n), r);
    }

    @ParameterizedTest
    @CsvSource({"3,4,5", "1000,100,10", "100,1000,10", "64,64,64", "300,7,301", "5,2000,40", "40,3,1", "100,10,1",
        "10,100,1", "101,10,3", "7,5,2", "100,1,10", "1,100,10", "30,3,10", "37,1,5", "100,1,3", "1,1,7"})
    void transposedOperandsGiveTheComposedProduct(int m, int k, int n) {
        Well19937c rng = new Well19937c(13L * m + k + 5L * n);
        NDArray a = NDArray.randn(rng, m, k);
        NDArray b = NDArray.randn(rng, k, n);
        NDArray at = a.transpose();
        NDArray bt = b.transpose();
        PlainProduct plain = PlainProduct.of(a.toArray(), b.toArray(), m, k, n);
        NDArray[] products = {a.matmul(b), a.matmul(bt, false, true), at.matmul(b, true, false),
            at.matmul(bt, true, true), a.matmul(b, false, false)};
        for (NDArray p : products) {
            if (NDArray.matmulKernel().equals("java") || (long) m * k * n <= Gemm.SMALL) {
                // Our kernel: the plain loop's sums, bit for bit, whichever operand is transposed.
                assertArrayEquals(plain.product(), p.toArray());
            } else {
                // The system's BLAS sums in its own order (NativeBlasTest).
                plain.assertClose(p.toArray(), "matmul " + m + "x" + k + "x" + n);
            }
        }
    }

    /**
     * Products large enough to be split between threads, on 1 to 3 of them, odd row counts
     * included, with one and four output rows per pass.
     */
    @ParameterizedTest
    @CsvSource({"1000,100,100,1,false", "1000,100,100,1,true", "1000,100,100,2,false", "1000,100,100,2,true",
        "1000,100,100,3,true", "301,101,99,2,false", "301,101,99,3,true", "301,101,99,1,true",
        "100,1000,100,2,true", "33,1000,64,3,true", "1000,100,10,2,true", "1000,100,10,1,false",
        "6,5000,200,3,true", "7,9,23,1,true", "65,67,33,1,true",
        // The four-row kernel's edges: row counts and k not multiples of 4 (on each thread's part
        // too), one row, one column, fewer than four rows, k spanning more than one block of B.
        "1003,101,99,2,true", "1001,103,1,2,true", "1,100,100,1,true", "100,100,1,1,true", "3,1001,7,1,true",
        "7,1001,7,2,true", "2,7003,5,1,true", "9,7003,5,1,true", "41,37,43,1,true", "41,37,43,1,false",
        "6,1502,11,1,true",
        // Narrow outputs of a transposed A, computed as their transpose: at and under the width.
        "640,50,15,1,true", "64,300,1,2,true", "65,300,15,1,false", "63,300,15,1,true", "64,300,16,1,true",
        "1001,1000,3,2,true"})
    void productSplitBetweenThreadsIsBitIdenticalToThePlainLoop(int m, int k, int n, int threads, boolean wide) {
        Well19937c rng = new Well19937c(11L * m + k + 3L * n);
        double[] a = randn(rng, m * k);
        double[] b = randn(rng, k * n);
        double[] expected = reference(a, b, m, k, n);
        double[] r = new double[m * n];
        Gemm.multiply(a, false, b, false, r, m, k, n, threads, wide);
        assertArrayEquals(expected, r);
        double[] at = new double[k * m];
        LinAlg.transpose2d(a, m, k, at);
        double[] bt = new double[n * k];
        LinAlg.transpose2d(b, k, n, bt);
        double[] rt = new double[m * n];
        Gemm.multiply(at, true, bt, true, rt, m, k, n, threads, wide);
        assertArrayEquals(expected, rt);
        java.util.Arrays.fill(rt, 0);
        Gemm.multiply(a, false, bt, true, rt, m, k, n, threads, wide);
        assertArrayEquals(expected, rt);
        java.util.Arrays.fill(rt, 0);
        Gemm.multiply(at, true, b, false, rt, m, k, n, threads, wide);
        assertArrayEquals(expected, rt);
    }

    @ParameterizedTest
    @CsvSource({"1000,100,100,1,1", "1000,100,100,2,2", "1000,100,100,8,8", "1000,100,10,2,1", "3,1000,1000,4,1",
        "1000,1000,1000,2,2"})
    void partsNeedEnoughWorkAndRows(int m, int k, int n, int threads, int parts) {
        assertEquals(parts, Workers.parts(m, k, n, threads));
    }

    @ParameterizedTest
    @CsvSource(value = {"null,2,2", "null,16,4", "null,1,1", "1,8,1", "3,2,3", "0,2,2", "x,2,2", "-1,2,2"}, nullValues = "null")
    void threadsComeFromThePropertyElseTheCores(String property, int cores, int threads) {
        assertEquals(threads, Workers.threads(property, cores));
    }

    @org.junit.jupiter.api.Test
    void rowBoundsAreEvenAndCoverEveryRow() {
        assertArrayEquals(new int[] {0, 500, 1000}, Workers.bounds(1000, 2));
        assertArrayEquals(new int[] {0, 100, 200, 301}, Workers.bounds(301, 3));
    }

    @org.junit.jupiter.api.Test
    void transposedProductOfOtherRanksIsTheComposition() {
        NDArray v = NDArray.of(1, 2, 3);
        NDArray w = NDArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(v.matmul(w.transpose()), v.matmul(w, false, true));
        assertEquals(NDArray.of(14, 32), v.matmul(w, false, true));
    }

    @org.junit.jupiter.api.Test
    void transposedProductMismatchNamesBothSizes() {
        NDArray a = NDArray.zeros(2, 3);
        ShapeException e = org.junit.jupiter.api.Assertions.assertThrows(ShapeException.class,
                () -> a.matmul(NDArray.zeros(2, 4), false, true));
        assertEquals("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"50,60,70", "200,30,5"})
    void productAgreesWithCommonsMath(int m, int k, int n) {
        Well19937c rng = new Well19937c(m);
        double[] a = randn(rng, m * k);
        double[] b = randn(rng, k * n);
        double[] r = new double[m * n];
        Gemm.multiply(a, b, r, m, k, n);
        BlockRealMatrix ma = new BlockRealMatrix(m, k);
        BlockRealMatrix mb = new BlockRealMatrix(k, n);
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                ma.setEntry(i, p, a[i * k + p]);
            }
        }
        for (int p = 0; p < k; p++) {
            for (int j = 0; j < n; j++) {
                mb.setEntry(p, j, b[p * n + j]);
            }
        }
        BlockRealMatrix expected = ma.multiply(mb);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(expected.getEntry(i, j), r[i * n + j], 1e-12 * k, "r[" + i + "][" + j + "]");
            }
        }
    }
}
