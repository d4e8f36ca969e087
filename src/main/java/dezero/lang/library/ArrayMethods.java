package dezero.lang.library;

import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyType;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** The attributes and methods of numpy arrays (and scalars): {@code shape T reshape sum mean max astype item ...}. */
final class ArrayMethods {
    private static final Sig REDUCE = Sig.of("reduce", "axis=None", "keepdims=False");
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
                Object[] b = Sig.of("astype", "dtype", "order='K'", "casting='unsafe'", "subok=True", "copy=True").bind(a, k);
                return s.astype(NpArrays.dtype(b[0]));
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
                return NpArrays.result(s.clip(NpArrays.operand(a[0]), NpArrays.operand(a[1])));
            }
        });
        method(t, "dot", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(s.dot(NpArrays.operand(a[0])));
            }
        });
        method(t, "fill", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                s.set(NpArrays.operand(a[0]), Index.ELLIPSIS);
                return PyNone.NONE;
            }
        });
        method(t, "argsort", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return s.argsort();
            }
        });
        method(t, "round", new Method() {
            @Override
            public Object call(NDArray s, Object[] a, Map<String, Object> k) {
                return NpArrays.result(round(s, a.length == 0 ? 0 : (int) Py.index(a[0])));
            }
        });
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

    enum Reduction { SUM, MEAN, MAX, MIN, PROD, STD, VAR, ANY, ALL }

    static Object reduce(NDArray s, Object[] a, Map<String, Object> k, Reduction r) {
        Object[] b = REDUCE.bind(a, k);
        int[] axes = NpArrays.axes(b[0]);
        boolean keep = Py.truthy(b[1]);
        NDArray out = switch (r) {
            case SUM -> s.sum(axes, keep);
            case MEAN -> s.mean(axes, keep);
            case MAX -> s.max(axes, keep);
            case MIN -> s.min(axes, keep);
            case PROD -> s.prod(axes, keep);
            case STD -> s.std(axes, keep, 0);
            case VAR -> s.var(axes, keep, 0);
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
