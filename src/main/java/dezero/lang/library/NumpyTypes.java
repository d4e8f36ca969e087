package dezero.lang.library;

import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.NumpyFormat;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** numpy's classes: {@code ndarray}, the scalar types ({@code float64}, {@code int64}, ...) and {@code dtype}. */
final class NumpyTypes {
    static final PyType GENERIC = numpyType("generic", Types.OBJECT);
    static final PyType NDARRAY = numpyType("ndarray", Types.OBJECT);
    static final PyType DTYPE = numpyType("dtype", Types.OBJECT);
    static final PyType IINFO = numpyType("iinfo", Types.OBJECT);
    private static final Map<DType, PyType> SCALARS = new EnumMap<>(DType.class);
    private static final Object NI = PyNone.NOT_IMPLEMENTED;
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    static {
        for (DType d : DType.values()) {
            PyType t = numpyType(d == DType.BOOL ? "bool" : d.numpyName(), GENERIC);
            t.dict.put("__construct__", new Builtin(t.name, new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    Object v = a.length == 0 ? 0L : a[0];
                    NDArray arr = v instanceof NDArray x ? x.astype(d) : NpArrays.array(v, d);
                    return NpArrays.result(arr);
                }
            }));
            SCALARS.put(d, t);
        }
        Types.register(NDArray.class, NDARRAY);
        Types.register(NpDType.class, DTYPE);
        Types.register(NpIInfo.class, IINFO);
        IINFO.dict.put("__construct__", new Builtin("iinfo", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length != 1) {
                    throw Py.typeError(a.length == 0 ? "iinfo.__init__() missing 1 required positional argument: 'int_type'"
                            : "iinfo.__init__() takes 2 positional arguments but " + (a.length + 1) + " were given");
                }
                Object v = a[0];
                // None is numpy's default type (float64); what names no type (an array) is an object
                DType d = v == PyNone.NONE ? DType.FLOAT64 : v instanceof NpScalar s ? s.array().dtype()
                        : v instanceof NDArray ? null : NpArrays.dtype(v);
                if (d == null) {
                    throw Py.valueError("Invalid integer data type 'O'.");
                }
                return NpIInfo.of(d);
            }
        }));
        IINFO.dict.put("min", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return ((NpIInfo) v).min();
            }
        }));
        IINFO.dict.put("max", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return ((NpIInfo) v).max();
            }
        }));
        IINFO.dict.put("bits", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return ((NpIInfo) v).bits();
            }
        }));
        IINFO.dict.put("kind", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return ((NpIInfo) v).kind();
            }
        }));
        IINFO.dict.put("dtype", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return new NpDType(((NpIInfo) v).dtype());
            }
        }));
        NDARRAY.dict.put("__array_priority__", 0.0);
        arithmetic(NDARRAY);
        arithmetic(GENERIC);
        ArrayMethods.install(NDARRAY);
        ArrayMethods.install(GENERIC);
        // arrays are mutable: unhashable, and round() is numpy's np.round, not the builtin's
        NDARRAY.dict.put("__hash__", PyNone.NONE);
        NDARRAY.dict.remove("__round__");
        // numpy's scalars are no sequences: len() and iter() fail as for any object without them
        GENERIC.dict.remove("__len__");
        GENERIC.dict.put("__iter__", new Builtin("__iter__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.typeError("'" + Py.typeName(a[0]) + "' object is not iterable");
            }
        }));
        DTYPE.dict.put("__eq__", new Builtin("__eq__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                DType self = ((NpDType) a[0]).dtype();
                try {
                    return self == NpArrays.dtype(a[1]);
                } catch (dezero.lang.runtime.PyException e) {
                    return false;
                }
            }
        }));
        DTYPE.dict.put("__hash__", new Builtin("__hash__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) ((NpDType) a[0]).dtype().hashCode();
            }
        }));
        DTYPE.dict.put("name", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object d) {
                return ((NpDType) d).dtype().numpyName();
            }
        }));
        DTYPE.dict.put("kind", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object d) {
                DType t = ((NpDType) d).dtype();
                return t.isBool() ? "b" : t == DType.UINT8 ? "u" : t.isInteger() ? "i" : "f";
            }
        }));
        DTYPE.dict.put("type", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object d) {
                return SCALARS.get(((NpDType) d).dtype());
            }
        }));
        Py.setReprs(new LibraryReprs());
    }

    private NumpyTypes() {}

    private static PyType numpyType(String name, PyType base) {
        PyType t = new PyType(name, List.of(base), false);
        t.module = "numpy";
        t.messageName = "numpy." + name;
        return t;
    }

    static PyType scalarType(DType d) {
        return SCALARS.get(d);
    }

    static DType dtypeOfScalarType(PyType t) {
        for (Map.Entry<DType, PyType> e : SCALARS.entrySet()) {
            if (e.getValue() == t) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The array an ndarray or numpy scalar stands for. */
    static NDArray self(Object v) {
        return v instanceof NpScalar s ? s.array() : (NDArray) v;
    }

    private static void arithmetic(PyType t) {
        binary(t, "add", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.add(v1);
            }
        });
        binary(t, "sub", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.sub(v1);
            }
        });
        binary(t, "mul", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.mul(v1);
            }
        });
        binary(t, "truediv", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.div(v1);
            }
        });
        binary(t, "floordiv", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.floorDiv(v1);
            }
        });
        binary(t, "mod", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.mod(v1);
            }
        });
        binary(t, "pow", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.pow(v1);
            }
        });
        binary(t, "matmul", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.matmul(v1);
            }
        });
        binary(t, "and", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.and(v1);
            }
        });
        binary(t, "or", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.or(v1);
            }
        });
        binary(t, "xor", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.xor(v1);
            }
        });
        compare(t, "__eq__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.eq(v1);
            }
        });
        compare(t, "__ne__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.ne(v1);
            }
        });
        compare(t, "__lt__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.lt(v1);
            }
        });
        compare(t, "__le__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.le(v1);
            }
        });
        compare(t, "__gt__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.gt(v1);
            }
        });
        compare(t, "__ge__", new BinaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v0, NDArray v1) {
                return v0.ge(v1);
            }
        });
        unary(t, "__neg__", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.neg();
            }
        });
        unary(t, "__pos__", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.copy();
            }
        });
        unary(t, "__abs__", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.abs();
            }
        });
        unary(t, "__invert__", new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray v) {
                return v.invert();
            }
        });
    }

    private static void binary(PyType t, String name, BinaryOperator<NDArray> op) {
        t.dict.put("__" + name + "__", new Builtin("__" + name + "__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray o = otherOperand(a[1], self(a[0]));
                if (o == null && a[1] == PyNone.NONE && SYMBOLS.containsKey(name)) {
                    throw withNone(name, self(a[0]), false);
                }
                return o == null ? NI : NpArrays.result(op.apply(self(a[0]), o));
            }
        }));
        t.dict.put("__r" + name + "__", new Builtin("__r" + name + "__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray o = otherOperand(a[1], self(a[0]));
                if (o == null && a[1] == PyNone.NONE && SYMBOLS.containsKey(name)) {
                    throw withNone(name, self(a[0]), true);
                }
                return o == null ? NI : NpArrays.result(op.apply(o, self(a[0])));
            }
        }));
        t.dict.put("__i" + name + "__", new Builtin("__i" + name + "__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (!(a[0] instanceof NDArray self)) {
                    return NI;
                }
                // numpy does not defer an in-place operator: a Variable operand is taken as its values.
                NDArray o = a[1] instanceof dezero.core.Variable v ? v.data : otherOperand(a[1], self);
                if (o == null) {
                    return NI;
                }
                NDArray r = op.apply(self, o);
                ArrayMethods.assignInPlace(self, r, name);
                return self;
            }
        }));
    }

    private static final Map<String, String> SYMBOLS = Map.of("add", "+", "sub", "-", "mul", "*", "truediv", "/",
            "floordiv", "//", "mod", "%", "pow", "** or pow()", "and", "&", "or", "|", "xor", "^");

    /**
     * numpy's error for an array and None: it runs the operator on each element as a Python
     * object, so Python's error names the elements' type ({@code 'float' and 'NoneType'}).
     */
    private static dezero.lang.runtime.PyException withNone(String name, NDArray self, boolean reflected) {
        String symbol = SYMBOLS.get(name);
        String element = self.dtype().isBool() ? "bool" : self.dtype().isInteger() ? "int" : "float";
        return Py.typeError("unsupported operand type(s) for " + symbol + ": '" + (reflected ? "NoneType" : element)
                + "' and '" + (reflected ? element : "NoneType") + "'");
    }

    /**
     * The other operand of an array operator, or null to let it answer (a Variable or a user object
     * with a reflected method: numpy defers to {@code __array_priority__}).
     */
    private static NDArray otherOperand(Object other, NDArray self) {
        if (other instanceof PyObject) {
            return null;
        }
        if (other instanceof java.math.BigInteger big) {
            return NpArrays.bigIntOperand(big, self);
        }
        return NpArrays.operand(other);
    }

    private static void compare(PyType t, String name, BinaryOperator<NDArray> op) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a[1] instanceof java.math.BigInteger big && !self(a[0]).dtype().isFloat()) {
                    return NpArrays.result(NpArrays.compareWithBigInt(name, self(a[0]), big));
                }
                NDArray o = otherOperand(a[1], self(a[0]));
                if (o == null) {
                    return NI;
                }
                return NpArrays.result(op.apply(self(a[0]), o));
            }
        }));
    }

    private static void unary(PyType t, String name, UnaryOperator<NDArray> op) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return NpArrays.result(op.apply(self(a[0])));
            }
        }));
    }

    /** How arrays, numpy scalars and dtypes print. */
    private static final class LibraryReprs implements Py.Reprs {
        @Override
        public String repr(Object v) {
            if (v instanceof NDArray a) {
                return NumpyFormat.repr(a);
            }
            if (v instanceof NpScalar s) {
                return NumpyFormat.scalarRepr(s.array());
            }
            if (v instanceof NpDType d) {
                return "dtype('" + d.dtype().numpyName() + "')";
            }
            if (v instanceof NpIInfo i) {
                return i.repr();
            }
            if (v instanceof dezero.plot.Figure f) {
                return f.toString();
            }
            return DezeroTypes.repr(v);
        }

        @Override
        public String str(Object v) {
            if (v instanceof NDArray a) {
                return NumpyFormat.str(a);
            }
            if (v instanceof NpScalar s) {
                return NumpyFormat.scalarStr(s.array());
            }
            if (v instanceof NpDType d) {
                return d.dtype().numpyName();
            }
            if (v instanceof NpIInfo i) {
                return i.str();
            }
            return DezeroTypes.repr(v);
        }
    }

    static Object iterate(NDArray a) {
        if (a.ndim() == 0) {
            throw Py.typeError("iteration over a 0-d array");
        }
        int n = a.shape()[0];
        // A vector's items are read one by one (a live view, as numpy's iterator), skipping the
        // general index machinery: iterating an index array is a training loop's inner step.
        boolean vector = a.ndim() == 1;
        DType dtype = a.dtype();
        return new PyIterator(new java.util.Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object next() {
                if (vector) {
                    double v = a.get(i);
                    // scalar() casts to the dtype, which keeps every float and any integer short of
                    // 2^53 (each its double exactly) as it is (but for -0.0); the rest take the general path.
                    if (!dtype.isInteger() || Math.abs(v) < 0x1p53 && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
                        i++;
                        return new NpScalar(NDArray.scalar(v, dtype));
                    }
                }
                return NpArrays.result(NpIndex.get(a, (long) i++));
            }
        }, "iterator");
    }

    static PyTuple shapeTuple(int[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) {
            items[i] = (long) shape[i];
        }
        return new PyTuple(items);
    }

    static PyList toList(NDArray a) {
        PyList out = new PyList();
        if (a.ndim() == 1) {
            for (int i = 0; i < a.size(); i++) {
                out.items.add(NpArrays.pyValue(a, i));
            }
            return out;
        }
        for (int i = 0; i < a.shape()[0]; i++) {
            out.items.add(toList(a.get(Index.at(i))));
        }
        return out;
    }

    static boolean truth(NDArray a) {
        if (a.size() == 1) {
            return a.toArray()[0] != 0;
        }
        if (a.size() == 0) {
            throw Py.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that "
                    + "an array is not empty.");
        }
        throw Py.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or "
                + "a.all()");
    }
}
