package dezero.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The matrix product kernel behind {@code matmul}. Every element is summed in the order of the
 * plain i-k-j loop ({@code r[i][j] = ((0 + a[i][0]*b[0][j]) + a[i][1]*b[1][j]) + ...}), so the
 * results are bit-identical to it (no fused multiply-add either: it would round differently);
 * the speed comes from the layout: B is packed into one array per row and each output row
 * accumulates in an array of its own, so the inner loop reads and writes at the same index of
 * distinct arrays and the JIT vectorises it across j. A pass takes four rows of B and, with the
 * launcher's higher unroll limit, four output rows (a 4x4 register block of A's elements
 * against vectors of B and of the accumulators: sixteen multiply-adds per eight loads); at C2's
 * default limit only the one-row loop is unrolled, and so vectorised ({@link Unrolling}).
 * Blocks of B's rows stay in the L2 cache. Large products split their output rows between threads ({@link Workers});
 * each element is still summed by one thread in order.
 * Either operand may be given transposed (read in place), as matmul's gradient needs.
 */
final class Gemm {
    /** Products of at most this many multiply-adds use the plain loop (packing would cost more). */
    static final int SMALL = 4096;
    /** Outputs narrower than this (and from a transposed A) are computed as their transpose. */
    private static final int NARROW = 16;
    /**
     * Bytes of B's rows worked on at once: a block that stays in the L2 cache (512 KiB to 1 MiB a
     * core on the machines measured) while the output rows pass it four at a time. Blocks sized
     * for the L1 cache instead (16 KiB) made every output row travel from L2 once per block,
     * and ran 1000x100x100 20-25% slower.
     */
    private static final int BLOCK_BYTES = 256 * 1024;
    /** Rows of the left operand processed between interrupt checks. */
    private static final int ROW_BLOCK = 64;

    private Gemm() {}

    /**
     * The most scratch memory {@link #multiply} allocates: b transposed and its packed rows (or a's
     * rows and the transposed result, for narrow outputs), and each thread's four rows of sums.
     */
    static long scratchBytes(int m, int k, int n) {
        return 8L * (2L * k * Math.max(m, n) + (long) m * n + 4L * Math.max(m, n) * Workers.THREADS);
    }

    /** {@code r (m x n) = a (m x k) * b (k x n)}, row-major; {@code r} is zero on entry. */
    static void multiply(double[] a, double[] b, double[] r, int m, int k, int n) {
        multiply(a, false, b, false, r, m, k, n);
    }

    /**
     * {@code r (m x n) = op(a) * op(b)} where {@code op(a)} is {@code a} ({@code m x k}) or, when
     * {@code ta}, the transpose of {@code a} stored as {@code k x m}; likewise {@code op(b)} with
     * {@code b} stored as {@code n x k} when {@code tb}. No transpose is materialised.
     */
    static void multiply(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n) {
        // Small products (the plain loop, which ignores the unrolling) never touch Unrolling: asking
        // the JVM for its unroll limit loads the management classes, 15 ms that a program of small
        // products (the book's steps 43-46) never needs.
        multiply(a, ta, b, tb, r, m, k, n, Workers.THREADS, (long) m * k * n > SMALL && Unrolling.WIDE);
    }

    /**
     * {@link #multiply(double[], boolean, double[], boolean, double[], int, int, int)} on at most
     * {@code threads} threads, four output rows per pass when {@code wide}.
     */
    static void multiply(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n, int threads,
                         boolean wide) {
        if ((long) m * k * n <= SMALL) {
            plain(a, ta, b, tb, r, m, k, n);
        } else if (ta && n < NARROW && m >= 4 * NARROW) {
            // A narrow output from a transposed A (x.T @ gy, a linear layer's weight gradient):
            // computed as its transpose, op(b)^T @ a, whose rows are m long and whose "B" is a's
            // rows as stored, then transposed into r. Each element is still one thread's sum
            // over p in order. 100x1000x10: 0.12 ms against 0.20. Other narrow outputs stay
            // direct: there the transposed form must first transpose A whole, and measured
            // 1.3-2.2x slower (1000x100x10, 1000x10x100).
            double[] t = new double[m * n];
            blocked(b, !tb, a, false, t, n, k, m, threads, wide);
            LinAlg.transpose2d(t, n, m, r);
        } else {
            blocked(a, ta, b, tb, r, m, k, n, threads, wide);
        }
    }

