package dezero.core;

import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise kernels of one operand: one plain loop per function over {@code double[]},
 * each into a fresh buffer checked by {@link Buffers}. The operand is not modified. Float
 * functions of float32 arrays compute in double and round once to float32 (so {@code sqrt} is
 * correctly rounded, {@code exp}, {@code log}, {@code tanh} within an ulp of the exact value;
 * numpy's own SIMD float32 loops are less exact: we differ from them by up to 2 float32 ulps
 * for exp and log, 1 for tanh, sin, cos, tested on 1,000 inputs);
 * of integer arrays they give float64 (numpy gives float16 for uint8 and bool; float32 here).
 */
final class Unary {
    private Unary() {}

    /** The dtype numpy's float functions give for an operand of {@code t}. */
    static DType floatType(DType t) {
        return switch (t) {
            case FLOAT64, INT64, INT32 -> DType.FLOAT64;
            default -> DType.FLOAT32;
        };
    }

    /** Wraps a float function's results for {@code x}, rounding them when the dtype is float32. */
    private static NDArray floating(NDArray x, double[] r) {
        DType t = x.dtype();
        if (t == DType.FLOAT64) {
            return new NDArray(x.shapeRef(), r);
        }
        t = floatType(t);
        if (t == DType.FLOAT32) {
            for (int i = 0; i < r.length; i++) {
                r[i] = (float) r[i];
            }
        }
        return new NDArray(x.shapeRef(), r, t);
    }

    /** Wraps results that keep the dtype of {@code x} (integers wrapped, float32 rounded). */
    private static NDArray sameType(NDArray x, double[] r) {
        DType t = x.dtype();
        if (t == DType.FLOAT32) {
            for (int i = 0; i < r.length; i++) {
                r[i] = (float) r[i];
            }
        } else if (t.isInteger() || t == DType.BOOL) {
            for (int i = 0; i < r.length; i++) {
                r[i] = t.wrap((long) r[i]);
            }
        }
        return new NDArray(x.shapeRef(), r, t);
    }

