package dezero.lang.library;

import dezero.core.Function;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.NumpyFormat;
import dezero.core.Parameter;
import dezero.core.Variable;
import dezero.functions.Functions;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;

/**
 * DeZero's classes in the language: {@code Variable} (with DeZero's operators), {@code Parameter},
 * and {@code Function}, which a user class can derive from: its instances carry a
 * {@link PythonFunction} peer that the engine calls back during forward and backward.
 */
final class DezeroTypes {
    static final PyType VARIABLE = dezeroType("Variable", "dezero.core", Types.OBJECT);
    static final PyType PARAMETER = dezeroType("Parameter", "dezero.core", VARIABLE);
    static final PyType FUNCTION = dezeroType("Function", "dezero.core", Types.OBJECT);
    /** The Functions DeZero defines in core.py beside Variable (the operators'); the rest live in functions.py. */
    private static final java.util.Set<String> CORE_FUNCTIONS = java.util.Set.of("Add", "Sub", "Mul", "Div", "Neg", "Pow");
    private static final Sig VARIABLE_NEW = Sig.of("Variable", "data", "name=None");
    private static final Sig BACKWARD = Sig.of("backward", "retain_grad=False", "create_graph=False");
    private static final Sig SUM = Sig.of("sum", "axis=None", "keepdims=False");

