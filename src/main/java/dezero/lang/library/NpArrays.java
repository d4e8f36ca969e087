package dezero.lang.library;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python values to numpy arrays and back, as numpy converts them. */
final class NpArrays {
    private NpArrays() {}

    /** numpy's result wrapping: a 0-d result of an operation is a numpy scalar, anything else the array. */
    static Object result(NDArray r) {
        return r.ndim() == 0 ? new NpScalar(r) : r;
    }

    /**
     * {@code operator.index(v)} with numpy's integer scalars (what iterating an index array gives)
     * taken directly: their type is immutable and its {@code __index__} gives this same value.
     */
    static long index(Object v) {
        if (v instanceof NpScalar s && s.array().dtype().isInteger()) {
            return s.array().longItem();
        }
        return Py.index(v);
    }

    /** An operand of arithmetic: Python numbers are weak (NEP 50), arrays and numpy scalars strong; null if none. */
    static NDArray operand(Object v) {
        if (v instanceof NDArray a) {
            return a;
        }
        if (v instanceof NpScalar s) {
            return s.array();
        }
        if (v instanceof Double d) {
            return NDArray.weakFloat(d);
        }
        if (v instanceof Long l) {
            return NDArray.weakInt(l);
        }
        if (v instanceof Boolean b) {
            return NDArray.bools(new boolean[] {b});
        }
        if (v instanceof BigInteger) {
            throw tooLargeForInt64();
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return array(v, null);
        }
        return null;
    }

    /** numpy 2's error where a Python int past int64 would have to become an integer array's element. */
    static dezero.lang.runtime.PyException tooLargeForInt64() {
        return Py.error(Types.OVERFLOW_ERROR, "Python int too large to convert to C long");
    }

    /**
     * A Python int past int64 as the other operand of {@code array op v}: a float array takes it
     * as a Python float (rounded to float64, as numpy converts it); an integer or bool array
     * cannot hold it (numpy 2's OverflowError).
     */
    static NDArray bigIntOperand(BigInteger v, NDArray array) {
        if (array.dtype().isFloat()) {
            return NDArray.weakFloat(v.doubleValue());
        }
        throw tooLargeForInt64();
    }

    /**
     * {@code array op v} for a comparison and a Python int past int64: numpy 2 compares an
     * integer array with it exactly, and none of the array's elements can equal it.
     */
    static NDArray compareWithBigInt(String op, NDArray array, BigInteger v) {
        boolean above = v.signum() > 0; // v lies above every element, or below every one
        boolean truth = switch (op) {
            case "__eq__" -> false;
            case "__ne__" -> true;
            case "__lt__", "__le__" -> above;
            default -> !above;
        };
        return NDArray.full(truth ? 1.0 : 0.0, DType.BOOL, array.shape());
    }

    /** {@code np.array(v, dtype)}: nested lists of numbers become an array of their common type. */
    static NDArray array(Object v, DType dtype) {
        if (v instanceof NDArray a) {
            return dtype == null ? a.copy() : a.astype(dtype);
        }
        if (v instanceof NpScalar s) {
            return dtype == null ? s.array().copy() : s.array().astype(dtype);
        }
        if (v instanceof Variable) {
            throw Py.valueError("setting an array element with a sequence.");
        }
        NDArray stacked = stackedArrays(v);
        if (stacked != null) {
            return dtype == null ? stacked : stacked.astype(dtype);
        }
        NDArray scalars = scalarVector(v, dtype);
        if (scalars != null) {
            return scalars;
        }
        List<Integer> shape = new ArrayList<>();
        List<Object> flat = new ArrayList<>();
        shapeOf(v, 0, shape);
        if (shape.size() > NDArray.MAX_NDIM) {
            throw Py.valueError("setting an array element with a sequence. The requested array would exceed the "
                    + "maximum number of dimension of " + NDArray.MAX_NDIM + ".");
        }
        flatten(v, 0, shape, flat);
        int[] dims = ints(shape);
        DType inferred = DType.BOOL;
        boolean any = false;
        for (Object o : flat) {
            DType t = dtypeOf(o);
            inferred = any ? DType.promote(inferred, t) : t;
            any = true;
        }
        if (!any) {
            inferred = DType.FLOAT64;
        }
        NDArray a;
        if (inferred.isInteger()) {
            // Python ints are exact: through long, not double (2**62 + 1 is no double)
            long[] values = new long[flat.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = integer(flat.get(i));
                if (dtype != null && dtype.isInteger() && flat.get(i) instanceof Long
                        && (values[i] < dtype.minValue() || values[i] > dtype.maxValue())) {
                    // numpy 2 refuses a Python int that the requested integer dtype cannot hold
                    throw Py.error(Types.OVERFLOW_ERROR, "Python integer " + values[i] + " out of bounds for " + dtype);
                }
            }
            a = NDArray.int64(values, dims).astype(inferred);
        } else {
            double[] data = new double[flat.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = number(flat.get(i));
            }
            a = NDArray.of(data, inferred, dims);
        }
        return dtype == null || dtype == inferred ? a : a.astype(dtype);
    }

