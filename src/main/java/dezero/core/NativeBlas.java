package dezero.core;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Large matrix products through the system's BLAS (OpenBLAS on Debian and Ubuntu, where numpy
 * gets its speed too), reached through netlib's JNI binding ({@code dev.ludovic.netlib:blas}, the
 * one Spark uses), when the system has one; {@link Gemm}, our own kernel, everywhere else.
 *
 * <p>Why: the JIT of JDK 17 vectorises our kernel but not with fused multiply-adds, and not at
 * all for narrow products, where OpenBLAS's hand-written kernels are 2-5x faster (measured on
 * mlp_step's products, one run: 1000x100 @ 100x100 0.27 ms against 0.45 on two threads each,
 * 1000x100 @ 100x10 0.045 against 0.23, 100x1000 @ 1000x100 0.26 against 0.44). Its sums run in
 * another order and with fused multiply-adds, so results are not bit-identical to the plain
 * i-k-j loop's, as numpy's are not: within 2e-15 of the largest element on those products.
 *
 * <p>{@code -Ddezero.blas=java} (the launcher's {@code DEZERO_BLAS=java}) keeps every product
 * on our kernel; OpenBLAS's threads follow {@code OPENBLAS_NUM_THREADS}, which the launcher sets
 * from {@code DEZERO_THREADS}. The binding loads on the first large product, never at start-up.
 */
final class NativeBlas {
    /**
     * Multiply-adds per call into the library: a product is cut into bands of rows so that a
     * Ctrl-C waits for at most one band (native code cannot be interrupted), 5-10 ms.
     */
    static final long BAND = 1L << 27;

    private NativeBlas() {}

    /** Whether products go to the system's BLAS. */
    static boolean available() {
        return Holder.BLAS != null;
    }

    /**
     * {@code r (m x n) = op(a) * op(b)}, row-major, as
     * {@link Gemm#multiply(double[], boolean, double[], boolean, double[], int, int, int)}, when
     * the product is large enough to be worth a call into the library and there is one; false
     * (and r untouched) otherwise.
     */
    static boolean multiply(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n) {
        long work = (long) m * k * n;
        // A band of a transposed A starts inside its rows, which netlib's bounds check refuses
        // (it wants every column whole): such a product in one call when it fits a band, else
        // on our kernel, which Ctrl-C can stop. The size first: loading the binding takes 20 ms,
        // which a program of small products should not pay.
        if (work <= Gemm.SMALL || ta && work > BAND) {
            return false;
        }
        NativeBLAS blas = Holder.BLAS;
        if (blas == null) {
            return false;
        }
        multiply(blas, a, ta, b, tb, r, m, k, n, BAND);
        return true;
    }

    /**
     * The product on {@code blas}, in bands of rows of at most {@code band} multiply-adds (at
     * least one row); with a transposed A, in one call whatever {@code band} says.
     */
    static void multiply(NativeBLAS blas, double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n,
                         long band) {
        // Row-major r = op(a) op(b) is column-major r^T = op(b)^T op(a)^T: the row-major arrays
        // read as column-major are the transposes, so each operand's flag stays as it is.
        int rows = ta ? m : (int) Math.max(1, Math.min(m, band / Math.max(1L, (long) k * n)));
        for (int i0 = 0; i0 < m; i0 += rows) {
            Interrupts.check();
            int count = Math.min(rows, m - i0);
            blas.dgemm(tb ? "T" : "N", ta ? "T" : "N", n, count, k, 1.0,
                    b, 0, tb ? k : n,
                    a, i0 * k, ta ? m : k,
                    0.0, r, i0 * n, n);
        }
    }

    /** The binding, or null (no system BLAS, or turned off): for tests. */
    static NativeBLAS binding() {
        return Holder.BLAS;
    }

    private static final class Holder {
        static final NativeBLAS BLAS = load(System.getProperty("dezero.blas", "native"));
    }

    /**
     * The binding, or null when it is turned off or the system has no BLAS library. netlib logs
     * a warning when its native part does not load; the fallback is ours, so that is silenced.
     */
    static NativeBLAS load(String choice) {
        if (!choice.equals("native")) {
            return null;
        }
        Logger log = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            return NativeBLAS.getInstance();
        } catch (RuntimeException | LinkageError e) {
            return null;
        } finally {
            log.setLevel(level);
        }
    }
}
