package dezero.lang.library;

import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * numpy functions that learners' own code reaches for beyond the book's (identity, diag, tile,
 * flip, roll, pad, split, median, count_nonzero, argwhere, broadcast_to) and {@code np.linalg}'s norm, inv
 * and det, each written over the engine's array operations.
 */
final class NumpyExtras {
    private static final Sig IDENTITY = Sig.of("identity", "n", "dtype=None");
    private static final Sig DIAG = Sig.of("diag", "v", "k=0");
    private static final Sig TILE = Sig.of("tile", "A", "reps");
    private static final Sig FLIP = Sig.of("flip", "m", "axis=None");
    private static final Sig ROLL = Sig.of("roll", "a", "shift", "axis=None");
    private static final Sig PAD = Sig.of("pad", "array", "pad_width", "mode='constant'", "constant_values=0");
    private static final Sig SPLIT = Sig.of("split", "ary", "indices_or_sections", "axis=0");
    private static final Sig MEDIAN = Sig.of("median", "a", "axis=None", "out=None", "overwrite_input=False",
            "keepdims=False");
    private static final Sig COUNT_NONZERO = Sig.of("count_nonzero", "a", "axis=None", "keepdims=False");
    private static final Sig BROADCAST_TO = Sig.of("broadcast_to", "array", "shape", "subok=False");
    private static final Sig TAKE = Sig.of("take", "a", "indices", "axis=None");
    private static final Sig REPEAT = Sig.of("repeat", "a", "repeats", "axis=None");
    private static final Sig TRACE = Sig.of("trace", "a", "offset=0");
    private static final Sig DIAGONAL = Sig.of("diagonal", "a", "offset=0");
    private static final Sig CUMPROD = Sig.of("cumprod", "a", "axis=None");
    private static final Sig ARCTAN2 = Sig.of("arctan2", "x1", "x2");
    private static final Sig HYPOT = Sig.of("hypot", "x1", "x2");
    private static final Sig NORM = Sig.of("norm", "x", "ord=None", "axis=None", "keepdims=False");

    private NumpyExtras() {}