    /**
     * Small products, with no packing. Element (i, p) of op(a) is {@code a[i * ars + p * acs]},
     * element (p, j) of op(b) is {@code b[p * brs + j * bcs]}. Each element is still summed over p
     * in order from its initial value, so results are those of the i-k-j loop; only the order in
     * which elements are visited changes.
     */
    private static void plain(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n) {
        int ars = ta ? 1 : k;
        int acs = ta ? m : 1;
        if (n < 4 || m == 1) {
            // Narrow outputs (n = 1 in a linear layer's gradients): as dot products, since an i-k-j
            // inner loop of one or two elements is all overhead; four rows at once give four
            // independent sums, so the adds do not wait on one another. A single row (x.T @ gy
            // with one input feature) too: each sum stays in a register instead of being loaded
            // and stored k times (1x100 @ 100x10 1.0 -> 0.7 us under C1, and 0.87 -> 0.59 us with
            // four columns at once).
            int brs = tb ? 1 : n;
            int bcs = tb ? k : 1;
            int i = 0;
            for (; i + 3 < m; i += 4) {
                if (i % ROW_BLOCK == 0) {
                    Interrupts.check();
                }
                for (int j = 0; j < n; j++) {
                    int r0 = i * n + j;
                    double s0 = r[r0];
                    double s1 = r[r0 + n];
                    double s2 = r[r0 + 2 * n];
                    double s3 = r[r0 + 3 * n];
                    int ai = i * ars;
                    int bi = j * bcs;
                    for (int p = 0; p < k; p++, ai += acs, bi += brs) {
                        double bv = b[bi];
                        s0 += a[ai] * bv;
                        s1 += a[ai + ars] * bv;
                        s2 += a[ai + 2 * ars] * bv;
                        s3 += a[ai + 3 * ars] * bv;
                    }
                    r[r0] = s0;
                    r[r0 + n] = s1;
                    r[r0 + 2 * n] = s2;
                    r[r0 + 3 * n] = s3;
                }
            }
            for (; i < m; i++) {
                // The rows left over (all of them for a single row): four columns at once, for
                // the same four independent sums.
                int j = 0;
                for (; j + 3 < n; j += 4) {
                    int r0 = i * n + j;
                    double s0 = r[r0];
                    double s1 = r[r0 + 1];
                    double s2 = r[r0 + 2];
                    double s3 = r[r0 + 3];
                    int ai = i * ars;
                    int bi = j * bcs;
                    for (int p = 0; p < k; p++, ai += acs, bi += brs) {
                        double av = a[ai];
                        s0 += av * b[bi];
                        s1 += av * b[bi + bcs];
                        s2 += av * b[bi + 2 * bcs];
                        s3 += av * b[bi + 3 * bcs];
                    }
                    r[r0] = s0;
                    r[r0 + 1] = s1;
                    r[r0 + 2] = s2;
                    r[r0 + 3] = s3;
                }
                for (; j < n; j++) {
                    double s = r[i * n + j];
                    int ai = i * ars;
                    int bi = j * bcs;
                    for (int p = 0; p < k; p++, ai += acs, bi += brs) {
                        s += a[ai] * b[bi];
                    }
                    r[i * n + j] = s;
                }
            }
            return;
        }
        if (k == 1) {
            // An outer product (a linear layer with one input feature, x @ W, and its gradient
            // gy @ W.T with one output): op(a) and op(b) are then contiguous whatever the
            // transposes, and one pass over r does it; the row-by-row loops below took 2 ns an
            // element under C1 for 100x1 @ 1x10.
            Interrupts.check();
            for (int i = 0, ri = 0; i < m; i++, ri += n) {
                double ai = a[i];
                for (int j = 0; j < n; j++) {
                    r[ri + j] += ai * b[j];
                }
            }
            return;
        }
        // The transposes are decided outside the loops, which then index with plain strides.
        for (int i = 0; i < m; i++) {
            if (i % ROW_BLOCK == 0) {
                Interrupts.check();
            }
            int ri = i * n;
            int ai = i * ars;
            if (tb) {
                for (int p = 0; p < k; p++, ai += acs) {
                    double aip = a[ai];
                    for (int j = 0, bj = p; j < n; j++, bj += k) {
                        r[ri + j] += aip * b[bj];
                    }
                }
            } else {
                for (int p = 0, bp = 0; p < k; p++, ai += acs, bp += n) {
                    double aip = a[ai];
                    for (int j = 0; j < n; j++) {
                        r[ri + j] += aip * b[bp + j];
                    }
                }
            }
        }
    }