    static NDArray sqrt(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.sqrt(a[i]);
        }
        return floating(x, r);
    }

    static NDArray tan(NDArray x) {
        return map(x, Math::tan);
    }

    /**
     * {@code f} of each element of an integer array, computed in {@code long} over the exact
     * values and wrapped into the dtype ({@code -x} of the smallest int64 is itself, as numpy's).
     */
    /**
     * numpy's integer abs, negative and square (wrapping as int64 does), as constants: each a class
     * of its own, where a lambda would be linked at its first use (milliseconds for a JVM's first).
     */
    private enum IntegerMaps implements java.util.function.LongUnaryOperator {
        ABS {
            @Override
            public long applyAsLong(long v) {
                return v < 0 ? -v : v;
            }
        },
        NEGATIVE {
            @Override
            public long applyAsLong(long v) {
                return -v;
            }
        },
        SQUARE {
            @Override
            public long applyAsLong(long v) {
                return v * v;
            }
        }
    }

    private static NDArray integer(NDArray x, java.util.function.LongUnaryOperator f) {
        long[] a = x.longs();
        DType t = x.dtype();
        ExactInts.Results r = new ExactInts.Results(x.shapeRef());
        for (int i = 0; i < a.length; i++) {
            r.put(i, t.wrapLong(f.applyAsLong(a[i])));
        }
        return r.array(x.shapeRef(), t);
    }

    static NDArray abs(NDArray x) {
        if (x.dtype().isInteger()) {
            return integer(x, IntegerMaps.ABS);
        }
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.abs(a[i]);
        }
        return sameType(x, r);
    }

    /** numpy's sign: -1, 0 or 1 (nan for nan), in the operand's dtype; bool is numpy's TypeError. */
    static NDArray sign(NDArray x) {
        if (x.dtype() == DType.BOOL) {
            throw new DTypeException("ufunc 'sign' did not contain a loop with signature matching types "
                    + "<class 'numpy.dtypes.BoolDType'> -> None");
        }
        if (x.dtype().isInteger()) {
            return integer(x, Long::signum);
        }
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            double v = a[i];
            r[i] = v > 0 ? 1 : v < 0 ? -1 : v == 0 ? 0 : Double.NaN;
        }
        return sameType(x, r);
    }

    /** A bool array: true where {@code test} holds. */
    static NDArray test(NDArray x, java.util.function.DoublePredicate test) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = test.test(a[i]) ? 1 : 0;
        }
        return new NDArray(x.shapeRef(), r, DType.BOOL);
    }

    static NDArray neg(NDArray x) {
        if (x.dtype() == DType.BOOL) {
            throw new DTypeException("The numpy boolean negative, the `-` operator, is not supported, use the "
                    + "`~` operator or the logical_not function instead.");
        }
        if (x.dtype().isInteger()) {
            return integer(x, IntegerMaps.NEGATIVE);
        }
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = -a[i];
        }
        return sameType(x, r);
    }

    static NDArray square(NDArray x) {
        if (x.dtype().isInteger()) {
            return integer(x, IntegerMaps.SQUARE);
        }
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            double v = a[i];
            r[i] = v * v;
        }
        return sameType(x, r);
    }

    static NDArray pow(NDArray x, double c) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.pow(a[i], c);
        }
        DType t = DType.promoteWeak(DType.FLOAT64, x.dtype());
        if (t == DType.FLOAT32) {
            for (int i = 0; i < r.length; i++) {
                r[i] = (float) r[i];
            }
        }
        return new NDArray(x.shapeRef(), r, t);
    }

    static NDArray exp(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.exp(a[i]);
        }
        return floating(x, r);
    }

    static NDArray log(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.log(a[i]);
        }
        return floating(x, r);
    }

    static NDArray sin(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.sin(a[i]);
        }
        return floating(x, r);
    }

    static NDArray cos(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.cos(a[i]);
        }
        return floating(x, r);
    }

    static NDArray tanh(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        // At 6-8 ns an element (Math.exp is not vectorised), large arrays are worth a second core.
        Workers.split(r.length, TANH_PART, (from, to) -> tanh(a, r, from, to));
        return floating(x, r);
    }

    /** Elements of tanh's array loop handled per pass: its list of large elements stays in the L1 cache. */
    private static final int TANH_CHUNK = 1024;

    /**
     * {@code r[i] = tanh(a[i])} for i in [from, to), bit for bit the values of {@link #tanh(double)},
     * without its data-dependent branch: about half of a layer's inputs lie on either side of
     * {@link #TANH_EXP_FROM}, so that branch is mispredicted half the time. A first pass computes
     * the rational form for every element (branch-free, so the JIT vectorises it); a second lists
     * the elements past the branch point (branch-free too); a third overwrites those with the exp
     * form. 100,000 normal inputs: 0.62 ms against 0.83 on one core.
     */
    static void tanh(double[] a, double[] r, int from, int to) {
        int[] large = new int[Math.min(TANH_CHUNK, Math.max(0, to - from))];
        for (int c0 = from; c0 < to; c0 += TANH_CHUNK) {
            int c1 = Math.min(to, c0 + TANH_CHUNK);
            for (int i = c0; i < c1; i++) {
                double x = a[i];
                double s = x * x;
                double pq = tanhRatio(s);
                // x + x*s*(p/q), written as x - (x*s*-(p/q) + 0.0): the same value (negation is
                // exact), except that -0.0 stays -0.0 (the + 0.0 turns a -0.0 term into +0.0,
                // and -0.0 - +0.0 is -0.0). Below TANH_TINY the term is under half an ulp of x,
                // so this is x there, as the scalar form returns.
                double z = x * s * -pq + 0.0;
                r[i] = x - z;
            }
            int n = 0;
            for (int i = c0; i < c1; i++) {
                large[n] = i;
                // The sign bit of 0.625 - |x|: 1 past the branch point, 0 at or below it and for nan.
                n += (int) (Double.doubleToRawLongBits(TANH_EXP_FROM - Math.abs(a[i])) >>> 63);
            }
            for (int t = 0; t < n; t++) {
                int i = large[t];
                double x = a[i];
                // Past TANH_ONE_FROM, 1 - 2/(exp(44)+1) already rounds to 1, as the scalar form returns.
                double e = Math.exp(2 * Math.min(Math.abs(x), TANH_ONE_FROM));
                r[i] = Math.copySign(1 - 2 / (e + 1), x);
            }
        }
    }

    /** Elements of a part of tanh given to another thread: about 0.3 ms of work. */
    private static final int TANH_PART = 1 << 15;

    /**
     * The logistic sigmoid as DeZero computes it, {@code tanh(x * 0.5) * 0.5 + 0.5}, with
     * {@link #tanh(double)}: bit for bit numpy's value for 90% of normal inputs (45,000 drawn at
     * three scales, against numpy 2.4 here), where {@code 1 / (1 + exp(-x))} matched 56%; the
     * rest within 2 ulp. Most of a layer's inputs are small, where tanh needs no exp.
     */
    static NDArray sigmoid(NDArray x) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        if (r.length <= TANH_PART) {
            sigmoid(a, r, 0, r.length);
        } else {
            Workers.split(r.length, TANH_PART, (from, to) -> sigmoid(a, r, from, to));
        }
        return floating(x, r);
    }

    /**
     * {@code r[i] = tanh(a[i] * 0.5) * 0.5 + 0.5}, bit for bit {@link #tanh(double)}'s value in one
     * branching pass: faster under C1, which the launcher runs (1000 inputs of a layer, 3-4 ns an
     * element against 8 for the three passes of the array tanh, which C2 vectorises), and no
     * slower under C2.
     */
    private static void sigmoid(double[] a, double[] r, int from, int to) {
        for (int i = from; i < to; i++) {
            double h = a[i] * 0.5;
            double ah = Math.abs(h);
            double t;
            if (ah > TANH_EXP_FROM) {
                // Past TANH_ONE_FROM, 1 - 2/(exp(44)+1) already rounds to 1, as tanh(double) returns.
                double e = Math.exp(2 * (ah > TANH_ONE_FROM ? TANH_ONE_FROM : ah));
                double m = 1 - 2 / (e + 1);
                t = h < 0 ? -m : m;
            } else if (ah >= TANH_TINY) {
                double s = h * h;
                double pq = tanhRatio(s);
                t = h + h * s * pq;
            } else {
                t = h; // tiny, zero or nan
            }
            r[i] = t * 0.5 + 0.5;
        }
    }

    static NDArray map(NDArray x, DoubleUnaryOperator f) {
        double[] a = x.buffer();
        double[] r = Buffers.of(a.length, x.shapeRef());
        for (int i = 0; i < r.length; i++) {
            r[i] = f.applyAsDouble(a[i]);
        }
        return floating(x, r);
    }

    /** Below this magnitude {@code tanh(x)} rounds to {@code x} (the cubic term is under half an ulp). */
    private static final double TANH_TINY = 0x1p-27;
    /** From here on {@code 1 - 2/(exp(2|x|)+1)} loses nothing to cancellation. */
    private static final double TANH_EXP_FROM = 0.625;
    /** From here on {@code tanh(x)} rounds to {@code +-1}. */
    private static final double TANH_ONE_FROM = 22.0;

    /**
     * {@code P(s)/Q(s)} of Cephes' rational form of tanh for {@code |x| <= 0.625}, {@code s = x * x}:
     * {@code tanh(x) = x + x * s * P(s)/Q(s)}. Small enough for C1 to inline into the loops that use it.
     */
    private static double tanhRatio(double s) {
        return ((-9.64399179425052238628E-1 * s - 9.92877231001918586564E1) * s - 1.61468768441708447952E3)
                / (((s + 1.12811678491632931402E2) * s + 2.23548839060100448583E3) * s + 4.84406305325125486048E3);
    }

    /**
     * {@code tanh(x)} within 2 ulp of {@code StrictMath.tanh} (odd, {@code tanh(-0.0) = -0.0},
     * {@code +-1} at infinity, nan for nan) at half its cost on JDK 17, where {@code Math.tanh}
     * is not an intrinsic: the intrinsic {@code Math.exp} for {@code |x| > 0.625}, and below it
     * Cephes' rational approximation {@code x + x^3 P(x^2)/Q(x^2)}.
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax > TANH_EXP_FROM) {
            if (ax > TANH_ONE_FROM) {
                return Math.copySign(1.0, x);
            }
            double e = Math.exp(2 * ax);
            return Math.copySign(1 - 2 / (e + 1), x);
        }
        if (!(ax >= TANH_TINY)) {
            return x;
        }
        double s = x * x;
        double pq = tanhRatio(s);
        return x + x * s * pq;
    }
}
