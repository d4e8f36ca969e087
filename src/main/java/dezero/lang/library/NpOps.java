package dezero.lang.library;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.lang.runtime.Py;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * numpy functions the language offers beyond {@link NDArray}'s own methods (reductions along
 * axes, joins, {@code where}, sorting), written over NDArray's public API with numpy's result
 * dtypes and error texts.
 */
final class NpOps {
    private NpOps() {}

    /** A reduction of one row of values. */
    interface Kernel {
        double apply(double[] v, int from, int to);
    }

    /** Reduces {@code a} along {@code axes} (all when null); {@code dtype} is the result's. */
    static NDArray reduce(NDArray a, int[] axes, boolean keepdims, DType dtype, Kernel k, String name) {
        int nd = a.ndim();
        int[] shape = a.shape();
        boolean[] reduced = new boolean[nd];
        if (axes == null) {
            Arrays.fill(reduced, true);
        } else {
            for (int ax : axes) {
                int x = ax < 0 ? ax + nd : ax;
                if (x < 0 || x >= nd) {
                    throw Py.error(NumpyModule.AXIS_ERROR, "axis " + ax + " is out of bounds for array of dimension " + nd);
                }
                reduced[x] = true;
            }
        }
        int[] perm = new int[nd];
        int p = 0;
        int outer = 1;
        int inner = 1;
        List<Integer> outShape = new ArrayList<>();
        for (int i = 0; i < nd; i++) {
            if (!reduced[i]) {
                perm[p++] = i;
                outer *= shape[i];
                outShape.add(shape[i]);
            } else if (keepdims) {
                outShape.add(1);
            }
        }
        for (int i = 0; i < nd; i++) {
            if (reduced[i]) {
                perm[p++] = i;
                inner *= shape[i];
            }
        }
        if (inner == 0 && (name.equals("max") || name.equals("min") || name.equals("argmax") || name.equals("argmin"))) {
            throw Py.valueError("zero-size array to reduction operation " + (name.startsWith("arg") ? name
                    : name.equals("max") ? "maximum" : "minimum") + " which has no identity");
        }
        double[] data = nd == 0 ? a.toArray() : a.transpose(perm).toArray();
        double[] out = new double[outer];
        for (int i = 0; i < outer; i++) {
            out[i] = k.apply(data, i * inner, (i + 1) * inner);
        }
        int[] dims = outShape.stream().mapToInt(Integer::intValue).toArray();
        return NDArray.of(out, dtype, dims).astype(dtype);
    }

    private static DType sumType(DType d) {
        return d.isBool() || d.isInteger() ? DType.INT64 : d;
    }

    private static DType meanType(DType d) {
        return d == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    static NDArray sum(NDArray a, int[] axes, boolean keep) {
        return a.sum(axes, keep);
    }

    static NDArray mean(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, meanType(a.dtype()), (v, f, t) -> {
            double s = 0;
            for (int i = f; i < t; i++) {
                s += v[i];
            }
            return t == f ? Double.NaN : s / (t - f);
        }, "mean");
    }

