package dezero.lang.library;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The {@code numpy} module: creation, element-wise functions, reductions, linear algebra, {@code np.random}. */
final class NumpyModule {
    /** numpy's {@code UFuncTypeError} (a TypeError). */
    static final PyType UFUNC_TYPE_ERROR = new PyType("UFuncTypeError", List.of(Types.TYPE_ERROR), false);

    /** numpy's {@code AxisError} (a ValueError and an IndexError). */
    static final PyType AXIS_ERROR = new PyType("AxisError", List.of(Types.VALUE_ERROR, Types.INDEX_ERROR), false);

    static {
        UFUNC_TYPE_ERROR.module = "numpy._core._exceptions";
        AXIS_ERROR.module = "numpy.exceptions";
    }

    private static final Sig ARRAY = Sig.of("array", "object", "dtype=None", "copy=True");
    private static final Sig FILL = Sig.of("zeros", "shape", "dtype=None");
    private static final Sig FULL = Sig.of("full", "shape", "fill_value", "dtype=None");
    private static final Sig LIKE = Sig.of("zeros_like", "a", "dtype=None");
    private static final Sig LINSPACE = Sig.of("linspace", "start", "stop", "num=50", "endpoint=True", "retstep=False",
            "dtype=None");

    private NumpyModule() {}

