package dezero.core;

import java.util.Arrays;

/**
 * Reductions other than the sum (max, min, argmax, argmin, prod), cumulative sums and sorts
 * along axes: the reduced axes are moved last (one copy), so each output element reduces one
 * contiguous run; numpy's dtypes and error texts.
 */
final class AxisReductions {
    private AxisReductions() {}

    /** Reduces one contiguous run {@code a[from, from + n)} to a value. */
    @FunctionalInterface
    interface Run {
        double apply(double[] a, int from, int n);
    }

    /** Reduces one contiguous run {@code a[from, from + n)} of integers to an integer. */
    @FunctionalInterface
    interface LongRun {
        long apply(long[] a, int from, int n);
    }

    /**
     * The runs of numpy's reductions over floats, as constants: each is a class of its own, where
     * a method reference would link a lambda at its first use (a JVM's first costs milliseconds).
     */
    enum Runs implements Run {
        MAX {
            @Override
            public double apply(double[] a, int from, int n) {
                return max(a, from, n);
            }
        },
        MIN {
            @Override
            public double apply(double[] a, int from, int n) {
                return min(a, from, n);
            }
        },
        ARGMAX {
            @Override
            public double apply(double[] a, int from, int n) {
                return argmax(a, from, n);
            }
        },
        ARGMIN {
            @Override
            public double apply(double[] a, int from, int n) {
                return argmin(a, from, n);
            }
        }
    }

    /** The runs of numpy's reductions over integers, as {@link Runs} is for floats. */
    enum LongRuns implements LongRun {
        SUM {
            @Override
            public long apply(long[] a, int from, int n) {
                return sumLongs(a, from, n);
            }
        },
        PROD {
            @Override
            public long apply(long[] a, int from, int n) {
                return prodLongs(a, from, n);
            }
        },
        MAX {
            @Override
            public long apply(long[] a, int from, int n) {
                return maxLongs(a, from, n);
            }
        },
        MIN {
            @Override
            public long apply(long[] a, int from, int n) {
                return minLongs(a, from, n);
            }
        },
        ARGMAX {
            @Override
            public long apply(long[] a, int from, int n) {
                return argmaxLongs(a, from, n);
            }
        },
        ARGMIN {
            @Override
            public long apply(long[] a, int from, int n) {
                return argminLongs(a, from, n);
            }
        }
    }

    /** Which axes an {@code axis} argument reduces: {@code null} means all; numpy's errors. */
    static boolean[] axes(int[] axes, int ndim) {
        boolean[] reduce = new boolean[ndim];
        if (axes == null) {
            Arrays.fill(reduce, true);
            return reduce;
        }
        for (int a : axes) {
            int k = Shapes.axis(a, ndim);
            if (reduce[k]) {
                throw new ShapeException("duplicate value in 'axis'");
            }
            reduce[k] = true;
        }
        return reduce;
    }

    /** The array with the flagged axes moved last, as a copy (or itself when they already are). */
    private static NDArray reducedLast(NDArray x, boolean[] reduce) {
        int nd = reduce.length;
        int[] perm = new int[nd];
        int k = 0;
        for (int i = 0; i < nd; i++) {
            if (!reduce[i]) {
                perm[k++] = i;
            }
        }
        for (int i = 0; i < nd; i++) {
            if (reduce[i]) {
                perm[k++] = i;
            }
        }
        boolean identity = true;
        for (int i = 0; i < nd; i++) {
            identity &= perm[i] == i;
        }
        return identity ? x : x.transpose(perm);
    }

    /** The result shape: reduced axes dropped, or kept as 1. */
    static int[] outShape(int[] shape, boolean[] reduce, boolean keepdims) {
        int n = 0;
        for (int i = 0; i < shape.length; i++) {
            if (keepdims || !reduce[i]) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, k = 0; i < shape.length; i++) {
            if (keepdims) {
                out[k++] = reduce[i] ? 1 : shape[i];
            } else if (!reduce[i]) {
                out[k++] = shape[i];
            }
        }
        return out;
    }

    /**
     * Applies {@code run} to each run of reduced elements. {@code ufunc} names the reduction in
     * numpy's error for an empty run ({@code null}: empty runs are allowed).
     */
    static NDArray reduce(NDArray x, int[] axes, boolean keepdims, DType outType, String ufunc, Run run) {
        boolean[] reduce = axes(axes, x.ndim());
        int runLength = runLength(x.shapeRef(), reduce, ufunc);
        int[] out = outShape(x.shapeRef(), reduce, keepdims);
        double[] r = Buffers.of(out);
        double[] a = reducedLast(x, reduce).buffer();
        for (int i = 0; i < r.length; i++) {
            r[i] = run.apply(a, i * runLength, runLength);
        }
        return new NDArray(out, r, outType);
    }

