package dezero.core;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;

/**
 * numpy's legacy random generator ({@code np.random.RandomState}, the one behind
 * {@code np.random.seed}): the same seed and the same calls give exactly numpy's numbers.
 *
 * <p>MT19937 seeded by {@code init_genrand}; doubles from two 32-bit outputs; normal samples by
 * the legacy polar method, which keeps its second value for the next call; bounded integers,
 * {@code permutation} and {@code shuffle} by masked rejection sampling. In JShell:
 * <pre>{@code
 * RandomState.global().seed(0);
 * RandomState.global().rand(3)        // [0.5488135  0.71518937 0.60276338]
 * new RandomState(0).randn(2, 2)      // a generator of one's own
 * }</pre>
 * An empty shape gives a 0-d array (numpy's {@code size=None} gives a Python scalar). Methods
 * are synchronized: one instance may be shared between threads, as numpy's global one is.
 */
public final class RandomState {
    private static final RandomState GLOBAL = new RandomState();
    private static final long MAX_SEED = 0xffffffffL;

    private final MT19937 mt = new MT19937();
    private boolean hasGauss;
    private double gauss;

    /** A generator seeded from the operating system's entropy, as {@code np.random.RandomState()}. */
    public RandomState() {
        seed(entropy() & MAX_SEED);
    }

    /**
     * 32 bits from the system's entropy: read from {@code /dev/urandom} where there is one, since
     * {@link SecureRandom}'s first use loads the security providers, 20 ms at every start (numpy's
     * global generator is made at import, as ours is when the library loads).
     */
    private static int entropy() {
        try (InputStream in = new FileInputStream("/dev/urandom")) {
            byte[] b = in.readNBytes(4);
            if (b.length == 4) {
                return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
            }
        } catch (IOException | SecurityException e) {
            // no such device (not a Unix): the portable source below
        }
        return new SecureRandom().nextInt();
    }

    /** A generator seeded with {@code seed} (0 to 2^32-1), as {@code np.random.RandomState(seed)}. */
    public RandomState(long seed) {
        seed(seed);
    }

    /** The generator behind {@code np.random.*}. */
    public static RandomState global() {
        return GLOBAL;
    }