    /**
     * {@code np.array([a, b, c])} of arrays of one shape is their stack: made in one allocation
     * that checks the heap first, instead of boxing every element on the way.
     */
    private static NDArray stackedArrays(Object v) {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            return null;
        }
        List<Object> items = view(v);
        if (items.isEmpty()) {
            return null;
        }
        NDArray[] arrays = new NDArray[items.size()];
        if (!(items.get(0) instanceof NDArray first)) {
            return null;
        }
        int ndim = first.ndim();
        for (int i = 0; i < arrays.length; i++) {
            if (!(items.get(i) instanceof NDArray a) || a.ndim() != ndim || !sameShape(a, first)) {
                return null;
            }
            arrays[i] = a;
        }
        return NDArray.stack(arrays, 0);
    }

    /** Whether {@code a} and {@code b} (of one rank) have one shape, without copying either shape. */
    private static boolean sameShape(NDArray a, NDArray b) {
        for (int d = 0; d < a.ndim(); d++) {
            if (a.shape(d) != b.shape(d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code np.array([s0, s1, ...])} of numpy scalars (a batch's labels): the general path's
     * vector, made without listing and boxing the elements first; null for anything else.
     */
    private static NDArray scalarVector(Object v, DType dtype) {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            return null;
        }
        List<Object> items = view(v);
        int n = items.size();
        if (n == 0) {
            return null;
        }
        double[] data = new double[n];
        DType inferred = null;
        for (int i = 0; i < n; i++) {
            if (!(items.get(i) instanceof NpScalar s)) {
                return null;
            }
            DType t = s.array().dtype();
            inferred = inferred == null ? t : DType.promote(inferred, t);
            data[i] = s.array().item();
        }
        if (inferred == DType.INT64) {
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = ((NpScalar) items.get(i)).array().longItem();
            }
            NDArray a = NDArray.int64(values, n);
            return dtype == null || dtype == inferred ? a : a.astype(dtype);
        }
        NDArray a = NDArray.of(data, inferred, n);
        return dtype == null || dtype == inferred ? a : a.astype(dtype);
    }

    /** A list's or tuple's items to read, not copied as {@link Py#toList} copies them. */
    private static List<Object> view(Object v) {
        return v instanceof PyList l ? l.items : java.util.Arrays.asList(((PyTuple) v).items);
    }

    private static DType dtypeOf(Object o) {
        if (o instanceof Boolean) {
            return DType.BOOL;
        }
        if (o instanceof Long) {
            return DType.INT64;
        }
        if (o instanceof Double) {
            return DType.FLOAT64;
        }
        if (o instanceof NpScalar s) {
            return s.array().dtype();
        }
        if (o instanceof NDArray a) {
            return a.dtype();
        }
        if (o instanceof BigInteger) {
            throw tooLargeForInt64();
        }
        throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(o) + "'");
    }

    /** An element of an integer (or bool) array being built: a Python int or bool, or an integer numpy scalar. */
    private static long integer(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof NpScalar s) {
            return s.array().longItem();
        }
        if (o instanceof NDArray a) {
            return a.longItem();
        }
        return Py.index(o);
    }

    private static double number(Object o) {
        if (o instanceof NpScalar s) {
            return s.array().item();
        }
        if (o instanceof NDArray a) {
            return a.item();
        }
        return Py.toDouble(o);
    }

    private static void shapeOf(Object v, int depth, List<Integer> shape) {
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> items = Py.toList(v);
            shape.add(items.size());
            if (!items.isEmpty()) {
                shapeOf(items.get(0), depth + 1, shape);
            }
        } else if (v instanceof NDArray a) {
            for (int d : a.shape()) {
                shape.add(d);
            }
        }
    }

    private static void flatten(Object v, int depth, List<Integer> shape, List<Object> out) {
        if (depth == shape.size()) {
            if (v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray a && a.ndim() > 0)) {
                throw Py.valueError("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                        + shapeText(shape.subList(0, depth)) + " + inhomogeneous part.");
            }
            out.add(v);
            return;
        }
        if (v instanceof NDArray a) {
            int[] rest = ints(shape.subList(depth, shape.size()));
            if (!java.util.Arrays.equals(a.shape(), rest)) {
                int same = 0;
                while (same < Math.min(rest.length, a.ndim()) && a.shape()[same] == rest[same]) {
                    same++;
                }
                throw Py.valueError("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after " + (depth + same) + " dimensions. The detected shape was "
                        + shapeText(shape.subList(0, depth + same)) + " + inhomogeneous part.");
            }
            for (int i = 0; i < a.size(); i++) {
                out.add(pyValue(a, i));
            }
            return;
        }
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            throw Py.valueError("setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                    + shapeText(shape.subList(0, depth)) + " + inhomogeneous part.");
        }
        List<Object> items = Py.toList(v);
        if (items.size() != shape.get(depth)) {
            throw Py.valueError("setting an array element with a sequence. The requested array has an "
                    + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                    + shapeText(shape.subList(0, depth)) + " + inhomogeneous part.");
        }
        for (Object o : items) {
            flatten(o, depth + 1, shape, out);
        }
    }

    private static String shapeText(List<Integer> dims) {
        return dims.size() == 1 ? "(" + dims.get(0) + ",)" : dims.toString().replace('[', '(').replace(']', ')');
    }

    /** A shape argument: an int or a tuple/list of ints. */
    static int[] shape(Object v) {
        if (v instanceof PyTuple || v instanceof PyList) {
            List<Object> items = Py.toList(v);
            int[] s = new int[items.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = dim(items.get(i));
            }
            return s;
        }
        if (v instanceof Double || v instanceof NpScalar sc && !sc.array().dtype().isInteger()) {
            throw Py.typeError("expected a sequence of integers or a single integer, got '" + Py.repr(v) + "'");
        }
        return new int[] {dim(v)};
    }

    private static int dim(Object v) {
        if (v instanceof NpScalar s && s.array().dtype().isInteger()) {
            return (int) s.array().longItem();
        }
        if (v instanceof java.math.BigInteger) {
            throw Py.valueError("Maximum allowed dimension exceeded");
        }
        long d = Py.index(v);
        if (d > Integer.MAX_VALUE) {
            throw Py.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return (int) d;
    }

    /** Shape dimensions given as separate arguments or one tuple: {@code reshape(2, 3)} or {@code reshape((2, 3))}. */
    static int[] shapeArgs(Object[] args, int from) {
        if (args.length == from + 1 && (args[from] instanceof PyTuple || args[from] instanceof PyList)) {
            return shape(args[from]);
        }
        int[] s = new int[args.length - from];
        for (int i = from; i < args.length; i++) {
            s[i - from] = dim(args[i]);
        }
        return s;
    }

    /** An axis argument: None (all), an int, or a tuple of ints. */
    static int[] axes(Object v) {
        if (v == PyNone.NONE || v == null) {
            return null;
        }
        return shape(v);
    }

    /** A dtype argument: {@code np.float32}, {@code 'float32'}, {@code float}, {@code int}, a dtype object. */
    static DType dtype(Object v) {
        if (v == PyNone.NONE || v == null) {
            return null;
        }
        if (v instanceof NpDType d) {
            return d.dtype();
        }
        if (v instanceof PyType t) {
            if (t == Types.FLOAT) {
                return DType.FLOAT64;
            }
            if (t == Types.INT) {
                return DType.INT64;
            }
            if (t == Types.BOOL) {
                return DType.BOOL;
            }
            DType d = NumpyTypes.dtypeOfScalarType(t);
            if (d != null) {
                return d;
            }
        }
        if (v instanceof String s) {
            for (DType d : DType.values()) {
                if (d.numpyName().equals(s)) {
                    return d;
                }
            }
            switch (s) {
                case "float", "f8", "d" -> {
                    return DType.FLOAT64;
                }
                case "f4", "f" -> {
                    return DType.FLOAT32;
                }
                case "int", "i8" -> {
                    return DType.INT64;
                }
                case "i4" -> {
                    return DType.INT32;
                }
                default -> throw Py.typeError("data type " + Py.repr(s) + " not understood");
            }
        }
        throw Py.typeError("Cannot interpret '" + Py.repr(v) + "' as a data type");
    }

    /** The Python value of flat element {@code i} of {@code a} for {@code tolist()}/{@code item()}: exact for int64. */
    static Object pyValue(NDArray a, int i) {
        DType t = a.dtype();
        if (t.isBool()) {
            return a.flat(i) != 0;
        }
        if (t.isInteger()) {
            return a.longAt(i);
        }
        return a.flat(i);
    }

    /**
     * The list as an array, by a loop: a stream here was the first lambda most programs link
     * (np.array), and a JVM's first lambda costs milliseconds of bootstrap.
     */
    private static int[] ints(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
