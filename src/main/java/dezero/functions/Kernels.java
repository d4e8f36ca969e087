package dezero.functions;

import dezero.core.NDArray;
import dezero.core.ShapeException;

/**
 * The few array kernels the ops of this package need beyond NDArray's (max and min over axes,
 * argmax, row gathers and scatters), as plain loops over copies of the data.
 */
final class Kernels {
    private Kernels() {}

    /** numpy's {@code x.max(axis, keepdims)} ({@code max}) or {@code x.min(...)}; {@code axes} null for all; NaN wins as in numpy. */
    static NDArray extreme(NDArray x, int[] axes, boolean keepdims, boolean max) {
        int[] shape = x.shape();
        int nd = shape.length;
        boolean[] reduce = reduced(axes, nd);
        int[] kept = new int[nd];
        int outNd = 0;
        for (int i = 0; i < nd; i++) {
            kept[i] = reduce[i] ? 1 : shape[i];
            outNd += reduce[i] ? 0 : 1;
        }
        double[] a = x.toArray();
        if (a.length == 0) {
            throw new ShapeException("zero-size array to reduction operation " + (max ? "maximum" : "minimum")
                    + " which has no identity");
        }
        int outSize = 1;
        for (int k : kept) {
            outSize *= k;
        }
        double[] out = new double[outSize];
        boolean[] set = new boolean[outSize];
        int[] outStrides = strides(kept);
        int[] idx = new int[nd];
        for (int i = 0; i < a.length; i++) {
            int o = 0;
            for (int d = 0; d < nd; d++) {
                if (!reduce[d]) {
                    o += idx[d] * outStrides[d];
                }
            }
            double v = a[i];
            if (!set[o]) {
                out[o] = v;
                set[o] = true;
            } else if (max ? v > out[o] || v != v : v < out[o] || v != v) {
                if (out[o] == out[o]) {
                    out[o] = v;
                }
            }
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        if (keepdims) {
            return NDArray.of(out, x.dtype(), kept);
        }
        int[] outShape = new int[outNd];
        for (int i = 0, j = 0; i < nd; i++) {
            if (!reduce[i]) {
                outShape[j++] = shape[i];
            }
        }
        return NDArray.of(out, x.dtype(), outShape);
    }

    /** numpy's {@code x.argmax(axis=axis)}: the first index of the largest value along {@code axis}. */
    static int[] argmax(NDArray x, int axis) {
        int[] shape = x.shape();
        int ax = axis(axis, shape.length);
        int pre = 1;
        int post = 1;
        for (int i = 0; i < ax; i++) {
            pre *= shape[i];
        }
        for (int i = ax + 1; i < shape.length; i++) {
            post *= shape[i];
        }
        int n = shape[ax];
        double[] a = x.toArray();
        int[] out = new int[pre * post];
        for (int p = 0; p < pre; p++) {
            for (int q = 0; q < post; q++) {
                int best = 0;
                double m = a[p * n * post + q];
                for (int k = 1; k < n && m == m; k++) {
                    double v = a[(p * n + k) * post + q];
                    if (v > m || v != v) {
                        m = v;
                        best = k;
                    }
                }
                out[p * post + q] = best;
            }
        }
        return out;
    }

    /** numpy's {@code x[rows]} for an int array of rows: the rows stacked in that order, shape {@code rows.shape + x.shape[1:]}. */
    static NDArray takeRows(NDArray x, int[] rows, int[] rowsShape) {
        int[] shape = x.shape();
        if (shape.length == 0) {
            throw new ShapeException("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        int rowSize = shape[0] == 0 ? 0 : x.size() / shape[0];
        double[] a = x.toArray();
        double[] out = new double[rows.length * rowSize];
        for (int i = 0; i < rows.length; i++) {
            int r = row(rows[i], shape[0]);
            System.arraycopy(a, r * rowSize, out, i * rowSize, rowSize);
        }
        int[] outShape = new int[rowsShape.length + shape.length - 1];
        System.arraycopy(rowsShape, 0, outShape, 0, rowsShape.length);
        System.arraycopy(shape, 1, outShape, rowsShape.length, shape.length - 1);
        return NDArray.of(out, x.dtype(), outShape);
    }

    /** numpy's {@code np.add.at(zeros(shape), rows, g)}: the inverse of {@link #takeRows}, repeated rows accumulating. */
    static NDArray addAtRows(int[] shape, int[] rows, NDArray g) {
        int rowSize = shape[0] == 0 ? 0 : NDArray.zeros(shape).size() / shape[0];
        double[] out = new double[rowSize * shape[0]];
        double[] src = g.toArray();
        for (int i = 0; i < rows.length; i++) {
            int r = row(rows[i], shape[0]);
            for (int j = 0; j < rowSize; j++) {
                out[r * rowSize + j] += src[i * rowSize + j];
            }
        }
        return NDArray.of(out, g.dtype(), shape);
    }

    /** The values of an index array as ints (labels, rows), checked to be whole numbers. */
    static int[] ints(NDArray a) {
        double[] v = a.toArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) {
                throw new IndexError("arrays used as indices must be of integer (or boolean) type");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    /** A shape as numpy prints it: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static int row(int i, int n) {
        if (i < -n || i >= n) {
            throw new IndexError("index " + i + " is out of bounds for axis 0 with size " + n);
        }
        return i < 0 ? i + n : i;
    }

    static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new ShapeException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    static boolean[] reduced(int[] axes, int nd) {
        boolean[] reduce = new boolean[nd];
        if (axes == null) {
            java.util.Arrays.fill(reduce, true);
        } else {
            for (int a : axes) {
                reduce[axis(a, nd)] = true;
            }
        }
        return reduce;
    }

    static int[] strides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            s[i] = acc;
            acc *= shape[i];
        }
        return s;
    }

    /** An index out of range or of the wrong type: numpy's {@code IndexError}, with its text. */
    static final class IndexError extends IndexOutOfBoundsException {
        private static final long serialVersionUID = 1L;

        IndexError(String message) {
            super(message);
        }
    }

    /** DeZero's {@code utils.logsumexp(x, axis)}: {@code max + log(sum(exp(x - max)))}, keeping the axes. */
    static NDArray logsumexp(NDArray x, int... axis) {
        NDArray m = extreme(x, axis, true, true);
        NDArray s = x.sub(m).exp().sum(axis, true).log();
        return m.add(s);
    }
}