    /**
     * The rows of {@code op(b)}, one array each. A transposed {@code b} is first transposed whole
     * in cache-sized tiles: gathering each row from a column (a stride of k doubles) cost more
     * than the product itself for the narrow products of mlp_step (1000x100 @ 100x10 computed as
     * its transpose).
     */
    private static double[][] packRows(double[] b, boolean tb, int k, int n) {
        double[] rowMajor = b;
        if (tb) {
            rowMajor = new double[k * n];
            LinAlg.transpose2d(b, n, k, rowMajor);
        }
        double[][] rows = new double[k][];
        for (int p = 0; p < k; p++) {
            rows[p] = Arrays.copyOfRange(rowMajor, p * n, p * n + n);
        }
        return rows;
    }

    private static void blocked(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n,
                                int threads, boolean wide) {
        double[][] rows = packRows(b, tb, k, n);
        int parts = Workers.parts(m, k, n, threads);
        if (parts == 1) {
            rows(a, ta, rows, r, 0, m, m, k, n, true, wide);
        } else {
            // Each part owns whole output rows, so every element is summed as in one thread.
            List<Callable<Void>> others = new ArrayList<>();
            int[] bounds = Workers.bounds(m, parts);
            for (int t = 1; t < parts; t++) {
                int i0 = bounds[t];
                int i1 = bounds[t + 1];
                others.add(() -> {
                    rows(a, ta, rows, r, i0, i1, m, k, n, false, wide);
                    return null;
                });
            }
            Workers.run(others, () -> rows(a, ta, rows, r, 0, bounds[1], m, k, n, true, wide));
        }
    }

    /**
     * Output rows {@code [i0, i1)}: for each block of B's rows (sized for the L2 cache), four
     * output rows at a time against four rows of B ({@link #axpy4x4}: each element of B loaded
     * serves sixteen multiply-adds, and the four accumulator rows stay in the L1 cache while B
     * streams past), when {@code wide}; else one row at a time. Every element is still summed over
     * p in order. The thread that called {@code matmul} checks for interrupts, the helpers finish
     * their rows.
     */
    private static void rows(double[] a, boolean ta, double[][] rows, double[] r, int i0, int i1,
                             int m, int k, int n, boolean interruptible, boolean wide) {
        // Element (i, p) of op(a) is a[i * rowStep + p * colStep].
        int rowStep = ta ? 1 : k;
        int colStep = ta ? m : 1;
        int block = Math.max(4, BLOCK_BYTES / Double.BYTES / Math.max(n, 1) & ~3);
        // The rows being summed, one array each (so the JIT vectorises across them), copied from r
        // and back around each block of B: they stay in the L1 cache, and no m x n scratch is made.
        // A fresh m x n accumulator cost 0.15 ms of cache misses on 1000x100x100 (0.5 ms in all).
        double[] c0 = new double[n];
        double[] c1 = new double[n];
        double[] c2 = new double[n];
        double[] c3 = new double[n];
        for (int p0 = 0; p0 < k; p0 += block) {
            int p1 = Math.min(k, p0 + block);
            int i = i0;
            for (; wide && i + 3 < i1; i += 4) {
                if (interruptible && (i - i0) % ROW_BLOCK == 0) {
                    Interrupts.check();
                }
                int ri = i * n;
                System.arraycopy(r, ri, c0, 0, n);
                System.arraycopy(r, ri + n, c1, 0, n);
                System.arraycopy(r, ri + 2 * n, c2, 0, n);
                System.arraycopy(r, ri + 3 * n, c3, 0, n);
                int p = p0;
                int ai = i * rowStep + p * colStep;
                for (; p + 3 < p1; p += 4, ai += 4 * colStep) {
                    axpy4x4(c0, c1, c2, c3, a, ai, rowStep, colStep, rows[p], rows[p + 1], rows[p + 2], rows[p + 3], n);
                }
                for (; p < p1; p++, ai += colStep) {
                    axpy1x4(c0, c1, c2, c3, a[ai], a[ai + rowStep], a[ai + 2 * rowStep], a[ai + 3 * rowStep], rows[p], n);
                }
                System.arraycopy(c0, 0, r, ri, n);
                System.arraycopy(c1, 0, r, ri + n, n);
                System.arraycopy(c2, 0, r, ri + 2 * n, n);
                System.arraycopy(c3, 0, r, ri + 3 * n, n);
            }
            for (; i < i1; i++) {
                if (interruptible && (i - i0) % ROW_BLOCK == 0) {
                    Interrupts.check();
                }
                System.arraycopy(r, i * n, c0, 0, n);
                int p = p0;
                int ai = i * rowStep + p * colStep;
                for (; p + 3 < p1; p += 4, ai += 4 * colStep) {
                    axpy4(c0, a[ai], rows[p], a[ai + colStep], rows[p + 1],
                            a[ai + 2 * colStep], rows[p + 2], a[ai + 3 * colStep], rows[p + 3], n);
                }
                for (; p < p1; p++, ai += colStep) {
                    axpy(c0, a[ai], rows[p], n);
                }
                System.arraycopy(c0, 0, r, i * n, n);
            }
        }
    }

