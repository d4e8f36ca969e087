package dezero.core;

import java.util.Arrays;

/** Shape arithmetic shared by the kernels: sizes, strides, broadcasting, numpy's messages. */
final class Shapes {
    static final int[] SCALAR = new int[0];

    private Shapes() {}

    /** The number of elements of {@code shape}, checked against {@link NDArray#MAX_SIZE}. */
    static int size(int[] shape) {
        boolean empty = false;
        for (int d : shape) {
            if (d < 0) {
                throw new ShapeException("negative dimensions are not allowed");
            }
            empty |= d == 0;
        }
        if (empty) {
            // (100000, 100000, 0) has no element: not too big, whatever comes before the 0.
            return 0;
        }
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > NDArray.MAX_SIZE) {
                throw tooBig(shape);
            }
        }
        return (int) n;
    }

    /** The error for a 1-d array of {@code count} elements (a double: arange's count can pass any int). */
    static ShapeException tooBig(double count) {
        if (Double.isInfinite(count)) {
            return new ShapeException("Maximum allowed size exceeded");
        }
        return new ShapeException(String.format("array is too big: shape (%.0f,) has %.0f elements, the limit is %d",
                count, count, NDArray.MAX_SIZE));
    }

    static ShapeException tooBig(int[] shape) {
        double n = 1;
        for (int d : shape) {
            n *= d;
        }
        return new ShapeException(String.format(
                "array is too big: shape %s has %.0f elements, the limit is %d",
                compact(shape), n, NDArray.MAX_SIZE));
    }

    /** True when the two shapes differ only by axes of length 1 ({@code (3, 1, 2)} and {@code (1, 3, 2)}). */
    static boolean sameNonUnitDims(int[] a, int[] b) {
        return Arrays.equals(withoutOnes(a), withoutOnes(b));
    }

    /**
     * The shape with its axes of length 1 removed. A loop, not a stream: array code on the way of
     * most programs links no lambda, and a JVM's first costs milliseconds.
     */
    static int[] withoutOnes(int[] shape) {
        int n = 0;
        for (int d : shape) {
            n += d != 1 ? 1 : 0;
        }
        int[] r = new int[n];
        int k = 0;
        for (int d : shape) {
            if (d != 1) {
                r[k++] = d;
            }
        }
        return r;
    }

    /** Row-major strides in elements. */
    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** numpy's broadcast of two shapes, or numpy's error. */
    static int[] broadcast(int[] a, int[] b) {
        if (Arrays.equals(a, b)) {
            return a;
        }
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da == db || db == 1) {
                out[i] = da;
            } else if (da == 1) {
                out[i] = db;
            } else {
                // numpy's text, the space it writes after each shape included
                throw new ShapeException("operands could not be broadcast together with shapes "
                        + compact(a) + " " + compact(b) + " ");
            }
        }
        return out;
    }

    /**
     * Strides that read an array of shape {@code from} as if it had the broadcast shape
     * {@code to}: 0 along broadcast axes.
     */
    static int[] broadcastStrides(int[] from, int[] to) {
        int[] src = strides(from);
        int[] s = new int[to.length];
        int lead = to.length - from.length;
        for (int i = 0; i < to.length; i++) {
            if (i >= lead && from[i - lead] != 1) {
                s[i] = src[i - lead];
            }
        }
        return s;
    }

    /** numpy's compact shape text used in its error messages: {@code (3,)}, {@code (2,3)}. */
    static String compact(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** Normalises an axis (negative counts from the end), or numpy's AxisError text. */
    static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new ShapeException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }
}