    static void install(PyModule np) {
        def(np, "identity", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = IDENTITY.bind(a, k);
                int n = (int) Py.index(b[0]);
                return NDArray.eye(n, n, 0, b[1] == PyNone.NONE ? DType.FLOAT64 : NpArrays.dtype(b[1]));
            }
        });
        def(np, "diag", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = DIAG.bind(a, k);
                return diag(NpArrays.array(b[0], null), (int) Py.index(b[1]));
            }
        });
        def(np, "tile", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = TILE.bind(a, k);
                return tile(NpArrays.array(b[0], null), NpArrays.shape(b[1]));
            }
        });
        def(np, "flip", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FLIP.bind(a, k);
                NDArray x = NpArrays.array(b[0], null);
                int[] axes = b[1] == PyNone.NONE ? allAxes(x) : NpArrays.axes(b[1]);
                return flip(x, axes);
            }
        });
        def(np, "roll", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ROLL.bind(a, k);
                NDArray x = NpArrays.array(b[0], null);
                long shift = Py.index(b[1]);
                if (b[2] == PyNone.NONE) {
                    return roll(x.flatten(), shift, 0).reshape(x.shape());
                }
                return roll(x, shift, NpArrays.axes(b[2])[0]);
            }
        });
        def(np, "pad", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = PAD.bind(a, k);
                if (!"constant".equals(b[2])) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "pad(mode=" + Py.repr(b[2]) + "): only 'constant'");
                }
                NDArray x = NpArrays.array(b[0], null);
                return pad(x, padWidths(b[1], x.ndim()), Py.toDouble(b[3]));
            }
        });
        def(np, "split", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return split(SPLIT.bind(a, k), true);
            }
        });
        def(np, "array_split", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return split(SPLIT.bind(a, k), false);
            }
        });
        def(np, "median", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = MEDIAN.bind(a, k);
                if (b[2] != PyNone.NONE) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "median(out=...): an output array is not supported");
                }
                NDArray x = NpArrays.array(b[0], null);
                return NpArrays.result(median(x, b[1], Py.truthy(b[4])));
            }
        });
        def(np, "count_nonzero", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = COUNT_NONZERO.bind(a, k);
                NDArray x = NpArrays.array(b[0], null);
                NDArray n = x.astype(DType.BOOL).sum(NpArrays.axes(b[1]), Py.truthy(b[2])).astype(DType.INT64);
                return NpArrays.result(n);
            }
        });
        def(np, "argwhere", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray x = NpArrays.array(BuiltinFunctions.one("argwhere", a, k), null);
                NDArray[] where = x.ndim() == 0 ? x.reshape(1).nonzero() : x.nonzero();
                return where.length == 0 ? NDArray.zeros(DType.INT64, 0, 0)
                        : NDArray.stack(where, 1).reshape(where[0].size(), x.ndim());
            }
        });
        def(np, "broadcast_to", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = BROADCAST_TO.bind(a, k);
                return NpArrays.array(b[0], null).broadcastTo(NpArrays.shape(b[1]));
            }
        });
        def(np, "take", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = TAKE.bind(a, k);
                return take(NpArrays.array(b[0], null), b[1], b[2]);
            }
        });
        def(np, "repeat", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = REPEAT.bind(a, k);
                return repeat(NpArrays.array(b[0], null), b[1], b[2]);
            }
        });
        def(np, "trace", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = TRACE.bind(a, k);
                return NpArrays.result(diag(NpArrays.array(b[0], null), (int) Py.index(b[1])).sum());
            }
        });
        def(np, "diagonal", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = DIAGONAL.bind(a, k);
                return diagonal(NpArrays.array(b[0], null), (int) Py.index(b[1]));
            }
        });
        def(np, "cumprod", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = CUMPROD.bind(a, k);
                return NpArrays.array(b[0], null).cumprod(b[1] == PyNone.NONE ? null : NpArrays.axes(b[1])[0]);
            }
        });
        for (String name : new String[] {"log1p", "expm1", "log2", "log10", "exp2", "sinh", "cosh", "arcsin", "arccos",
            "arctan", "cbrt", "rint", "degrees", "rad2deg", "radians", "deg2rad"}) {
            float64Ufunc(np, name, new MathFunction(name));
        }
        // rounding keeps an integer array as it is (numpy 2)
        for (String name : new String[] {"floor", "ceil", "trunc", "fix"}) {
            roundingUfunc(np, name, new MathFunction(name));
        }
        operatorUfunc(np, "mod", "%");
        operatorUfunc(np, "remainder", "%");
        operatorUfunc(np, "floor_divide", "//");
        operatorUfunc(np, "true_divide", "/");
        logicalUfunc(np, "logical_and", "&");
        logicalUfunc(np, "logical_or", "|");
        logicalUfunc(np, "logical_xor", "^");
        def(np, "arctan2", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ARCTAN2.bind(a, k);
                return binaryFloat(b[0], b[1], new MathFunction("arctan2"));
            }
        });
        def(np, "hypot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = HYPOT.bind(a, k);
                return binaryFloat(b[0], b[1], new MathFunction("hypot"));
            }
        });
        PyModule linalg = new PyModule("numpy.linalg");
        def(linalg, "norm", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = NORM.bind(a, k);
                if (b[1] != PyNone.NONE) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "norm(ord=...): only the default (2-norm, Frobenius)");
                }
                NDArray x = NpArrays.array(b[0], null).astype(DType.FLOAT64);
                int[] axes = b[2] == PyNone.NONE ? null : NpArrays.axes(b[2]);
                return NpArrays.result(x.mul(x).sum(axes, Py.truthy(b[3])).sqrt());
            }
        });
        def(linalg, "inv", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                LUDecomposition lu = lu(BuiltinFunctions.one("inv", a, k));
                if (!lu.getSolver().isNonSingular()) {
                    throw Py.error(LINALG_ERROR, "Singular matrix");
                }
                return NDArray.of(lu.getSolver().getInverse());
            }
        });
        def(linalg, "det", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return NpArrays.result(NDArray.scalar(det(lu(BuiltinFunctions.one("det", a, k)))));
            }
        });
        linalg.dict.put("LinAlgError", LINALG_ERROR);
        np.dict.put("linalg", linalg);
    }

    /**
     * The element functions of the ufuncs above, by numpy's name: one class, not a lambda each (the
     * numpy module is made at start, where no lambda is linked).
     */
    private static final class MathFunction implements java.util.function.DoubleUnaryOperator,
            java.util.function.DoubleBinaryOperator {
        private static final double LN2 = Math.log(2);
        private final String name;

        MathFunction(String name) {
            this.name = name;
        }

        @Override
        public double applyAsDouble(double v) {
            return switch (name) {
                case "log1p" -> Math.log1p(v);
                case "expm1" -> Math.expm1(v);
                case "log2" -> Math.log(v) / LN2;
                case "log10" -> Math.log10(v);
                case "exp2" -> Math.pow(2, v);
                case "sinh" -> Math.sinh(v);
                case "cosh" -> Math.cosh(v);
                case "arcsin" -> Math.asin(v);
                case "arccos" -> Math.acos(v);
                case "arctan" -> Math.atan(v);
                case "cbrt" -> Math.cbrt(v);
                case "rint" -> Math.rint(v);
                case "degrees", "rad2deg" -> Math.toDegrees(v);
                case "radians", "deg2rad" -> Math.toRadians(v);
                case "floor" -> Math.floor(v);
                case "ceil" -> Math.ceil(v);
                case "trunc", "fix" -> v < 0 ? Math.ceil(v) : Math.floor(v);
                default -> throw new IllegalStateException("no function " + name);
            };
        }

        @Override
        public double applyAsDouble(double x, double y) {
            return name.equals("arctan2") ? Math.atan2(x, y) : Math.hypot(x, y);
        }
    }

    /** A ufunc of one argument computed in float64 (float32 stays float32; integers become float64). */
    private static void float64Ufunc(PyModule np, String name, java.util.function.DoubleUnaryOperator f) {
        def(np, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray x = NpArrays.array(BuiltinFunctions.one(name, a, k), null);
                return NpArrays.result(x.map(f));
            }
        });
    }

    /** floor, ceil, trunc and fix: an integer or bool array comes back unchanged (numpy 2 keeps its type). */
    private static void roundingUfunc(PyModule np, String name, java.util.function.DoubleUnaryOperator f) {
        def(np, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray x = NpArrays.array(BuiltinFunctions.one(name, a, k), null);
                return NpArrays.result(x.dtype().isFloat() ? x.map(f) : x.copy());
            }
        });
    }

    /** A ufunc that is one of the array operators ({@code np.mod(a, b)} is {@code a % b} on arrays). */
    private static void operatorUfunc(PyModule np, String name, String op) {
        Sig sig = Sig.of(name, "x1", "x2");
        def(np, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = sig.bind(a, k);
                return dezero.lang.runtime.Ops.binary(op, NpArrays.array(b[0], null), NpArrays.array(b[1], null));
            }
        });
    }

    /** logical_and/or/xor: the operands' truth, combined element by element. */
    private static void logicalUfunc(PyModule np, String name, String op) {
        Sig sig = Sig.of(name, "x1", "x2");
        def(np, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = sig.bind(a, k);
                return dezero.lang.runtime.Ops.binary(op, NpArrays.array(b[0], null).astype(DType.BOOL),
                        NpArrays.array(b[1], null).astype(DType.BOOL));
            }
        });
    }

    /** A float64 function of two broadcast arrays (arctan2, hypot). */
    private static Object binaryFloat(Object x1, Object x2, java.util.function.DoubleBinaryOperator f) {
        NDArray a = NpArrays.array(x1, null).astype(DType.FLOAT64);
        NDArray b = NpArrays.array(x2, null).astype(DType.FLOAT64);
        int[] shape = NDArray.broadcastShape(a.shape(), b.shape());
        double[] x = a.broadcastTo(shape).toArray();
        double[] y = b.broadcastTo(shape).toArray();
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = f.applyAsDouble(x[i], y[i]);
        }
        return NpArrays.result(NDArray.of(r, shape));
    }

    /** numpy's {@code LinAlgError} (a ValueError). */
    static final dezero.lang.runtime.PyType LINALG_ERROR = new dezero.lang.runtime.PyType("LinAlgError",
            List.of(Types.VALUE_ERROR), false);

    static {
        LINALG_ERROR.module = "numpy.linalg";
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    private static LUDecomposition lu(Object v) {
        NDArray x = NpArrays.array(v, null).astype(DType.FLOAT64);
        int[] s = x.shape();
        if (s.length != 2) {
            throw Py.error(LINALG_ERROR, s.length + "-dimensional array given. Array must be at least two-dimensional");
        }
        if (s[0] != s[1]) {
            throw Py.error(LINALG_ERROR, "Last 2 dimensions of the array must be square");
        }
        RealMatrix m = x.toRealMatrix();
        return new LUDecomposition(m);
    }

    /**
     * The determinant as numpy's LAPACK-based det computes it: the sign of the LU factors times
     * exp of the sum of the logs of their diagonal's magnitudes (so det([[2, 0], [0, 4]]) is
     * 7.999999999999998 there, and here).
     */
    private static double det(LUDecomposition lu) {
        RealMatrix u = lu.getU();
        double sign = lu.getDeterminant() < 0 ? -1 : 1;
        double logdet = 0;
        for (int i = 0; i < u.getRowDimension(); i++) {
            double d = u.getEntry(i, i);
            if (d == 0) {
                return 0.0;
            }
            logdet += Math.log(Math.abs(d));
        }
        return sign * Math.exp(logdet);
    }

    private static int[] allAxes(NDArray x) {
        int[] axes = new int[x.ndim()];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i;
        }
        return axes;
    }

    /** The full slice on every axis but the ones given, which get {@code slice}. */
    private static Index[] along(int ndim, int axis, Index slice) {
        Index[] index = new Index[ndim];
        Arrays.fill(index, Index.slice(null, null));
        index[axis] = slice;
        return index;
    }

    private static int axis(int axis, int ndim) {
        int a = axis < 0 ? axis + ndim : axis;
        if (a < 0 || a >= ndim) {
            throw Py.error(NumpyModule.AXIS_ERROR, "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return a;
    }

    static NDArray flip(NDArray x, int[] axes) {
        NDArray r = x;
        for (int axis : axes) {
            r = r.get(along(x.ndim(), axis(axis, x.ndim()), Index.slice(null, null, -1)));
        }
        return r.copy();
    }

    static NDArray roll(NDArray x, long shift, int axis) {
        int a = axis(axis, x.ndim());
        int n = x.shape()[a];
        if (n == 0) {
            return x.copy();
        }
        int s = (int) Math.floorMod(shift, (long) n);
        if (s == 0) {
            return x.copy();
        }
        NDArray tail = x.get(along(x.ndim(), a, Index.slice(n - s, null)));
        NDArray head = x.get(along(x.ndim(), a, Index.slice(0, n - s)));
        return NDArray.concatenate(new NDArray[] {tail, head}, a);
    }

    /** {@code a.take(indices, axis=None)}: elements of the flattened array, or along an axis, at the indices. */
    static Object take(NDArray x, Object indices, Object axisArg) {
        boolean flat = axisArg == PyNone.NONE;
        NDArray from = flat ? x.flatten() : x;
        int axis = flat ? 0 : axis(NpArrays.axes(axisArg)[0], x.ndim());
        NDArray idx = NpArrays.array(indices, null);
        Index at = idx.ndim() == 0 ? Index.at((long) idx.item()) : Index.array(idx);
        return NpArrays.result(from.get(along(from.ndim(), axis, at)).copy());
    }

    /** {@code a.repeat(repeats, axis=None)}: each element (of the flattened array, or along an axis) repeated. */
    static NDArray repeat(NDArray x, Object repeats, Object axisArg) {
        boolean flat = axisArg == PyNone.NONE;
        NDArray from = flat ? x.flatten() : x;
        int axis = flat ? 0 : axis(NpArrays.axes(axisArg)[0], x.ndim());
        int n = from.shape()[axis];
        NDArray counts = NpArrays.array(repeats, null);
        if (counts.ndim() > 0 && counts.size() != n) {
            throw Py.valueError("operands could not be broadcast together with shape (" + n + ",) ("
                    + counts.size() + ",)");
        }
        List<NDArray> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long times = (long) (counts.ndim() == 0 ? counts.item() : counts.get(i));
            if (times < 0) {
                throw Py.valueError("repeats may not contain negative values.");
            }
            NDArray slice = from.get(along(from.ndim(), axis, Index.slice(i, i + 1)));
            for (long t = 0; t < times; t++) {
                parts.add(slice);
            }
        }
        return parts.isEmpty() ? from.get(along(from.ndim(), axis, Index.slice(0, 0))).copy()
                : NDArray.concatenate(parts.toArray(new NDArray[0]), axis);
    }

    /** {@code np.diag}: a 1-d array on the k-th diagonal of a square matrix, or a matrix's k-th diagonal. */
    static NDArray diag(NDArray v, int k) {
        if (v.ndim() == 1) {
            int n = v.size() + Math.abs(k);
            double[] d = new double[n * n];
            for (int i = 0; i < v.size(); i++) {
                int row = k >= 0 ? i : i - k;
                int col = k >= 0 ? i + k : i;
                d[row * n + col] = v.get(i);
            }
            return NDArray.of(d, v.dtype(), n, n);
        }
        if (v.ndim() != 2) {
            throw Py.valueError("Input must be 1- or 2-d.");
        }
        int rows = v.shape()[0];
        int cols = v.shape()[1];
        int first = Math.max(0, -k);
        double[] d = new double[Math.max(0, Math.min(rows - first, cols - first - k))];
        for (int i = 0; i < d.length; i++) {
            d[i] = v.get(first + i, first + i + k);
        }
        return NDArray.of(d, v.dtype(), d.length);
    }

    /** {@code a.diagonal(offset)}: a matrix's k-th diagonal (what diag gives for a 2-d array). */
    static NDArray diagonal(NDArray x, int k) {
        if (x.ndim() != 2) {
            throw Py.valueError("diag requires an array of at least two dimensions");
        }
        return diag(x, k);
    }

    /** {@code np.tile}: the array repeated {@code reps} times along each axis, dimensions matched on the left. */
    static NDArray tile(NDArray x, int[] reps) {
        int ndim = Math.max(x.ndim(), reps.length);
        int[] shape = new int[ndim];
        Arrays.fill(shape, 1);
        System.arraycopy(x.shape(), 0, shape, ndim - x.ndim(), x.ndim());
        int[] r = new int[ndim];
        Arrays.fill(r, 1);
        System.arraycopy(reps, 0, r, ndim - reps.length, reps.length);
        NDArray out = x.reshape(shape);
        for (int axis = 0; axis < ndim; axis++) {
            NDArray[] copies = new NDArray[r[axis]];
            Arrays.fill(copies, out);
            out = r[axis] == 0 ? out.get(along(ndim, axis, Index.slice(0, 0))) : NDArray.concatenate(copies, axis);
        }
        return out.copy();
    }

    /** pad's widths as (before, after) for each axis, from an int, a pair, or one pair per axis. */
    private static int[][] padWidths(Object v, int ndim) {
        List<Object> items = Py.isNumber(v) ? List.of(v) : Py.toList(v);
        int[][] widths = new int[ndim][2];
        if (items.size() == 1 && Py.isNumber(items.get(0)) || items.size() == 2 && Py.isNumber(items.get(0))
                || items.size() == 1) {
            List<Object> pair = Py.isNumber(items.get(0)) ? items : Py.toList(items.get(0));
            for (int[] w : widths) {
                w[0] = (int) Py.index(pair.get(0));
                w[1] = (int) Py.index(pair.get(pair.size() - 1));
            }
        } else {
            if (items.size() != ndim) {
                throw Py.valueError("operands could not be broadcast together with remapped shapes");
            }
            for (int i = 0; i < ndim; i++) {
                List<Object> pair = Py.isNumber(items.get(i)) ? List.of(items.get(i)) : Py.toList(items.get(i));
                widths[i][0] = (int) Py.index(pair.get(0));
                widths[i][1] = (int) Py.index(pair.get(pair.size() - 1));
            }
        }
        for (int[] w : widths) {
            if (w[0] < 0 || w[1] < 0) {
                throw Py.valueError("index can't contain negative values");
            }
        }
        return widths;
    }

    /** {@code np.pad(x, widths)} with a constant: a larger array of the constant with x set in its middle. */
    static NDArray pad(NDArray x, int[][] widths, double value) {
        int[] shape = x.shape().clone();
        Index[] middle = new Index[shape.length];
        for (int i = 0; i < shape.length; i++) {
            middle[i] = Index.slice(widths[i][0], widths[i][0] + shape[i]);
            shape[i] += widths[i][0] + widths[i][1];
        }
        NDArray out = NDArray.full(value, x.dtype(), shape);
        out.set(x, middle);
        return out;
    }

    /** {@code np.split} (equal parts only, or at the given indices) and {@code np.array_split} (parts as even as can be). */
    private static PyList split(Object[] b, boolean equal) {
        NDArray x = NpArrays.array(b[0], null);
        int axis = axis((int) Py.index(b[2]), x.ndim());
        int n = x.shape()[axis];
        List<Integer> cuts = new ArrayList<>();
        if (Py.isNumber(b[1])) {
            int sections = (int) Py.index(b[1]);
            if (sections <= 0) {
                throw Py.valueError(equal ? "number sections must be larger than 0." : "number sections must be larger than 0.");
            }
            if (equal && n % sections != 0) {
                throw Py.valueError("array split does not result in an equal division");
            }
            int each = n / sections;
            int extra = n % sections;
            int at = 0;
            for (int i = 0; i < sections - 1; i++) {
                at += each + (i < extra ? 1 : 0);
                cuts.add(at);
            }
        } else {
            for (Object c : Py.toList(b[1])) {
                cuts.add((int) Py.index(c));
            }
        }
        PyList parts = new PyList();
        int from = 0;
        for (int i = 0; i <= cuts.size(); i++) {
            int to = i < cuts.size() ? cuts.get(i) : n;
            int start = Math.min(Math.max(from < 0 ? from + n : from, 0), n);
            int stop = Math.min(Math.max(to < 0 ? to + n : to, start), n);
            parts.items.add(x.get(along(x.ndim(), axis, Index.slice(start, stop))).copy());
            from = to;
        }
        return parts;
    }

    /** {@code np.median}: the middle of the sorted values (the mean of the two middles), along an axis or all. */
    static NDArray median(NDArray x, Object axisArg, boolean keepdims) {
        NDArray values = x.astype(DType.FLOAT64);
        if (axisArg == PyNone.NONE) {
            NDArray sorted = values.flatten().sort(0);
            NDArray m = middle(sorted, 0);
            if (keepdims) {
                int[] ones = new int[x.ndim()];
                Arrays.fill(ones, 1);
                return m.reshape(ones);
            }
            return m;
        }
        int axis = axis(NpArrays.axes(axisArg)[0], x.ndim());
        NDArray m = middle(values.sort(axis), axis);
        return keepdims ? m.expandDims(axis) : m;
    }

    private static NDArray middle(NDArray sorted, int axis) {
        int n = sorted.shape()[axis];
        if (n == 0) {
            return sorted.sum(new int[] {axis}, false).mul(Double.NaN);
        }
        NDArray lo = sorted.get(along(sorted.ndim(), axis, Index.at((n - 1) / 2)));
        NDArray hi = sorted.get(along(sorted.ndim(), axis, Index.at(n / 2)));
        return lo.add(hi).mul(0.5);
    }
}