    /**
     * {@link #reduce} for integer (and bool) operands in {@code long} arithmetic, over int64's
     * exact values: sums and products wrap at 2^64 as numpy's, maxima compare exactly.
     */
    static NDArray reduceLongs(NDArray x, int[] axes, boolean keepdims, DType outType, String ufunc, LongRun run) {
        boolean[] reduce = axes(axes, x.ndim());
        int runLength = runLength(x.shapeRef(), reduce, ufunc);
        int[] out = outShape(x.shapeRef(), reduce, keepdims);
        ExactInts.Results r = new ExactInts.Results(out);
        long[] a = reducedLast(x, reduce).longs();
        for (int i = 0; i < r.values.length; i++) {
            r.put(i, outType.wrapLong(run.apply(a, i * runLength, runLength)));
        }
        return r.array(out, outType);
    }

    /** How many elements each output element reduces; numpy's error when that is none and {@code ufunc} has no identity. */
    private static int runLength(int[] shape, boolean[] reduce, String ufunc) {
        int runLength = 1;
        for (int i = 0; i < shape.length; i++) {
            if (reduce[i]) {
                runLength *= shape[i];
            }
        }
        if (runLength == 0 && ufunc != null) {
            throw new ArgumentException(ufunc.startsWith("arg")
                    ? "attempt to get " + ufunc + " of an empty sequence"
                    : "zero-size array to reduction operation " + ufunc + " which has no identity");
        }
        return runLength;
    }

    static long sumLongs(long[] a, int from, int n) {
        long s = 0;
        for (int i = from; i < from + n; i++) {
            s += a[i];
        }
        return s;
    }

    static long prodLongs(long[] a, int from, int n) {
        long p = 1;
        for (int i = from; i < from + n; i++) {
            p *= a[i];
        }
        return p;
    }

    static long maxLongs(long[] a, int from, int n) {
        long m = a[from];
        for (int i = from + 1; i < from + n; i++) {
            m = Math.max(m, a[i]);
        }
        return m;
    }

    static long minLongs(long[] a, int from, int n) {
        long m = a[from];
        for (int i = from + 1; i < from + n; i++) {
            m = Math.min(m, a[i]);
        }
        return m;
    }