    /**
     * Four output rows at once: {@code c_r += a[x + r*rs]*b0 + a[x + r*rs + cs]*b1 + ...} for
     * r = 0..3, each summed left to right (as four plain steps would). Sixteen multiply-adds per
     * four loads of B and four of the accumulators, against eight with two rows a pass: the loop
     * is bound by the arithmetic, not by loads and stores (1000x100x100: 19 against 15
     * Gmul-add/s on one core).
     */
    private static void axpy4x4(double[] c0, double[] c1, double[] c2, double[] c3, double[] a, int x, int rs, int cs,
                                double[] b0, double[] b1, double[] b2, double[] b3, int n) {
        double a00 = a[x];
        double a01 = a[x + cs];
        double a02 = a[x + 2 * cs];
        double a03 = a[x + 3 * cs];
        x += rs;
        double a10 = a[x];
        double a11 = a[x + cs];
        double a12 = a[x + 2 * cs];
        double a13 = a[x + 3 * cs];
        x += rs;
        double a20 = a[x];
        double a21 = a[x + cs];
        double a22 = a[x + 2 * cs];
        double a23 = a[x + 3 * cs];
        x += rs;
        double a30 = a[x];
        double a31 = a[x + cs];
        double a32 = a[x + 2 * cs];
        double a33 = a[x + 3 * cs];
        for (int j = 0; j < n; j++) {
            double v0 = b0[j];
            double v1 = b1[j];
            double v2 = b2[j];
            double v3 = b3[j];
            c0[j] = c0[j] + a00 * v0 + a01 * v1 + a02 * v2 + a03 * v3;
            c1[j] = c1[j] + a10 * v0 + a11 * v1 + a12 * v2 + a13 * v3;
            c2[j] = c2[j] + a20 * v0 + a21 * v1 + a22 * v2 + a23 * v3;
            c3[j] = c3[j] + a30 * v0 + a31 * v1 + a32 * v2 + a33 * v3;
        }
    }

    /** One step of p for four output rows: {@code c_r += a_r * b}. */
    private static void axpy1x4(double[] c0, double[] c1, double[] c2, double[] c3,
                                double a0, double a1, double a2, double a3, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            double v = b[j];
            c0[j] += a0 * v;
            c1[j] += a1 * v;
            c2[j] += a2 * v;
            c3[j] += a3 * v;
        }
    }

    /** {@code c += a0*b0 + a1*b1 + a2*b2 + a3*b3}, summed left to right (as four plain steps would). */
    private static void axpy4(double[] c, double a0, double[] b0, double a1, double[] b1,
                              double a2, double[] b2, double a3, double[] b3, int n) {
        for (int j = 0; j < n; j++) {
            c[j] = c[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
        }
    }

    private static void axpy(double[] c, double a0, double[] b0, int n) {
        for (int j = 0; j < n; j++) {
            c[j] += a0 * b0[j];
        }
    }

    /**
     * Whether the four-row loop is worth it: C2 vectorises a loop only once it unrolls it, and it
     * unrolls the multi-row loops only with {@code -XX:LoopUnrollLimit} of at least 120 (the
     * launcher's flags, scripts/lib/jvm-flags.sh); at the default, 60, the four-row loop runs
     * 1.7x slower than the one-row loop (5.6 against 9.7 Gmul-add/s, 1000x96x100), with it 1.9x
     * faster (19). Read on the first large product.
     */
    static final class Unrolling {
        /** The limit from which the four-row loop is unrolled. */
        static final int NEEDED = 120;
        static final boolean WIDE = limit() >= NEEDED;

        private Unrolling() {}

        private static long limit() {
            try {
                var vm = java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.HotSpotDiagnosticMXBean.class);
                return Long.parseLong(vm.getVMOption("LoopUnrollLimit").getValue());
            } catch (RuntimeException | LinkageError e) {
                return 0;
            }
        }
    }
}