    static PyModule create(PyModule random) {
        PyModule np = new PyModule("numpy");
        np.dict.put("random", random);
        np.dict.put("pi", Math.PI);
        np.dict.put("e", Math.E);
        np.dict.put("inf", Double.POSITIVE_INFINITY);
        np.dict.put("nan", Double.NaN);
        np.dict.put("newaxis", PyNone.NONE);
        np.dict.put("ndarray", NumpyTypes.NDARRAY);
        NumpyExtras.install(np);
        NpzFile.install(np);
        PyModule exceptions = new PyModule("numpy.exceptions");
        exceptions.dict.put("AxisError", AXIS_ERROR);
        np.dict.put("exceptions", exceptions);
        np.dict.put("generic", NumpyTypes.GENERIC);
        np.dict.put("dtype", NumpyTypes.DTYPE);
        np.dict.put("iinfo", NumpyTypes.IINFO);
        for (DType d : DType.values()) {
            np.dict.put(d == DType.BOOL ? "bool_" : d.numpyName(), NumpyTypes.scalarType(d));
        }
        np.dict.put("bool", NumpyTypes.scalarType(DType.BOOL));
        np.dict.put("int_", NumpyTypes.scalarType(DType.INT64));
        np.dict.put("__getattr__", new Builtin("__getattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                String name = (String) a[0];
                String instead = REMOVED_IN_NUMPY_2.get(name);
                if (instead == null) {
                    throw Py.noAttributeError(np, name); // with its "Did you mean" hint
                }
                throw Py.attributeError("`np." + name + "` was removed in the NumPy 2.0 release. Use " + instead + " instead.");
            }
        }));
        np.dict.put("uint", NumpyTypes.scalarType(DType.INT64));
        np.dict.put("c_", indexer("CClass", new Function<NDArray[], NDArray>() {
            @Override
            public NDArray apply(NDArray[] v) {
                return NumpyModule.columns(v);
            }
        }));
        np.dict.put("r_", indexer("RClass", new Function<NDArray[], NDArray>() {
            @Override
            public NDArray apply(NDArray[] items) {
                return NDArray.concatenate(items, 0);
            }
        }));
        creation(np);
        elementwise(np);
        reductions(np);
        shapes(np);
        return np;
    }

    /** {@code np.c_} and {@code np.r_}: objects whose subscript joins the arrays in it. */
    private static Object indexer(String name, Function<NDArray[], NDArray> join) {
        PyType t = new PyType(name, List.of(Types.OBJECT), false);
        t.module = "numpy.lib._index_tricks_impl";
        PyObject o = new PyObject(t);
        t.dict.put("__getitem__", new Builtin("__getitem__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object key = a[1];
                Object[] items = key instanceof PyTuple tu ? tu.items : new Object[] {key};
                NDArray[] arrays = new NDArray[items.length];
                for (int i = 0; i < items.length; i++) {
                    arrays[i] = arg(items[i]);
                }
                return join.apply(arrays);
            }
        }));
        return o;
    }

    /** {@code np.c_[a, b]}: 1-d arrays become columns; 2-d arrays are joined along their columns. */
    private static NDArray columns(NDArray[] arrays) {
        NDArray[] cols = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            cols[i] = arrays[i].ndim() == 1 ? arrays[i].reshape(arrays[i].size(), 1) : arrays[i];
        }
        return NDArray.concatenate(cols, 1);
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    private static NDArray arg(Object v) {
        NDArray a = NpArrays.operand(v);
        if (a == null) {
            throw Py.typeError("unsupported operand type: '" + Py.typeName(v) + "'");
        }
        return a.isWeak() ? NpArrays.array(v, null) : a;
    }

    private static void creation(PyModule np) {
        def(np, "array", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ARRAY.bind(a, k);
                return NpArrays.array(b[0], NpArrays.dtype(b[1]));
            }
        });
        def(np, "asarray", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ARRAY.bind(a, k);
                DType d = NpArrays.dtype(b[1]);
                if (b[0] instanceof NDArray x && (d == null || d == x.dtype())) {
                    return x;
                }
                return NpArrays.array(b[0], d);
            }
        });
        def(np, "zeros", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FILL.bind(a, k);
                return NDArray.zeros(dtypeOr(b[1], DType.FLOAT64), NpArrays.shape(b[0]));
            }
        });
        def(np, "ones", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FILL.bind(a, k);
                return NDArray.ones(dtypeOr(b[1], DType.FLOAT64), NpArrays.shape(b[0]));
            }
        });
        def(np, "empty", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FILL.bind(a, k);
                return NDArray.zeros(dtypeOr(b[1], DType.FLOAT64), NpArrays.shape(b[0]));
            }
        });
        def(np, "full", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FULL.bind(a, k);
                NDArray v = arg(b[1]);
                DType d = dtypeOr(b[2], v.dtype());
                if (b[1] instanceof Long l && d.isInteger() && (l < d.minValue() || l > d.maxValue())) {
                    throw Py.error(Types.OVERFLOW_ERROR, "Python integer " + l + " out of bounds for " + d.numpyName());
                }
                return v.dtype().isInteger() && d.isInteger() ? NDArray.full(v.longItem(), d, NpArrays.shape(b[0]))
                        : NDArray.full(v.item(), d, NpArrays.shape(b[0]));
            }
        });
        def(np, "zeros_like", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = LIKE.bind(a, k);
                NDArray x = arg(b[0]);
                return NDArray.zeros(dtypeOr(b[1], x.dtype()), x.shape());
            }
        });
        def(np, "ones_like", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = LIKE.bind(a, k);
                NDArray x = arg(b[0]);
                return NDArray.ones(dtypeOr(b[1], x.dtype()), x.shape());
            }
        });
        def(np, "empty_like", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = LIKE.bind(a, k);
                NDArray x = arg(b[0]);
                return NDArray.zeros(dtypeOr(b[1], x.dtype()), x.shape());
            }
        });
        def(np, "full_like", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = FULL_LIKE.bind(a, k);
                NDArray x = arg(b[0]);
                return NDArray.full(Py.toDouble(b[1]), dtypeOr(b[2], x.dtype()), x.shape());
            }
        });
        def(np, "arange", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return arange(a, k);
            }
        });
        def(np, "linspace", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = LINSPACE.bind(a, k);
                double start = Py.toDouble(b[0]);
                double stop = Py.toDouble(b[1]);
                int num = (int) Py.index(b[2]);
                boolean endpoint = Py.truthy(b[3]);
                NDArray y = NDArray.linspace(start, stop, num, endpoint);
                if (b[5] != PyNone.NONE) {
                    y = y.astype(NpArrays.dtype(b[5]));
                }
                if (!Py.truthy(b[4])) {
                    return y;
                }
                // retstep: the spacing as numpy's float64, or Python's nan where there is none
                // (one sample with its endpoint)
                int div = endpoint ? num - 1 : num;
                return new PyTuple(y, div > 0 ? new NpScalar(NDArray.scalar((stop - start) / div)) : (Object) Double.NaN);
            }
        });
        def(np, "eye", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = EYE.bind(a, k);
                int n = (int) Py.index(b[0]);
                int m = b[1] == PyNone.NONE ? n : (int) Py.index(b[1]);
                return NDArray.eye(n, m, (int) Py.index(b[2]), dtypeOr(b[3], DType.FLOAT64));
            }
        });
        def(np, "unravel_index", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = UNRAVEL_INDEX.bind(a, k);
                long flat = Py.index(b[0]);
                int[] shape = NpArrays.shape(b[1]);
                Object[] idx = new Object[shape.length];
                for (int i = shape.length - 1; i >= 0; i--) {
                    idx[i] = new NpScalar(NDArray.full(flat % shape[i], DType.INT64));
                    flat /= shape[i];
                }
                return new PyTuple(idx);
            }
        });
        def(np, "isscalar", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object v = BuiltinFunctions.one("isscalar", a, k);
                return Py.isNumber(v) || v instanceof String || v instanceof NpScalar;
            }
        });
        def(np, "meshgrid", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object indexing = k.getOrDefault("indexing", "xy");
                for (String key : k.keySet()) {
                    if (!key.equals("indexing")) {
                        throw Py.typeError("meshgrid() got an unexpected keyword argument '" + key + "'");
                    }
                }
                if (!indexing.equals("xy") && !indexing.equals("ij")) {
                    throw Py.valueError("Valid values for `indexing` are 'xy' and 'ij'.");
                }
                if (a.length == 0) {
                    return PyTuple.EMPTY;
                }
                if (a.length == 1) {
                    return new PyTuple(arg(a[0]).flatten());
                }
                if (a.length > 2) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "meshgrid of more than two arrays");
                }
                NDArray[] grids = NDArray.meshgrid(arg(a[0]), arg(a[1]));
                if (indexing.equals("ij")) {
                    // matrix indexing: the grids of 'xy' transposed
                    grids = new NDArray[] {grids[0].transpose(), grids[1].transpose()};
                }
                return new PyTuple((Object[]) grids);
            }
        });
    }

    /**
     * Names that older code and tutorials use and numpy 2 removed, with what numpy's own message
     * says to use instead (numpy 2.4's words).
     */
    private static final Map<String, String> REMOVED_IN_NUMPY_2 = Map.ofEntries(
            Map.entry("float_", "`np.float64`"), Map.entry("complex_", "`np.complex128`"),
            Map.entry("Inf", "`np.inf`"), Map.entry("Infinity", "`np.inf`"), Map.entry("infty", "`np.inf`"),
            Map.entry("PINF", "`np.inf`"), Map.entry("NINF", "`-np.inf`"), Map.entry("NaN", "`np.nan`"),
            Map.entry("PZERO", "`0.0`"), Map.entry("NZERO", "`-0.0`"),
            Map.entry("alltrue", "`np.all`"), Map.entry("sometrue", "`np.any`"), Map.entry("round_", "`np.round`"),
            Map.entry("string_", "`np.bytes_`"), Map.entry("unicode_", "`np.str_`"),
            Map.entry("asfarray", "`np.asarray` with a proper dtype"));

    private static final Sig EYE = Sig.of("eye", "N", "M=None", "k=0", "dtype=None");
    private static final Sig ARGSORT = Sig.of("argsort", "a", "axis=-1", "kind=None", "order=None");
    private static final Sig SORT = Sig.of("sort", "a", "axis=-1", "kind=None", "order=None");
    private static final Sig ROUND = Sig.of("round", "a", "decimals=0", "out=None");
    private static final Sig TRANSPOSE = Sig.of("transpose", "a", "axes=None");
    private static final Sig RAVEL = Sig.of("ravel", "a", "order='C'");
    private static final Sig SQUEEZE = Sig.of("squeeze", "a", "axis=None");
    private static final Sig VSTACK = Sig.of("vstack", "tup", "dtype=None", "casting='same_kind'");
    private static final Sig HSTACK = Sig.of("hstack", "tup", "dtype=None", "casting='same_kind'");
    private static final Sig UNIQUE = Sig.of("unique", "ar", "return_index=False", "return_inverse=False",
            "return_counts=False", "axis=None");
    private static final Sig ALLCLOSE = Sig.of("allclose", "a", "b", "rtol=1e-05", "atol=1e-08");
    private static final Sig ISCLOSE = Sig.of("isclose", "a", "b", "rtol=1e-05", "atol=1e-08");
    private static final Sig FULL_LIKE = Sig.of("full_like", "a", "fill_value", "dtype=None");
    private static final Sig UNRAVEL_INDEX = Sig.of("unravel_index", "indices", "shape");
    private static final Sig DOT = Sig.of("dot", "a", "b");
    private static final Sig OUTER = Sig.of("outer", "a", "b");
    private static final Sig ARRAY_EQUAL = Sig.of("array_equal", "a1", "a2");
    private static final Sig EXPAND_DIMS = Sig.of("expand_dims", "a", "axis");
    private static final Sig CLIP = Sig.of("clip", "a", "a_min=None", "a_max=None");
    /** where's x and y may both be left out (None stands for "not given": arrays of None are not made here). */
    private static final Sig WHERE = Sig.of("where", "condition", "x=None", "y=None");

    /** A ufunc's arguments: {@code nin} operands and an output, and numpy's keywords (out=None only). */
    private static void ufuncArguments(String name, Object[] a, Map<String, Object> k, int nin) {
        for (Map.Entry<String, Object> e : k.entrySet()) {
            String key = e.getKey();
            boolean asIfAbsent = key.equals("out") && e.getValue() == PyNone.NONE
                    || key.equals("where") && Boolean.TRUE.equals(e.getValue());
            if (asIfAbsent) {
                continue;
            }
            if (List.of("out", "where", "casting", "order", "dtype", "subok", "signature").contains(key)) {
                throw Py.error(Types.NOT_IMPLEMENTED_ERROR, name + "(" + key + "=...) is not supported");
            }
            throw Py.typeError(name + "() got an unexpected keyword argument '" + key + "'");
        }
        if (a.length < nin || a.length > nin + 1) {
            throw Py.typeError(name + "() takes from " + nin + " to " + (nin + 1) + " positional arguments but " + a.length
                    + (a.length == 1 ? " was" : " were") + " given");
        }
        if (a.length > nin && a[nin] != PyNone.NONE) {
            throw Py.error(Types.NOT_IMPLEMENTED_ERROR, name + "() with an output array is not supported");
        }
    }

    private static DType dtypeOr(Object v, DType d) {
        DType t = NpArrays.dtype(v);
        return t == null ? d : t;
    }

    private static Object arange(Object[] a, Map<String, Object> k) {
        Object dtype = k.getOrDefault("dtype", PyNone.NONE);
        Object start = 0L;
        Object stop;
        Object step = 1L;
        if (a.length == 1) {
            stop = a[0];
        } else if (a.length == 2) {
            start = a[0];
            stop = a[1];
        } else if (a.length == 3) {
            start = a[0];
            stop = a[1];
            step = a[2];
        } else {
            throw Py.typeError("arange() requires stop to be specified.");
        }
        boolean ints = Py.isInt(start) && Py.isInt(stop) && Py.isInt(step);
        double first = Py.toDouble(start);
        double last = Py.toDouble(stop);
        double by = Py.toDouble(step);
        if (by == 0) {
            throw Py.error(Types.ZERO_DIVISION_ERROR, ints ? "division by zero" : "float division by zero");
        }
        if (!(Math.ceil((last - first) / by) < 0x1p63)) {
            throw Py.valueError("Maximum allowed size exceeded");
        }
        // Python ints count exactly: past 2^53 the float arange would repeat rounded values
        NDArray r = ints && start instanceof Long s0 && stop instanceof Long s1 && step instanceof Long s2
                && Math.abs((last - first) / by) <= NDArray.MAX_SIZE
                ? NDArray.arange(s0, s1, s2) : NDArray.arange(first, last, by);
        DType d = NpArrays.dtype(dtype);
        if (d == null) {
            d = ints ? DType.INT64 : DType.FLOAT64;
        }
        return r.dtype() == d ? r : r.astype(d);
    }

    private static void unary(PyModule np, String name, UnaryOperator<NDArray> f) {
        def(np, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments(name, a, k, 1);
                Object v = a[0];
                if (NpArrays.operand(v) == null && !(v instanceof String)) {
                    // numpy makes an object array of it and looks for a method of the ufunc's name.
                    throw Py.typeError(name.equals("abs") || name.equals("absolute")
                            ? "bad operand type for abs(): '" + Py.typeName(v) + "'"
                            : "loop of ufunc does not support argument 0 of type " + Py.typeName(v)
                                    + " which has no callable " + name + " method");
                }
                return NpArrays.result(f.apply(arg(v)));
            }
        });
    }

    private static void elementwise(PyModule np) {
        unary(np, "exp", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.exp();
            }
        });
        unary(np, "log", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.log();
            }
        });
        unary(np, "sqrt", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.sqrt();
            }
        });
        unary(np, "sin", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.sin();
            }
        });
        unary(np, "cos", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.cos();
            }
        });
        unary(np, "tan", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.tan();
            }
        });
        unary(np, "tanh", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.tanh();
            }
        });
        unary(np, "abs", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.abs();
            }
        });
        unary(np, "absolute", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.abs();
            }
        });
        unary(np, "sign", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.sign();
            }
        });
        unary(np, "isnan", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.isnan();
            }
        });
        unary(np, "isinf", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.isinf();
            }
        });
        unary(np, "isfinite", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.isfinite();
            }
        });
        unary(np, "square", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.square();
            }
        });
        unary(np, "negative", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.neg();
            }
        });
        unary(np, "logical_not", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.logicalNot();
            }
        });
        def(np, "maximum", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("maximum", a, k, 2);
                return NpArrays.result(arg(a[0]).maximum(arg(a[1])));
            }
        });
        def(np, "minimum", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("minimum", a, k, 2);
                return NpArrays.result(arg(a[0]).minimum(arg(a[1])));
            }
        });
        def(np, "add", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("add", a, k, 2);
                return NpArrays.result(arg(a[0]).add(arg(a[1])));
            }
        });
        def(np, "subtract", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("subtract", a, k, 2);
                return NpArrays.result(arg(a[0]).sub(arg(a[1])));
            }
        });
        def(np, "multiply", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("multiply", a, k, 2);
                return NpArrays.result(arg(a[0]).mul(arg(a[1])));
            }
        });
        def(np, "divide", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("divide", a, k, 2);
                return NpArrays.result(arg(a[0]).div(arg(a[1])));
            }
        });
        def(np, "power", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("power", a, k, 2);
                return NpArrays.result(arg(a[0]).pow(arg(a[1])));
            }
        });
        def(np, "clip", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = CLIP.bind(a, k);
                return NpArrays.result(arg(b[0]).clip(NpArrays.operand(b[1]), NpArrays.operand(b[2])));
            }
        });
        def(np, "where", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = WHERE.bind(a, k);
                if (b[1] == PyNone.NONE && b[2] == PyNone.NONE) {
                    // where(condition) alone is nonzero(condition): the indices of its true elements
                    return new PyTuple((Object[]) arg(b[0]).nonzero());
                }
                if (b[1] == PyNone.NONE || b[2] == PyNone.NONE) {
                    throw Py.valueError("either both or neither of x and y should be given");
                }
                return NpArrays.result(NDArray.where(arg(b[0]), NpArrays.operand(b[1]), NpArrays.operand(b[2])));
            }
        });
        def(np, "dot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = DOT.bind(a, k);
                return NpArrays.result(arg(b[0]).dot(arg(b[1])));
            }
        });
        def(np, "matmul", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ufuncArguments("matmul", a, k, 2);
                return NpArrays.result(arg(a[0]).matmul(arg(a[1])));
            }
        });
        def(np, "outer", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = OUTER.bind(a, k);
                return arg(b[0]).outer(arg(b[1]));
            }
        });
        def(np, "allclose", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ALLCLOSE.bind(a, k);
                return arg(b[0]).allclose(arg(b[1]), Py.toDouble(b[2]), Py.toDouble(b[3]));
            }
        });
        def(np, "isclose", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ISCLOSE.bind(a, k);
                return NpArrays.result(arg(b[0]).isclose(arg(b[1]), Py.toDouble(b[2]), Py.toDouble(b[3])));
            }
        });
        def(np, "array_equal", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ARRAY_EQUAL.bind(a, k);
                NDArray x = arg(b[0]);
                NDArray y = arg(b[1]);
                return java.util.Arrays.equals(x.shape(), y.shape()) && java.util.Arrays.equals(x.toArray(), y.toArray());
            }
        });
    }

    private static void reductions(PyModule np) {
        for (ArrayMethods.Reduction r : ArrayMethods.Reduction.values()) {
            String name = r.name().toLowerCase();
            def(np, name, new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    return ArrayMethods.reduce(arg(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k, r);
                }
            });
        }
        np.dict.put("amax", np.dict.get("max"));
        np.dict.put("amin", np.dict.get("min"));
        def(np, "argmax", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return ArrayMethods.arg(arg(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k, true);
            }
        });
        def(np, "argmin", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return ArrayMethods.arg(arg(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k, false);
            }
        });
        def(np, "cumsum", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object axis = a.length > 1 ? a[1] : k.getOrDefault("axis", PyNone.NONE);
                return axis != PyNone.NONE ? arg(a[0]).cumsum((int) Py.index(axis)) : arg(a[0]).cumsum();
            }
        });
        def(np, "argsort", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ARGSORT.bind(a, k);
                return ArrayMethods.sorted(arg(b[0]), b[1], true);
            }
        });
        def(np, "sort", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = SORT.bind(a, k);
                return ArrayMethods.sorted(arg(b[0]), b[1], false);
            }
        });
        def(np, "round", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ROUND.bind(a, k);
                return NpArrays.result(ArrayMethods.round(NpArrays.array(b[0], null), (int) Py.index(b[1])));
            }
        });
        np.dict.put("around", np.dict.get("round"));
        def(np, "nonzero", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new PyTuple((Object[]) arg(BuiltinFunctions.one("nonzero", a, k)).nonzero());
            }
        });
        def(np, "unique", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = UNIQUE.bind(a, k);
                if (Py.truthy(b[1]) || Py.truthy(b[2]) || b[4] != PyNone.NONE) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "unique() with return_index, return_inverse or axis");
                }
                NDArray x = NpArrays.array(b[0], null);
                NDArray values = x.unique();
                return Py.truthy(b[3]) ? new PyTuple(values, counts(x, values)) : values;
            }
        });
    }

    /** How often each of {@code values} (sorted, distinct) occurs in {@code x}, as unique's return_counts. */
    private static NDArray counts(NDArray x, NDArray values) {
        double[] sorted = x.flatten().sort().toArray();
        double[] u = values.toArray();
        double[] c = new double[u.length];
        int j = 0;
        for (double v : sorted) {
            while (j < u.length && !(v == u[j] || v != v && u[j] != u[j])) {
                j++;
            }
            c[j]++;
        }
        return NDArray.of(c, DType.INT64, u.length);
    }

    private static NDArray[] arrays(Object seq) {
        List<Object> items = Py.toList(seq);
        NDArray[] out = new NDArray[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = arg(items.get(i));
        }
        return out;
    }

    private static void shapes(PyModule np) {
        def(np, "reshape", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                for (String key : k.keySet()) {
                    if (!key.equals("shape") && !key.equals("order") && !key.equals("copy")) {
                        throw Py.typeError("reshape() got an unexpected keyword argument '" + key + "'");
                    }
                }
                Object shape = a.length > 1 ? a[1] : k.get("shape");
                if (a.length == 0 || shape == null) {
                    throw Py.typeError(a.length == 0 ? "reshape() missing 2 required positional arguments: 'a' and 'shape'"
                            : "reshape() missing 1 required positional argument: 'shape'");
                }
                return arg(a[0]).reshape(NpArrays.shape(shape));
            }
        });
        def(np, "transpose", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = TRANSPOSE.bind(a, k);
                return b[1] != PyNone.NONE ? arg(b[0]).transpose(NpArrays.shape(b[1])) : arg(b[0]).transpose();
            }
        });
        def(np, "ravel", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = RAVEL.bind(a, k);
                if (!"C".equals(b[1])) {
                    throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "ravel() in an order other than 'C'");
                }
                return arg(b[0]).reshape(arg(b[0]).size());
            }
        });
        def(np, "squeeze", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = SQUEEZE.bind(a, k);
                return b[1] != PyNone.NONE ? arg(b[0]).squeeze((int) Py.index(b[1])) : arg(b[0]).squeeze();
            }
        });
        def(np, "expand_dims", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = EXPAND_DIMS.bind(a, k);
                return arg(b[0]).expandDims((int) Py.index(b[1]));
            }
        });
        def(np, "concatenate", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object axis = a.length > 1 ? a[1] : k.getOrDefault("axis", 0L);
                return NDArray.concatenate(arrays(a[0]), (int) Py.index(axis));
            }
        });
        def(np, "stack", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object axis = a.length > 1 ? a[1] : k.getOrDefault("axis", 0L);
                return NDArray.stack(arrays(a[0]), (int) Py.index(axis));
            }
        });
        def(np, "vstack", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = VSTACK.bind(a, k);
                NDArray r = NDArray.vstack(arrays(b[0]));
                return b[1] == PyNone.NONE ? r : r.astype(NpArrays.dtype(b[1]));
            }
        });
        def(np, "hstack", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = HSTACK.bind(a, k);
                NDArray r = NDArray.hstack(arrays(b[0]));
                return b[1] == PyNone.NONE ? r : r.astype(NpArrays.dtype(b[1]));
            }
        });
        def(np, "shape", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return NumpyTypes.shapeTuple(arg(BuiltinFunctions.one("shape", a, k)).shape());
            }
        });
        def(np, "ndim", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) arg(BuiltinFunctions.one("ndim", a, k)).ndim();
            }
        });
        def(np, "size", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) arg(BuiltinFunctions.one("size", a, k)).size();
            }
        });
    }
}