    /** The first index of the largest element, as numpy's argmax. */
    static long argmaxLongs(long[] a, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (a[from + i] > a[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /** The first index of the smallest element, as numpy's argmin. */
    static long argminLongs(long[] a, int from, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (a[from + i] < a[from + best]) {
                best = i;
            }
        }
        return best;
    }

    /** numpy's maximum.reduce: nan if any element is nan. */
    static double max(double[] a, int from, int n) {
        double m = a[from];
        for (int i = from + 1; i < from + n; i++) {
            double v = a[i];
            if (v > m || v != v) {
                m = v;
                if (v != v) {
                    return v;
                }
            }
        }
        return m;
    }

    /** numpy's minimum.reduce: nan if any element is nan. */
    static double min(double[] a, int from, int n) {
        double m = a[from];
        for (int i = from + 1; i < from + n; i++) {
            double v = a[i];
            if (v < m || v != v) {
                m = v;
                if (v != v) {
                    return v;
                }
            }
        }
        return m;
    }

    /** The first index of the largest element (the first nan if there is one), as numpy's argmax. */
    static double argmax(double[] a, int from, int n) {
        int best = 0;
        double m = a[from];
        if (m != m) {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            double v = a[from + i];
            if (v > m || v != v) {
                m = v;
                best = i;
                if (v != v) {
                    break;
                }
            }
        }
        return best;
    }

    /** The first index of the smallest element (the first nan if there is one), as numpy's argmin. */
    static double argmin(double[] a, int from, int n) {
        int best = 0;
        double m = a[from];
        if (m != m) {
            return 0;
        }
        for (int i = 1; i < n; i++) {
            double v = a[from + i];
            if (v < m || v != v) {
                m = v;
                best = i;
                if (v != v) {
                    break;
                }
            }
        }
        return best;
    }

    /** The product in order, in float {@code t}'s arithmetic (float32 rounds each step); integers: {@link #prodLongs}. */
    static Run prod(DType t) {
        return (a, from, n) -> {
            double p = 1;
            for (int i = from; i < from + n; i++) {
                p *= a[i];
                if (t == DType.FLOAT32) {
                    p = (float) p;
                }
            }
            return p;
        };
    }

    /**
     * The running sum along {@code axis} ({@code null}: of the flattened array), as numpy's cumsum:
     * integers and bool in int64, float32 rounded at each step.
     */
    static NDArray cumsum(NDArray x, Integer axis) {
        return cumulate(x, axis, false);
    }

    /** The running product, as numpy's cumprod: the types of {@link #cumsum}, int64 wrapping as numpy's does. */
    static NDArray cumprod(NDArray x, Integer axis) {
        return cumulate(x, axis, true);
    }

    private static NDArray cumulate(NDArray x, Integer axis, boolean product) {
        NDArray src = axis == null ? x.reshape(-1) : x;
        int[] shape = src.shapeRef();
        DType t = Reductions.sumType(x.dtype());
        if (shape.length == 0) {
            return src.reshape(1).astype(t);
        }
        int ax = axis == null ? 0 : Shapes.axis(axis, shape.length);
        NDArray moved = moveLast(src, ax);
        int n = shape[ax];
        if (!t.isFloat()) {
            long[] a = moved.longs();
            ExactInts.Results r = new ExactInts.Results(moved.shapeRef());
            for (int base = 0; base < a.length; base += n) {
                long acc = product ? 1 : 0;
                for (int j = 0; j < n; j++) {
                    acc = product ? acc * a[base + j] : acc + a[base + j];
                    r.put(base + j, acc);
                }
            }
            return moveBack(r.array(moved.shapeRef(), t), ax);
        }
        double[] a = moved.buffer();
        double[] r = Buffers.of(a.length, shape);
        for (int base = 0; base < a.length; base += n) {
            double acc = product ? 1 : 0;
            for (int j = 0; j < n; j++) {
                acc = product ? acc * a[base + j] : acc + a[base + j];
                if (t == DType.FLOAT32) {
                    acc = (float) acc;
                }
                r[base + j] = acc;
            }
        }
        return moveBack(new NDArray(moved.shapeRef(), r, t), ax);
    }

    /**
     * Sorted values ({@code indices == false}) or the stable argsort along {@code axis}; nan
     * sorts last, as numpy's. numpy's default argsort is not stable: equal elements may come
     * in another order there.
     */
    static NDArray sort(NDArray x, int axis, boolean indices) {
        int[] shape = x.shapeRef();
        if (shape.length == 0) {
            if (indices) {
                return new NDArray(Shapes.SCALAR, new double[] {0}, DType.INT64);
            }
            throw new ShapeException("Cannot sort a 0-d array");
        }
        int ax = Shapes.axis(axis, shape.length);
        NDArray moved = moveLast(x, ax);
        double[] a = moved.buffer();
        // int64 values past 2^53 are ordered by their exact values
        long[] exact = moved.exactOrNull();
        ExactInts.Results r = new ExactInts.Results(moved.shapeRef());
        int n = shape[ax];
        Integer[] order = new Integer[n];
        for (int base = 0; base < a.length; base += n) {
            int b = base;
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            if (exact != null) {
                Arrays.sort(order, (p, q) -> Long.compare(exact[b + p], exact[b + q]));
            } else {
                Arrays.sort(order, (p, q) -> Double.compare(a[b + p], a[b + q]));
            }
            for (int j = 0; j < n; j++) {
                if (indices) {
                    r.values[base + j] = order[j];
                } else if (exact != null) {
                    r.put(base + j, exact[base + order[j]]);
                } else {
                    r.values[base + j] = a[base + order[j]];
                }
            }
        }
        return moveBack(r.array(moved.shapeRef(), indices ? DType.INT64 : x.dtype()), ax);
    }

    private static NDArray moveLast(NDArray x, int ax) {
        int nd = x.ndim();
        if (ax == nd - 1) {
            return x;
        }
        int[] perm = new int[nd];
        for (int i = 0, k = 0; i < nd; i++) {
            if (i != ax) {
                perm[k++] = i;
            }
        }
        perm[nd - 1] = ax;
        return x.transpose(perm);
    }

    private static NDArray moveBack(NDArray x, int ax) {
        int nd = x.ndim();
        if (ax == nd - 1) {
            return x;
        }
        int[] perm = new int[nd];
        for (int i = 0; i < nd; i++) {
            perm[i] = i < ax ? i : i == ax ? nd - 1 : i - 1;
        }
        return x.transpose(perm);
    }
}