    static NDArray max(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, a.dtype(), (v, f, t) -> {
            double m = v[f];
            for (int i = f + 1; i < t; i++) {
                if (v[i] > m || Double.isNaN(v[i])) {
                    m = v[i];
                }
            }
            return m;
        }, "max");
    }

    static NDArray min(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, a.dtype(), (v, f, t) -> {
            double m = v[f];
            for (int i = f + 1; i < t; i++) {
                if (v[i] < m || Double.isNaN(v[i])) {
                    m = v[i];
                }
            }
            return m;
        }, "min");
    }

    static NDArray prod(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, sumType(a.dtype()), (v, f, t) -> {
            double s = 1;
            for (int i = f; i < t; i++) {
                s *= v[i];
            }
            return s;
        }, "prod");
    }

    static NDArray var(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, meanType(a.dtype()), (v, f, t) -> {
            double s = 0;
            for (int i = f; i < t; i++) {
                s += v[i];
            }
            double m = s / (t - f);
            double q = 0;
            for (int i = f; i < t; i++) {
                q += (v[i] - m) * (v[i] - m);
            }
            return q / (t - f);
        }, "var");
    }

    static NDArray std(NDArray a, int[] axes, boolean keep) {
        return var(a, axes, keep).sqrt();
    }

    static NDArray any(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, DType.BOOL, (v, f, t) -> {
            for (int i = f; i < t; i++) {
                if (v[i] != 0) {
                    return 1;
                }
            }
            return 0;
        }, "any");
    }

    static NDArray all(NDArray a, int[] axes, boolean keep) {
        return reduce(a, axes, keep, DType.BOOL, (v, f, t) -> {
            for (int i = f; i < t; i++) {
                if (v[i] == 0) {
                    return 0;
                }
            }
            return 1;
        }, "all");
    }

    static NDArray argmax(NDArray a, Integer axis, boolean max) {
        int[] axes = axis == null ? null : new int[] {axis};
        NDArray src = axis == null ? a.reshape(a.size()) : a;
        return reduce(src, axis == null ? null : axes, false, DType.INT64, (v, f, t) -> {
            int best = f;
            for (int i = f + 1; i < t; i++) {
                if (Double.isNaN(v[best])) {
                    break;
                }
                if (max ? v[i] > v[best] || Double.isNaN(v[i]) : v[i] < v[best] || Double.isNaN(v[i])) {
                    best = i;
                }
            }
            return best - f;
        }, max ? "argmax" : "argmin");
    }

    static NDArray cumsum(NDArray a, Integer axis) {
        NDArray src = axis == null ? a.reshape(a.size()) : a;
        int nd = src.ndim();
        int ax = axis == null ? 0 : (axis < 0 ? axis + nd : axis);
        int[] shape = src.shape();
        double[] d = src.toArray();
        int inner = 1;
        for (int i = ax + 1; i < nd; i++) {
            inner *= shape[i];
        }
        int len = shape[ax];
        int outer = d.length / Math.max(1, len * inner);
        double[] out = d.clone();
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < inner; j++) {
                double s = 0;
                for (int i = 0; i < len; i++) {
                    int at = (o * len + i) * inner + j;
                    s += d[at];
                    out[at] = s;
                }
            }
        }
        DType t = sumType(src.dtype());
        return NDArray.of(out, t, shape).astype(t);
    }

    static NDArray clip(NDArray a, NDArray lo, NDArray hi) {
        return a.maximum(lo).minimum(hi);
    }

    static NDArray dot(NDArray a, NDArray b) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            return a.mul(b);
        }
        return a.matmul(b);
    }

    static NDArray expandDims(NDArray a, int axis) {
        int nd = a.ndim() + 1;
        int ax = axis < 0 ? axis + nd : axis;
        if (ax < 0 || ax >= nd) {
            throw Py.error(NumpyModule.AXIS_ERROR, "axis " + axis + " is out of bounds for array of dimension " + nd);
        }
        int[] s = new int[nd];
        int[] old = a.shape();
        for (int i = 0, j = 0; i < nd; i++) {
            s[i] = i == ax ? 1 : old[j++];
        }
        return a.reshape(s);
    }

    static NDArray squeeze(NDArray a, int[] axes) {
        int[] old = a.shape();
        TreeSet<Integer> drop = new TreeSet<>();
        if (axes == null) {
            for (int i = 0; i < old.length; i++) {
                if (old[i] == 1) {
                    drop.add(i);
                }
            }
        } else {
            for (int ax : axes) {
                int x = ax < 0 ? ax + old.length : ax;
                if (old[x] != 1) {
                    throw Py.valueError("cannot select an axis to squeeze out which has size not equal to one");
                }
                drop.add(x);
            }
        }
        int[] s = new int[old.length - drop.size()];
        for (int i = 0, j = 0; i < old.length; i++) {
            if (!drop.contains(i)) {
                s[j++] = old[i];
            }
        }
        return a.reshape(s);
    }

    static NDArray eye(int n, DType dtype) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1;
        }
        return NDArray.of(d, dtype, n, n);
    }

    static NDArray concatenate(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw Py.valueError("need at least one array to concatenate");
        }
        int nd = arrays[0].ndim();
        if (nd == 0) {
            throw Py.valueError("zero-dimensional arrays cannot be concatenated");
        }
        int ax = axis < 0 ? axis + nd : axis;
        DType t = arrays[0].dtype();
        int[] shape = arrays[0].shape();
        int total = 0;
        for (int k = 0; k < arrays.length; k++) {
            NDArray x = arrays[k];
            t = DType.promote(t, x.dtype());
            int[] s = x.shape();
            if (s.length != nd) {
                throw Py.valueError("all the input array dimensions except for the concatenation axis must match "
                        + "exactly, but along dimension 0, the array at index 0 has size " + shape[0]
                        + " and the array at index " + k + " has size " + (s.length > 0 ? s[0] : 0));
            }
            total += s[ax];
        }
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= shape[i];
        }
        int inner = 1;
        for (int i = ax + 1; i < nd; i++) {
            inner *= shape[i];
        }
        double[] out = new double[outer * total * inner];
        int offset = 0;
        for (NDArray x : arrays) {
            double[] d = x.toArray();
            int len = x.shape()[ax];
            for (int o = 0; o < outer; o++) {
                System.arraycopy(d, o * len * inner, out, (o * total + offset) * inner, len * inner);
            }
            offset += len;
        }
        int[] s = shape.clone();
        s[ax] = total;
        return NDArray.of(out, t, s);
    }

    static NDArray stack(NDArray[] arrays, int axis) {
        NDArray[] expanded = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            expanded[i] = expandDims(arrays[i], axis);
        }
        return concatenate(expanded, axis);
    }

    static NDArray vstack(NDArray[] arrays) {
        NDArray[] rows = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            rows[i] = arrays[i].ndim() < 2 ? arrays[i].reshape(1, arrays[i].size()) : arrays[i];
        }
        return concatenate(rows, 0);
    }

    static NDArray hstack(NDArray[] arrays) {
        return concatenate(arrays, arrays[0].ndim() == 1 ? 0 : 1);
    }

    static NDArray[] meshgrid(NDArray x, NDArray y) {
        int nx = x.size();
        int ny = y.size();
        double[] xs = x.toArray();
        double[] ys = y.toArray();
        double[] gx = new double[nx * ny];
        double[] gy = new double[nx * ny];
        for (int i = 0; i < ny; i++) {
            for (int j = 0; j < nx; j++) {
                gx[i * nx + j] = xs[j];
                gy[i * nx + j] = ys[i];
            }
        }
        return new NDArray[] {NDArray.of(gx, x.dtype(), ny, nx), NDArray.of(gy, y.dtype(), ny, nx)};
    }

    static NDArray outer(NDArray a, NDArray b) {
        return a.reshape(a.size(), 1).mul(b.reshape(1, b.size()));
    }

    static NDArray where(NDArray cond, NDArray x, NDArray y) {
        NDArray c = cond.astype(DType.BOOL);
        return x.mul(c).add(y.mul(c.logicalNot())).astype(DType.promote(x.isWeak() ? y.dtype() : x.dtype(),
                y.isWeak() ? x.dtype() : y.dtype()));
    }

    static NDArray isclose(NDArray a, NDArray b, double rtol, double atol) {
        return a.sub(b).abs().le(b.abs().mul(NDArray.weakFloat(rtol)).add(NDArray.weakFloat(atol)));
    }

    static NDArray round(NDArray a, int decimals) {
        double scale = Math.pow(10, decimals);
        return a.map(v -> Math.rint(v * scale) / scale);
    }

    static NDArray argsort(NDArray a) {
        double[] d = a.toArray();
        Integer[] idx = new Integer[d.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (i, j) -> Double.compare(d[i], d[j]));
        long[] out = new long[idx.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = idx[i];
        }
        return NDArray.int64(out, out.length);
    }

    static NDArray sort(NDArray a) {
        double[] d = a.toArray().clone();
        Arrays.sort(d);
        return NDArray.of(d, a.dtype(), d.length);
    }

    static NDArray unique(NDArray a) {
        double[] d = Arrays.stream(a.toArray()).sorted().distinct().toArray();
        return NDArray.of(d, a.dtype(), d.length);
    }
}