    /** Reseeds, as {@code np.random.seed(seed)}: the seed must be in [0, 2^32-1]. */
    public synchronized void seed(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new ArgumentException("Seed must be between 0 and 2**32 - 1");
        }
        mt.seed(seed);
        hasGauss = false;
        gauss = 0.0;
    }

    /**
     * Reseeds with a key of several words, as {@code np.random.seed([1, 2, 3])} (numpy's
     * {@code init_by_array}): each must be in [0, 2^32-1], and there must be at least one.
     */
    public synchronized void seed(long[] key) {
        if (key.length == 0) {
            throw new ArgumentException("Seed must be non-empty");
        }
        int[] words = new int[key.length];
        for (int i = 0; i < key.length; i++) {
            if (key[i] < 0 || key[i] > MAX_SEED) {
                throw new ArgumentException("Seed must be between 0 and 2**32 - 1");
            }
            words[i] = (int) key[i];
        }
        mt.seed(words);
        hasGauss = false;
        gauss = 0.0;
    }

    // ---------------------------------------------------------------- floats

    /** Uniform samples in [0, 1) of {@code shape}, as {@code np.random.rand(*shape)}. */
    public NDArray rand(int... shape) {
        return randomSample(shape);
    }

    /** Uniform samples in [0, 1), as {@code np.random.random_sample(shape)} and {@code np.random.random}. */
    public synchronized NDArray randomSample(int... shape) {
        double[] d = Buffers.of(shape);
        for (int i = 0; i < d.length; i++) {
            checkInterrupt(i);
            d[i] = mt.nextDouble();
        }
        return new NDArray(shape.clone(), d);
    }

    /** Uniform samples in [0, 1), as {@code np.random.random(shape)}. */
    public NDArray random(int... shape) {
        return randomSample(shape);
    }

    /** Standard normal samples, as {@code np.random.randn(*shape)}. */
    public NDArray randn(int... shape) {
        return standardNormal(shape);
    }

    /** Standard normal samples, as {@code np.random.standard_normal(shape)}. */
    public synchronized NDArray standardNormal(int... shape) {
        double[] d = Buffers.of(shape);
        for (int i = 0; i < d.length; i++) {
            checkInterrupt(i);
            d[i] = gauss();
        }
        return new NDArray(shape.clone(), d);
    }

    /** {@code loc + scale * z} for standard normal z, as {@code np.random.normal(loc, scale, shape)}. */
    public synchronized NDArray normal(double loc, double scale, int... shape) {
        if (!(scale >= 0)) {
            throw new ArgumentException("scale < 0");
        }
        double[] d = Buffers.of(shape);
        for (int i = 0; i < d.length; i++) {
            checkInterrupt(i);
            d[i] = loc + scale * gauss();
        }
        return new NDArray(shape.clone(), d);
    }

    /** {@code low + (high - low) * u} for u uniform in [0, 1), as {@code np.random.uniform(low, high, shape)}. */
    public synchronized NDArray uniform(double low, double high, int... shape) {
        double range = high - low;
        if (!Double.isFinite(range)) {
            throw new OverflowException("Range exceeds valid bounds");
        }
        double[] d = Buffers.of(shape);
        for (int i = 0; i < d.length; i++) {
            checkInterrupt(i);
            d[i] = low + range * mt.nextDouble();
        }
        return new NDArray(shape.clone(), d);
    }

    // ---------------------------------------------------------------- integers

    /**
     * int64 samples uniform in [low, high), as {@code np.random.randint(low, high, shape)}
     * ({@code np.random.randint(n)} is {@code randint(0, n)}).
     */
    public synchronized NDArray randint(long low, long high, int... shape) {
        if (low >= high) {
            throw new ArgumentException("low >= high");
        }
        long[] values = new long[Shapes.size(shape)];
        bounded(low, high - 1 - low, values);
        return NDArray.int64(values, shape);
    }

    /** numpy's {@code random_bounded_uint64_fill} with masked rejection: {@code off + [0, rng]}. */
    private void bounded(long off, long rng, long[] out) {
        if (rng == 0) {
            java.util.Arrays.fill(out, off);
            return;
        }
        long mask = mask(rng);
        for (int i = 0; i < out.length; i++) {
            checkInterrupt(i);
            long v;
            if (rng == 0xffffffffL) {
                v = mt.nextUint32();
            } else if (Long.compareUnsigned(rng, 0xffffffffL) < 0) {
                do {
                    v = mt.nextUint32() & mask;
                } while (v > rng);
            } else if (rng == -1L) {
                v = mt.nextUint64();
            } else {
                do {
                    v = mt.nextUint64() & mask;
                } while (Long.compareUnsigned(v, rng) > 0);
            }
            out[i] = off + v;
        }
    }

    /** numpy's {@code random_interval(max)}: uniform in [0, max] by masked rejection. */
    private long interval(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = mask(max);
        long v;
        if (max <= 0xffffffffL) {
            do {
                v = mt.nextUint32() & mask;
            } while (v > max);
        } else {
            do {
                v = mt.nextUint64() & mask;
            } while (v > max);
        }
        return v;
    }

    /** The smallest all-ones bit mask covering {@code max}. */
    private static long mask(long max) {
        long m = max;
        m |= m >>> 1;
        m |= m >>> 2;
        m |= m >>> 4;
        m |= m >>> 8;
        m |= m >>> 16;
        m |= m >>> 32;
        return m;
    }

    // ---------------------------------------------------------------- permutations and choice

    /** {@code 0 .. n-1} shuffled (int64), as {@code np.random.permutation(n)}. */
    public synchronized NDArray permutation(int n) {
        if (n < 0) {
            throw new ArgumentException("negative dimensions are not allowed");
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        NDArray a = NDArray.int64(v, n);
        shuffle(a);
        return a;
    }

    /** A shuffled copy of {@code x} along its first axis, as {@code np.random.permutation(x)}. */
    public synchronized NDArray permutation(NDArray x) {
        if (x.ndim() < 1) {
            throw new IndexException("x must be an integer or at least 1-dimensional");
        }
        NDArray copy = x.copy();
        shuffle(copy);
        return copy;
    }

    /**
     * Shuffles {@code x} in place along its first axis, as {@code np.random.shuffle(x)} (a 0-d
     * array is numpy's TypeError; here an {@link ArgumentException} with its text).
     */
    public synchronized void shuffle(NDArray x) {
        if (x.ndim() < 1) {
            throw new ArgumentException("len() of unsized object");
        }
        int n = x.shapeRef()[0];
        if (x.size() == 0) {
            return;
        }
        double[] d = x.buffer();
        int row = d.length / n;
        double[] tmp = new double[row];
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) interval(i);
            if (i == j) {
                continue;
            }
            System.arraycopy(d, j * row, tmp, 0, row);
            System.arraycopy(d, i * row, d, j * row, row);
            System.arraycopy(tmp, 0, d, i * row, row);
        }
        x.written();
    }

    /**
     * Samples of {@code range(n)} (int64), as {@code np.random.choice(n, shape, replace, p)};
     * {@code p} may be null (uniform), else a 1-d array of n probabilities.
     */
    public synchronized NDArray choice(int n, boolean replace, NDArray p, int... shape) {
        if (n <= 0 && Shapes.size(shape) != 0) {
            throw new ArgumentException("a must be greater than 0 unless no samples are taken");
        }
        return choiceIndices(n, replace, p, shape);
    }

    /**
     * Samples of the elements of the 1-d array {@code a}, as {@code np.random.choice(a, shape, replace, p)}.
     */
    public synchronized NDArray choice(NDArray a, boolean replace, NDArray p, int... shape) {
        if (a.ndim() != 1) {
            throw new ArgumentException("a must be 1-dimensional");
        }
        int n = a.shapeRef()[0];
        if (n == 0 && Shapes.size(shape) != 0) {
            throw new ArgumentException("'a' cannot be empty unless no samples are taken");
        }
        NDArray idx = choiceIndices(n, replace, p, shape);
        return a.take(idx);
    }

    private NDArray choiceIndices(int popSize, boolean replace, NDArray p, int[] shape) {
        double[] pv = p == null ? null : checkedProbabilities(p, popSize);
        int size = Shapes.size(shape);
        if (replace) {
            if (pv == null) {
                return randint(0, popSize, shape);
            }
            double[] cdf = cdf(pv);
            long[] idx = new long[size];
            for (int i = 0; i < size; i++) {
                idx[i] = searchRight(cdf, mt.nextDouble());
            }
            return NDArray.int64(idx, shape);
        }
        if (size > popSize) {
            throw new ArgumentException("Cannot take a larger sample than population when 'replace=False'");
        }
        if (pv == null) {
            double[] perm = permutation(popSize).buffer();
            long[] idx = new long[size];
            for (int i = 0; i < size; i++) {
                idx[i] = (long) perm[i];
            }
            return NDArray.int64(idx, shape);
        }
        int positive = 0;
        for (double v : pv) {
            positive += v > 0 ? 1 : 0;
        }
        if (positive < size) {
            throw new ArgumentException("Fewer non-zero entries in p than size");
        }
        // numpy's loop: draw the missing count, zero what was found, keep first occurrences.
        double[] q = pv.clone();
        long[] found = new long[size];
        int unique = 0;
        while (unique < size) {
            double[] x = new double[size - unique];
            for (int i = 0; i < x.length; i++) {
                x[i] = mt.nextDouble();
            }
            for (int i = 0; i < unique; i++) {
                q[(int) found[i]] = 0;
            }
            double[] cdf = cdf(q);
            java.util.LinkedHashSet<Long> fresh = new java.util.LinkedHashSet<>();
            for (double u : x) {
                fresh.add((long) searchRight(cdf, u));
            }
            for (long v : fresh) {
                found[unique++] = v;
            }
        }
        return NDArray.int64(found, shape);
    }

    /** numpy's checks on {@code p}: 1-d, popSize long, no nan, non-negative, sums to 1 (Kahan sum). */
    private static double[] checkedProbabilities(NDArray p, int popSize) {
        if (p.ndim() != 1) {
            throw new ArgumentException("'p' must be 1-dimensional");
        }
        if (p.size() != popSize) {
            throw new ArgumentException("'a' and 'p' must have same size");
        }
        double[] v = p.toArray();
        double sum = v.length == 0 ? 0 : v[0];
        double c = 0.0;
        for (int i = 1; i < v.length; i++) {
            double y = v[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        if (Double.isNaN(sum)) {
            throw new ArgumentException("probabilities contain NaN");
        }
        for (double x : v) {
            if (x < 0) {
                throw new ArgumentException("probabilities are not non-negative");
            }
        }
        double atol = Math.sqrt(Math.ulp(1.0));
        if (p.dtype() == DType.FLOAT32) {
            atol = Math.max(atol, Math.sqrt(Math.ulp(1.0f)));
        }
        if (Math.abs(sum - 1.0) > atol) {
            throw new ArgumentException("probabilities do not sum to 1");
        }
        return v;
    }

    /** {@code cumsum(p) / cumsum(p)[-1]}, summed in order as numpy's cumsum. */
    private static double[] cdf(double[] p) {
        double[] c = new double[p.length];
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            c[i] = acc;
        }
        double last = c[c.length - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] /= last;
        }
        return c;
    }

    /** {@code searchsorted(cdf, u, side='right')}: how many entries are {@code <= u}. */
    private static int searchRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** numpy's {@code legacy_gauss}: the polar method, the second value kept for the next call. */
    private double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double g = gauss;
            gauss = 0.0;
            return g;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * mt.nextDouble() - 1.0;
            x2 = 2.0 * mt.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * GlibcLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    private static void checkInterrupt(int i) {
        if ((i & 0xffff) == 0) {
            Interrupts.check();
        }
    }
}