    static {
        Types.register(Variable.class, VARIABLE);
        Types.register(Parameter.class, PARAMETER);
        Types.register(Function.class, FUNCTION);
        Types.setResolver(new java.util.function.Function<Class<?>, PyType>() {
            @Override
            public PyType apply(Class<?> c) {
                return Function.class.isAssignableFrom(c) && c != PythonFunction.class
                        ? dezeroType(c.getSimpleName(), CORE_FUNCTIONS.contains(c.getSimpleName()) ? "dezero.core"
                                : "dezero.functions", FUNCTION) : null;
            }
        });
        VARIABLE.dict.put("__construct__", new Builtin("Variable", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = VARIABLE_NEW.bind(a, k);
                NDArray data = checkedData(b[0]);
                return data == null ? new DataLess(name(b[1])) : new Variable(data, name(b[1]));
            }
        }));
        PARAMETER.dict.put("__construct__", new Builtin("Parameter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = VARIABLE_NEW.bind(a, k);
                NDArray data = checkedData(b[0]);
                return data == null ? Parameter.empty(name(b[1])) : new Parameter(data, name(b[1]));
            }
        }));
        variableAttributes();
        variableOperators();
        functionAttributes();
    }

    private DezeroTypes() {}

    /** DeZero's {@code Variable(None)}: a Variable whose data is set later. */
    private static final class DataLess extends Variable {
        DataLess(String name) {
            super(name);
        }
    }

    private static PyType dezeroType(String name, String module, PyType base) {
        PyType t = new PyType(name, List.of(base), false);
        t.module = module;
        return t;
    }

    /** DeZero's check: a Variable holds an ndarray or None. */
    private static NDArray checkedData(Object data) {
        if (data == PyNone.NONE) {
            return null;
        }
        if (!(data instanceof NDArray a)) {
            throw Py.typeError(Py.repr(Py.type(data)) + " is not supported");
        }
        return a;
    }

    private static String name(Object v) {
        return v == PyNone.NONE ? null : Py.str(v);
    }

    static Variable variable(Object v) {
        return (Variable) v;
    }

    /** A method's arguments after its receiver ({@code a[0]}) as Variables: a layer's or a function's inputs. */
    static Variable[] argumentVariables(Object[] a) {
        Variable[] xs = new Variable[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            xs[i - 1] = asVariable(a[i]);
        }
        return xs;
    }

    /** DeZero's {@code as_variable}: a Variable as is, anything else through {@code as_array}. */
    static Variable asVariable(Object v) {
        if (v instanceof Variable x) {
            return x;
        }
        return new Variable(asArray(v));
    }

    /** DeZero's {@code as_array}: numbers and numpy scalars become 0-d arrays; an ndarray stays. */
    static NDArray asArray(Object v) {
        if (v instanceof NDArray a) {
            return a;
        }
        if (v instanceof NpScalar s) {
            return s.array();
        }
        if (Py.isNumber(v)) {
            return NpArrays.array(v, null);
        }
        throw Py.typeError(Py.repr(Py.type(v)) + " is not supported");
    }

    /** A Java value of the engine as the language shows it (a peer becomes its Python object). */
    static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PythonFunction p) {
            return p.owner;
        }
        return v;
    }

    /** Attributes a program set on a Variable beyond DeZero's own, kept as long as the Variable is. */
    private static final Map<Variable, Map<String, Object>> EXTRA_ATTRIBUTES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void variableAttributes() {
        PyType t = VARIABLE;
        t.dict.put("data", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return variable(v).data == null ? PyNone.NONE : variable(v).data;
            }
        }, new BiConsumer<Object, Object>() {
            @Override
            public void accept(Object v, Object d) {
                variable(v).data = d == PyNone.NONE ? null : asArray(d);
            }
        }));
        t.dict.put("grad", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return toPython(variable(v).grad);
            }
        }, new BiConsumer<Object, Object>() {
            @Override
            public void accept(Object v, Object g) {
                if (g != PyNone.NONE && !(g instanceof Variable)) {
                    variable(v).grad = asVariable(g);
                } else {
                    variable(v).grad = g == PyNone.NONE ? null : (Variable) g;
                }
            }
        }));
        t.dict.put("creator", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return toPython(variable(v).creator);
            }
        }));
        t.dict.put("name", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return variable(v).name == null ? PyNone.NONE : variable(v).name;
            }
        },
                new BiConsumer<Object, Object>() {
                    @Override
                    public void accept(Object v, Object n) {
                        variable(v).name = name(n);
                    }
                }));
        t.dict.put("generation", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) variable(v).generation;
            }
        }));
        t.dict.put("shape", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return NumpyTypes.shapeTuple(variable(v).data.shape());
            }
        }));
        t.dict.put("ndim", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) variable(v).data.ndim();
            }
        }));
        t.dict.put("size", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return (long) variable(v).data.size();
            }
        }));
        t.dict.put("dtype", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return new NpDType(variable(v).data.dtype());
            }
        }));
        t.dict.put("T", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object v) {
                return Functions.transpose(variable(v));
            }
        }));
        t.dict.put("__array_priority__", 200L);
        // DeZero's Variable is a Python object that takes any attribute (x.tag = 'input')
        t.dict.put("__setattr__", new Builtin("__setattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                EXTRA_ATTRIBUTES.computeIfAbsent(variable(a[0]), new java.util.function.Function<Variable, Map<String, Object>>() {
                    @Override
                    public Map<String, Object> apply(Variable x) {
                        return new LinkedHashMap<>();
                    }
                }).put(Py.str(a[1]), a[2]);
                return PyNone.NONE;
            }
        }));
        t.dict.put("__getattr__", new Builtin("__getattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Map<String, Object> extra = EXTRA_ATTRIBUTES.get(variable(a[0]));
                Object v = extra == null ? null : extra.get(Py.str(a[1]));
                if (v == null) {
                    throw Py.noAttributeError(a[0], Py.str(a[1]));
                }
                return v;
            }
        }));
        method(t, "backward", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                Object[] b = BACKWARD.bind(a, k);
                x.backward(Py.truthy(b[0]), Py.truthy(b[1]));
                return PyNone.NONE;
            }
        });
        method(t, "cleargrad", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                x.cleargrad();
                return PyNone.NONE;
            }
        });
        method(t, "unchain", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                x.unchain();
                return PyNone.NONE;
            }
        });
        method(t, "unchain_backward", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                x.unchainBackward();
                return PyNone.NONE;
            }
        });
        method(t, "to_cpu", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        });
        method(t, "to_gpu", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        });
        method(t, "reshape", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return Functions.reshape(x, NpArrays.shapeArgs(a, 0));
            }
        });
        method(t, "transpose", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return a.length == 0 || a[0] == PyNone.NONE ? Functions.transpose(x)
                    : Functions.transpose(x, NpArrays.shapeArgs(a, 0));
            }
        });
        method(t, "sum", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                Object[] b = SUM.bind(a, k);
                return Functions.sum(x, NpArrays.axes(b[0]), Py.truthy(b[1]));
            }
        });
        method(t, "max", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                Object[] b = SUM.bind(a, k);
                return Functions.max(x, NpArrays.axes(b[0]), Py.truthy(b[1]));
            }
        });
        method(t, "min", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                Object[] b = SUM.bind(a, k);
                return Functions.min(x, NpArrays.axes(b[0]), Py.truthy(b[1]));
            }
        });
        method(t, "matmul", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return Functions.matmul(x, asVariable(a[0]));
            }
        });
        method(t, "dot", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return Functions.matmul(x, asVariable(a[0]));
            }
        });
        method(t, "__len__", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                if (x.data.ndim() == 0) {
                    throw Py.typeError("len() of unsized object");
                }
                return (long) x.data.shape()[0];
            }
        });
        method(t, "__getitem__", new Method() {
            @Override
            public Object call(Variable x, Object[] a, Map<String, Object> k) {
                return Functions.getItem(x, selection(a[0]));
            }
        });
    }

    /** A Python subscript as the indices {@code get_item} takes (numpy's indexing). */
    static Index[] selection(Object key) {
        if (key instanceof Index[] idx) {
            return idx;
        }
        return NpIndex.indices(key);
    }

    private static void variableOperators() {
        PyType t = VARIABLE;
        operator(t, "__add__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.add(x, y);
            }
        });
        operator(t, "__radd__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.add(x, y);
            }
        });
        operator(t, "__mul__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.mul(x, y);
            }
        });
        operator(t, "__rmul__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.mul(x, y);
            }
        });
        operator(t, "__sub__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.sub(x, y);
            }
        });
        operator(t, "__rsub__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.sub(y, x);
            }
        });
        operator(t, "__truediv__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.div(x, y);
            }
        });
        operator(t, "__rtruediv__", new BinaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x, Variable y) {
                return Functions.div(y, x);
            }
        });
        t.dict.put("__neg__", new Builtin("neg", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return Functions.neg(variable(a[0]));
            }
        }));
        t.dict.put("__pow__", new Builtin("pow", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length != 2) {
                    // DeZero's Variable.__pow__ is its function pow(x, c): pow(x, 2, 3) gives it three.
                    throw Py.typeError("pow() takes 2 positional arguments but " + a.length + " were given");
                }
                Object c = a[1];
                if (c instanceof Variable) {
                    throw Py.typeError("unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'");
                }
                if (c instanceof NDArray || c instanceof PyList || c instanceof PyTuple) {
                    // an array of exponents, as DeZero's Pow takes an ndarray c
                    NDArray exponents = NpArrays.array(c, null);
                    return exponents.ndim() == 0 ? Functions.pow(variable(a[0]), exponents.item())
                            : Functions.pow(variable(a[0]), exponents);
                }
                return Functions.pow(variable(a[0]), Py.toDouble(c instanceof NpScalar s ? s.array().item() : c));
            }
        }));
    }

    private static void operator(PyType t, String name, BinaryOperator<Variable> op) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return op.apply(variable(a[0]), asVariable(a[1]));
            }
        }));
    }

    /** A method body over the Variable the receiver is. */
    interface Method {
        Object call(Variable self, Object[] args, Map<String, Object> kwargs);
    }

    private static void method(PyType t, String name, Method m) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return m.call(variable(a[0]), java.util.Arrays.copyOfRange(a, 1,
                    a.length), k);
            }
        }));
    }

    /** The engine Function an object of the language stands for. */
    static Function function(Object v) {
        if (v instanceof Function f) {
            return f;
        }
        if (v instanceof PyObject o && o.peer instanceof Function f) {
            return f;
        }
        throw Py.typeError("expected a Function, got " + Py.typeName(v));
    }

    private static void functionAttributes() {
        PyType t = FUNCTION;
        t.peerFactory = new PyType.PeerFactory() {
            @Override
            public Object create(PyObject v) {
                return new PythonFunction(v);
            }
        };
        t.dict.put("__call__", new Builtin("__call__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Function f = function(a[0]);
                Variable[] xs = argumentVariables(a);
                Variable[] ys = f.call(xs);
                return ys.length == 1 ? ys[0] : new PyTuple((Object[]) ys);
            }
        }));
        t.dict.put("inputs", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object f) {
                return new PyList(List.copyOf(function(f).inputs()));
            }
        }));
        t.dict.put("outputs", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object f) {
                PyList out = new PyList();
                for (Variable y : function(f).outputs()) {
                    out.items.add(new WeakRef(y));
                }
                return out;
            }
        }));
        t.dict.put("generation", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object f) {
                return (long) function(f).generation();
            }
        }));
        // Function's own forward and backward raise NotImplementedError, as DeZero's base class does;
        // the library's functions (Square, Add, ...) run theirs: f.backward(gy) as in the book's step 7.
        t.dict.put("forward", new Builtin("forward", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Function f = libraryFunction(a);
                NDArray[] xs = new NDArray[a.length - 1];
                for (int i = 1; i < a.length; i++) {
                    xs[i - 1] = asArray(a[i]);
                }
                NDArray[] ys = f.forward(xs);
                return ys.length == 1 ? ys[0] : new PyTuple((Object[]) ys);
            }
        }));
        t.dict.put("backward", new Builtin("backward", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Function f = libraryFunction(a);
                Variable[] gys = new Variable[a.length - 1];
                for (int i = 1; i < a.length; i++) {
                    gys[i - 1] = asVariable(a[i]);
                }
                Variable[] gxs = f.backward(gys);
                return gxs.length == 1 ? gxs[0] : new PyTuple((Object[]) gxs);
            }
        }));
    }

    /** The library Function a forward or backward call is made on; DeZero's base class raises NotImplementedError. */
    private static Function libraryFunction(Object[] args) {
        if (args.length > 0 && args[0] instanceof Function f && !(f instanceof PythonFunction)) {
            return f;
        }
        throw Py.error(Types.NOT_IMPLEMENTED_ERROR, null);
    }

    /** How the library's values print: {@code variable(3.0)}, {@code <dezero.functions.Square object at ...>}. */
    static String repr(Object v) {
        if (v instanceof Variable x) {
            if (x.data == null) {
                return "variable(None)";
            }
            return "variable(" + NumpyFormat.str(x.data).replace("\n", "\n         ") + ")";
        }
        if (v instanceof WeakRef w) {
            return w.toString();
        }
        return null;
    }
}
