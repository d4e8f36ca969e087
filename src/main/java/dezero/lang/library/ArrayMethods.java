package dezero.lang.library;

import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** The attributes and methods of numpy arrays (and scalars): {@code shape T reshape sum mean max astype item ...}. */
final class ArrayMethods {
    private static final Sig ARG = Sig.of("argmax", "axis=None");

    private ArrayMethods() {}

    private static NDArray self(Object v) {
        return NumpyTypes.self(v);
    }

    static void install(PyType t) {
        t.dict.put("shape", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return NumpyTypes.shapeTuple(self(v).shape());
            }
        }));
        t.dict.put("ndim", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) self(v).ndim();
            }
        }));
        t.dict.put("size", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) self(v).size();
            }
        }));
        t.dict.put("dtype", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return new NpDType(self(v).dtype());
            }
        }));
        t.dict.put("T", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return NpArrays.result(self(v).transpose());
            }
        }));
        t.dict.put("itemsize", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) itemsize(self(v).dtype());
            }
        }));
        t.dict.put("nbytes", Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) itemsize(self(v).dtype()) * self(v).size();
            }
        }));
        method(t, "__len__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                if (s.ndim() == 0) {
                    throw Py.typeError("len() of unsized object");
                }
                return (long) s.shape()[0];
            }
        });
        method(t, "__iter__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NumpyTypes.iterate(s);
            }
        });
        method(t, "__getitem__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(NpIndex.get(s, a[0]));
            }
        });
        t.dict.put("__setitem__", new Builtin("__setitem__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (!(a[0] instanceof NDArray arr)) {
                    throw Py.typeError("'" + Py.typeName(a[0]) + "' object does not support item assignment");
                }
                NpIndex.set(arr, a[1], a[2]);
                return PyNone.NONE;
            }
        }));
        method(t, "__bool__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NumpyTypes.truth(s);
            }
        });
        method(t, "__float__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return scalarValue(s);
            }
        });
        method(t, "__int__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                double v = scalarValue(s);
                return s.dtype().isInteger() ? s.longItem() : (Object) (long) v;
            }
        });
        method(t, "__index__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                if (!s.dtype().isInteger() || s.ndim() != 0) {
                    throw Py.typeError("only integer scalar arrays can be converted to a scalar index");
                }
                return s.longItem();
            }
        });
        method(t, "__round__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return a.length == 0 || a[0] == PyNone.NONE
                    ? (Object) (s.dtype().isInteger() ? s.longItem() : (long) Math.rint(s.item()))
                    : NpArrays.result(round(s, (int) Py.index(a[0])));
            }
        });
        method(t, "__hash__", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return (long) Double.hashCode(s.item());
            }
        });
        method(t, "item", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                if (a.length > 0) {
                    return NpArrays.pyValue(s, flatIndex(s, Py.index(a[0])));
                }
                requireOne(s);
                return NpArrays.pyValue(s, 0);
            }
        });
        method(t, "tolist", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return s.ndim() == 0 ? NpArrays.pyValue(s, 0) : NumpyTypes.toList(s);
            }
        });
        method(t, "copy", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(s.copy());
            }
        });
        method(t, "astype", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = ASTYPE.bind(a, k);
                // None is numpy's default type
                return s.astype(b[0] == PyNone.NONE ? DType.FLOAT64 : NpArrays.dtype(b[0]));
            }
        });
        method(t, "reshape", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return s.reshape(NpArrays.shapeArgs(a, 0));
            }
        });
        method(t, "transpose", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return a.length == 0 ? s.transpose() : s.transpose(NpArrays.shapeArgs(a, 0));
            }
        });
        method(t, "flatten", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return s.reshape(s.size()).copy();
            }
        });
        method(t, "ravel", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return s.reshape(s.size());
            }
        });
        method(t, "squeeze", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(squeeze(s, a.length == 0 || a[0] == PyNone.NONE ? null : NpArrays.axes(a[0])));
            }
        });
        method(t, "sum", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.SUM);
            }
        });
        method(t, "mean", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.MEAN);
            }
        });
        method(t, "max", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.MAX);
            }
        });
        method(t, "min", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.MIN);
            }
        });
        method(t, "prod", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.PROD);
            }
        });
        method(t, "std", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.STD);
            }
        });
        method(t, "var", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.VAR);
            }
        });
        method(t, "any", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.ANY);
            }
        });
        method(t, "all", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return reduce(s, a, k, Reduction.ALL);
            }
        });
        method(t, "argmax", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return arg(s, a, k, true);
            }
        });
        method(t, "argmin", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return arg(s, a, k, false);
            }
        });
        method(t, "cumsum", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return cumsum(s, axis(a.length > 0 ? a[0] : k.getOrDefault("axis", PyNone.NONE)));
            }
        });
        method(t, "clip", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = CLIP.bind(a, k);
                return NpArrays.result(s.clip(bound(b[0]), bound(b[1])));
            }
        });
        method(t, "dot", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                if (a.length != 1) {
                    throw Py.typeError(a.length == 0 ? "dot() missing required argument 'b' (pos 0)"
                            : "dot() takes from 1 to 2 positional arguments but " + a.length + " were given");
                }
                NDArray other = NpArrays.operand(a[0]);
                if (other == null) {
                    throw Py.typeError("unsupported operand type(s) for *: 'float' and '" + Py.typeName(a[0]) + "'");
                }
                return NpArrays.result(s.dot(other));
            }
        });
        method(t, "fill", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                if (a.length != 1) {
                    throw Py.typeError("fill() takes exactly 1 argument (" + a.length + " given)");
                }
                NDArray value = NpArrays.operand(a[0]);
                if (value == null) {
                    // as numpy converts a scalar for a float array: None is nan, a str is parsed as float() does
                    value = NDArray.scalar(a[0] == PyNone.NONE ? Double.NaN : BuiltinTypes.toFloat(a[0]));
                } else if (value.ndim() > 0) {
                    throw Py.valueError("setting an array element with a sequence.");
                }
                s.set(value, Index.ELLIPSIS);
                return PyNone.NONE;
            }
        });
        method(t, "argsort", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return sorted(s, ARGSORT.bind(a, k)[0], true);
            }
        });
        method(t, "sort", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object axis = SORT.bind(a, k)[0];
                if (axis == PyNone.NONE) {
                    throw Py.typeError("'NoneType' object cannot be interpreted as an integer");
                }
                s.set(sorted(s, axis, false), Index.ELLIPSIS);
                return PyNone.NONE;
            }
        });
        method(t, "take", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = TAKE.bind(a, k);
                return NumpyExtras.take(s, b[0], b[1]);
            }
        });
        method(t, "repeat", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = REPEAT.bind(a, k);
                return NumpyExtras.repeat(s, b[0], b[1]);
            }
        });
        method(t, "trace", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = TRACE.bind(a, k);
                return NpArrays.result(NumpyExtras.diagonal(s, (int) Py.index(b[0])).sum());
            }
        });
        method(t, "diagonal", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = DIAGONAL.bind(a, k);
                return NumpyExtras.diagonal(s, (int) Py.index(b[0]));
            }
        });
        method(t, "cumprod", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object axis = CUMPROD.bind(a, k)[0];
                return s.cumprod(axis == PyNone.NONE ? null : NpArrays.axes(axis)[0]);
            }
        });
        method(t, "nonzero", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return new PyTuple((Object[]) s.nonzero());
            }
        });
        method(t, "swapaxes", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                Object[] b = SWAPAXES.bind(a, k);
                int n = s.ndim();
                int i = (int) Py.index(b[0]);
                int j = (int) Py.index(b[1]);
                int[] perm = new int[n];
                for (int d = 0; d < n; d++) {
                    perm[d] = d;
                }
                int first = i < 0 ? i + n : i;
                int second = j < 0 ? j + n : j;
                if (first < 0 || first >= n || second < 0 || second >= n) {
                    boolean firstBad = first < 0 || first >= n;
                    throw Py.error(NumpyModule.AXIS_ERROR, (firstBad ? "axis1" : "axis2") + ": axis "
                            + (firstBad ? i : j) + " is out of bounds for array of dimension " + n);
                }
                perm[first] = second;
                perm[second] = first;
                return s.transpose(perm);
            }
        });
        method(t, "round", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(round(s, a.length == 0 ? 0 : (int) Py.index(a[0])));
            }
        });
    }

    private static final Sig TAKE = Sig.of("take", "indices", "axis=None");
    private static final Sig REPEAT = Sig.of("repeat", "repeats", "axis=None");
    private static final Sig TRACE = Sig.of("trace", "offset=0");
    private static final Sig DIAGONAL = Sig.of("diagonal", "offset=0");
    private static final Sig CUMPROD = Sig.of("cumprod", "axis=None");
    private static final Sig ASTYPE = Sig.of("astype", "dtype", "order='K'", "casting='unsafe'", "subok=True", "copy=True");
    private static final Sig CLIP = Sig.of("clip", "min=None", "max=None");
    private static final Sig ARGSORT = Sig.of("argsort", "axis=-1", "kind=None", "order=None");
    private static final Sig SORT = Sig.of("sort", "axis=-1", "kind=None", "order=None");
    private static final Sig SWAPAXES = Sig.of("swapaxes", "axis1", "axis2");

    /** Sorted values or the sorting indices along {@code axis}; None sorts the flattened array. */
    static NDArray sorted(NDArray s, Object axis, boolean indices) {
        NDArray x = axis == PyNone.NONE ? s.flatten() : s;
        int along = axis == PyNone.NONE ? -1 : (int) Py.index(axis);
        return indices ? x.argsort(along) : x.sort(along);
    }

    /** A bound of clip: None for none, else a number or an array. */
    private static NDArray bound(Object v) {
        if (v == PyNone.NONE) {
            return null;
        }
        NDArray b = NpArrays.operand(v);
        if (b == null) {
            throw Py.typeError("'>=' not supported between instances of 'float' and '" + Py.typeName(v) + "'");
        }
        return b;
    }

    /** A method body over the array the receiver stands for. */
    interface Method {
        Object call(NDArray self, Object[] args, Map<String, Object> kwargs);
    }

    static void method(PyType t, String name, Method m) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return m.call(self(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k);
            }
        }));
    }

    /** numpy 2.4's float() and int(): a 0-d array only, where older numpy took any one-element array. */
    private static double scalarValue(NDArray s) {
        if (s.ndim() != 0) {
            throw Py.typeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        return s.item();
    }

    /** {@code a.item(i)}'s flat index: negative counts from the end, as numpy's. */
    private static int flatIndex(NDArray s, long i) {
        long k = i < 0 ? i + s.size() : i;
        if (k < 0 || k >= s.size()) {
            throw Py.error(dezero.lang.runtime.Types.INDEX_ERROR, "index " + i + " is out of bounds for size " + s.size());
        }
        return (int) k;
    }

    private static void requireOne(NDArray s) {
        if (s.size() != 1) {
            throw Py.typeError("can only convert an array of size 1 to a Python scalar");
        }
    }

    private static int itemsize(DType d) {
        return switch (d) {
            case BOOL, UINT8 -> 1;
            case INT32, FLOAT32 -> 4;
            default -> 8;
        };
    }

    /**
     * The reductions, each with numpy's parameters in numpy's order (sum's second is dtype, max's
     * out): a dtype casts the array first, an output array is not taken.
     */
    enum Reduction {
        SUM("dtype", "out"), MEAN("dtype", "out"), MAX("out"), MIN("out"), PROD("dtype", "out"),
        STD("dtype", "out", "ddof"), VAR("dtype", "out", "ddof"), ANY("out"), ALL("out");

        /** The parameters between axis and keepdims. */
        final String[] middle;
        final Sig sig;

        Reduction(String... middle) {
            this.middle = middle;
            String[] params = new String[middle.length + 2];
            params[0] = "axis=None";
            for (int i = 0; i < middle.length; i++) {
                params[i + 1] = middle[i] + (middle[i].equals("ddof") ? "=0" : "=None");
            }
            params[params.length - 1] = "keepdims=False";
            this.sig = Sig.of(name().toLowerCase(java.util.Locale.ROOT), params);
        }
    }

    static Object reduce(NDArray s, Object[] a, Map<String, Object> k, Reduction r) {
        Object[] b = r.sig.bind(a, k);
        int[] axes = NpArrays.axes(b[0]);
        boolean keep = Py.truthy(b[b.length - 1]);
        int ddof = 0;
        for (int i = 0; i < r.middle.length; i++) {
            Object v = b[i + 1];
            switch (r.middle[i]) {
                case "dtype" -> s = v == PyNone.NONE ? s : s.astype(NpArrays.dtype(v));
                case "ddof" -> ddof = (int) Py.index(v);
                default -> {
                    if (v != PyNone.NONE) {
                        throw Py.error(Types.NOT_IMPLEMENTED_ERROR, r.sig.name() + "(out=...): an output array is not supported");
                    }
                }
            }
        }
        NDArray out = switch (r) {
            case SUM -> s.sum(axes, keep);
            case MEAN -> s.mean(axes, keep);
            case MAX -> s.max(axes, keep);
            case MIN -> s.min(axes, keep);
            case PROD -> s.prod(axes, keep);
            case STD -> s.std(axes, keep, ddof);
            case VAR -> s.var(axes, keep, ddof);
            // by counting, so that an empty array answers (any: False, all: True) as numpy's does
            case ANY -> s.astype(DType.BOOL).sum(axes, keep).astype(DType.BOOL);
            case ALL -> s.astype(DType.BOOL).logicalNot().sum(axes, keep).astype(DType.BOOL).logicalNot();
        };
        return NpArrays.result(out);
    }

    private static Integer axis(Object v) {
        return v == PyNone.NONE ? null : (int) Py.index(v);
    }

    static Object arg(NDArray s, Object[] a, Map<String, Object> k, boolean max) {
        Object[] b = ARG.bind(a, k);
        Integer axis = axis(b[0]);
        return NpArrays.result(max ? s.argmax(axis, false) : s.argmin(axis, false));
    }

    private static NDArray cumsum(NDArray s, Integer axis) {
        return axis == null ? s.cumsum() : s.cumsum(axis);
    }

    private static NDArray squeeze(NDArray s, int[] axes) {
        if (axes == null) {
            return s.squeeze();
        }
        NDArray r = s;
        int[] sorted = axes.clone();
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = sorted[i] < 0 ? sorted[i] + s.ndim() : sorted[i];
        }
        java.util.Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            r = r.squeeze(sorted[i]);
        }
        return r;
    }

    /** numpy's {@code round}: half to even at {@code decimals} places. */
    static NDArray round(NDArray s, int decimals) {
        double scale = Math.pow(10, decimals);
        NDArray r = s.map(new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.rint(v * scale) / scale;
            }
        });
        return r.dtype() == s.dtype() ? r : r.astype(s.dtype());
    }

    /** {@code a op= b} on an array: the result cast back to the array's dtype as numpy's same-kind rule allows. */
    static void assignInPlace(NDArray self, NDArray r, String op) {
        if (self.dtype().isFloat() && r.dtype().isFloat() && self.sameShape(r)) {
            // A parameter's update (p.data -= lr * p.grad.data, a float32 bias of DeZero's
            // L.Linear taking a float64 step): element for element, each rounded to the array's
            // dtype, without the general setitem's broadcast and selection of the whole array.
            self.assign(r, op);
            return;
        }
        DType to = self.dtype();
        DType from = r.dtype();
        if ((to.isInteger() || to.isBool()) && from.isFloat() || to.isBool() && from.isInteger()) {
            String ufunc = switch (op) {
                case "truediv" -> "divide";
                case "sub" -> "subtract";
                case "mul" -> "multiply";
                case "floordiv" -> "floor_divide";
                case "mod" -> "remainder";
                case "pow" -> "power";
                default -> op;
            };
            throw Py.error(NumpyModule.UFUNC_TYPE_ERROR, "Cannot cast ufunc '" + ufunc + "' output from dtype('"
                    + from.numpyName() + "') to dtype('" + to.numpyName() + "') with casting rule 'same_kind'");
        }
        self.set(r.dtype() == to ? r : r.astype(to), Index.ELLIPSIS);
    }
}
