package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Classes;
import dezero.lang.runtime.Ops;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyRange;
import dezero.lang.runtime.PySet;
import dezero.lang.runtime.PySlice;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.StaticMethod;
import dezero.lang.runtime.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The built-in classes as callables ({@code int('3')}, {@code list(x)}, {@code dict(a=1)}) and their methods. */
final class BuiltinTypes {
    private BuiltinTypes() {}

    static void install(PyModule m) {
        construct(Types.INT, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return toInt(a, k);
            }
        });
        construct(Types.FLOAT, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a.length == 0 ? 0.0 : toFloat(BuiltinFunctions.one("float", a, k));
            }
        });
        construct(Types.BOOL, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a.length == 0 ? false : Py.truthy(BuiltinFunctions.one("bool", a, k));
            }
        });
        construct(Types.STR, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a.length == 0 ? "" : Py.str(a[0]);
            }
        });
        construct(Types.LIST, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a.length == 0 ? new PyList() : new PyList(Py.toList(a[0]));
            }
        });
        construct(Types.TUPLE, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a.length == 0 ? PyTuple.EMPTY
                    : a[0] instanceof PyTuple t ? t : PyTuple.of(Py.toList(a[0]));
            }
        });
        construct(Types.SET, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PySet s = new PySet();
                if (a.length > 0) {
                    Py.toList(a[0]).forEach(new Consumer<Object>() {
                        @Override
                        public void accept(Object v) {
                            s.add(v);
                        }
                    });
                }
                return s;
            }
        });
        construct(Types.DICT, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PyDict d = new PyDict();
                if (a.length > 0) {
                    update(d, a[0]);
                }
                k.forEach(new BiConsumer<String, Object>() {
                    @Override
                    public void accept(String v0, Object v1) {
                        d.put(v0, v1);
                    }
                });
                return d;
            }
        });
        construct(Types.TYPE, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 1) {
                    return Py.type(a[0]);
                }
                if (a.length != 3) {
                    throw Py.typeError("type() takes 1 or 3 arguments");
                }
                // type(name, bases, dict): a class made as a class statement makes one
                if (!(a[0] instanceof String name)) {
                    throw Py.typeError("type.__new__() argument 1 must be str, not " + Py.typeName(a[0]));
                }
                if (!(a[1] instanceof PyTuple bases)) {
                    throw Py.typeError("type.__new__() argument 2 must be tuple, not " + Py.typeName(a[1]));
                }
                if (!(a[2] instanceof PyDict ns)) {
                    throw Py.typeError("type.__new__() argument 3 must be dict, not " + Py.typeName(a[2]));
                }
                Map<String, Object> members = new java.util.LinkedHashMap<>();
                for (Map.Entry<Object, Object> e : ns.map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw Py.typeError("type.__new__() keys of the namespace must be str");
                    }
                    members.put(key, e.getValue());
                }
                Object module = members.getOrDefault("__module__", "__main__");
                members.putIfAbsent("__module__", module);
                return Classes.make(name, Classes.bases(java.util.Arrays.asList(bases.items)), members, Py.str(module),
                        k);
            }
        });
        construct(Types.OBJECT, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length > 0) {
                    throw Py.typeError("object() takes no arguments");
                }
                return new PyObject(Types.OBJECT);
            }
        });
        construct(Types.RANGE, new Builtin.Body() {
            @Override
            public Object call(Object[] v0, Map<String, Object> v1) {
                return BuiltinFunctions.range(v0, v1);
            }
        });
        construct(Types.SLICE, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return switch (a.length) {
                case 1 -> new PySlice(PyNone.NONE, a[0], PyNone.NONE);
                case 2 -> new PySlice(a[0], a[1], PyNone.NONE);
                case 3 -> new PySlice(a[0], a[1], a[2]);
                default -> throw Py.typeError("slice expected at least 1 argument, got " + a.length);
            };
            }
        });
        Types.OBJECT.dict.put("__init__", new Builtin("__init__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        }));
        // object.__new__(cls): what super().__new__(cls) in a class's own __new__ reaches
        Types.OBJECT.dict.put("__new__", new StaticMethod(new Builtin("__new__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 0 || !(a[0] instanceof PyType t)) {
                    throw Py.typeError("object.__new__(X): X is not a type object");
                }
                return Classes.newInstance(t);
            }
        })));
        Types.OBJECT.dict.put("__setattr__", new Builtin("__setattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Py.objectSetattr(a[0], (String) a[1], a[2]);
                return PyNone.NONE;
            }
        }));
        Types.OBJECT.dict.put("__eq__", new Builtin("__eq__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0] == a[1] ? true : PyNone.NOT_IMPLEMENTED;
            }
        }));
        Types.OBJECT.dict.put("__ne__", new Builtin("__ne__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                // CPython's object.__ne__: the inverse of the class's __eq__, NotImplemented passed on
                Object eq = Py.callSpecial(a[0], "__eq__", a[1]);
                return eq == PyNone.NOT_IMPLEMENTED || eq == Py.NO_METHOD ? PyNone.NOT_IMPLEMENTED : !Py.truthy(eq);
            }
        }));
        Types.OBJECT.dict.put("__hash__", new Builtin("__hash__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) System.identityHashCode(a[0]);
            }
        }));
        for (PyType t : new PyType[] {Types.TYPE, Types.OBJECT, Types.INT, Types.FLOAT, Types.BOOL, Types.STR,
            Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.RANGE, Types.SLICE, Types.SUPER}) {
            m.dict.put(t.name, t);
        }
        m.dict.put("frozenset", Types.SET);
        iterators(m);
        exceptions(m);
        ContainerMethods.install();
        StrBinding.install();
        NumberMethods.install();
        GeneratorMethods.install();
        m.dict.put("None", PyNone.NONE);
        m.dict.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        m.dict.put("Ellipsis", PyNone.ELLIPSIS);
        Types.SUPER.dict.put("__construct__", new Builtin("super", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length != 2 || !(a[0] instanceof PyType t)) {
                    throw Py.error(Types.RUNTIME_ERROR, "super(): no arguments");
                }
                return new Classes.Super(t, a[1]);
            }
        }));
    }

    private static void construct(PyType t, Builtin.Body body) {
        t.dict.put("__construct__", new Builtin(t.name, body));
    }

    private static void iterators(PyModule m) {
        def(m, "enumerate", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("enumerate", "iterable", "start=0").bind(a, k);
                Iterator<Object> it = Py.iter(b[0]);
                Object[] n = {b[1]};
                return new PyIterator(map(it, new UnaryOperator<Object>() {
                    @Override
                    public Object apply(Object v) {
                        PyTuple t = new PyTuple(n[0], v);
                        n[0] = PyInt.add(n[0], 1L);
                        return t;
                    }
                }), "enumerate");
            }
        });
        def(m, "zip", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                boolean strict = false;
                for (Map.Entry<String, Object> e : k.entrySet()) {
                    if (!e.getKey().equals("strict")) {
                        throw Py.typeError("'" + e.getKey() + "' is an invalid keyword argument for zip()");
                    }
                    strict = Py.truthy(e.getValue());
                }
                List<Iterator<Object>> its = new ArrayList<>();
                for (Object o : a) {
                    its.add(Py.iter(o));
                }
                if (strict && its.size() > 1) {
                    its.set(0, strictFirst(its));
                }
                return new PyIterator(its.isEmpty() ? java.util.Collections.emptyIterator()
                        : lockstep(its, new Function<Object[], Object>() {
                            @Override
                            public Object apply(Object[] v) {
                                return new PyTuple(v);
                            }
                        }), "zip");
            }
        });
        def(m, "map", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length < 2) {
                    throw Py.typeError("map() must have at least two arguments.");
                }
                Object f = a[0];
                List<Iterator<Object>> its = new ArrayList<>();
                for (int i = 1; i < a.length; i++) {
                    its.add(Py.iter(a[i]));
                }
                return new PyIterator(lockstep(its, new Function<Object[], Object>() {
                    @Override
                    public Object apply(Object[] args) {
                        return Py.call(f, args);
                    }
                }), "map");
            }
        });
        def(m, "filter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                BuiltinFunctions.arity("filter", a, 2);
                Object f = a[0];
                Iterator<Object> it = Py.iter(a[1]);
                return new PyIterator(new Iterator<>() {
                    Object buffered;
                    boolean has;

                    @Override
                    public boolean hasNext() {
                        while (!has && it.hasNext()) {
                            Object v = it.next();
                            if (Py.truthy(f == PyNone.NONE ? v : Py.call(f, v))) {
                                buffered = v;
                                has = true;
                            }
                        }
                        return has;
                    }

                    @Override
                    public Object next() {
                        hasNext();
                        has = false;
                        return buffered;
                    }
                }, "filter");
            }
        });
        def(m, "reversed", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object v = BuiltinFunctions.one("reversed", a, k);
                Object special = Py.specialMethod(v, "__reversed__");
                if (special != null) {
                    return Py.call(special);
                }
                // a sequence (len and indexing) or a dict (its keys, last first); not a set, a
                // generator or a number
                boolean sequence = v instanceof PyList || v instanceof PyTuple || v instanceof String
                        || v instanceof PyRange || v instanceof PyDict || v instanceof dezero.core.NDArray
                        || !(v instanceof PySet) && Py.type(v).lookup("__getitem__") != null
                                && Py.type(v).lookup("__len__") != null;
                if (!sequence) {
                    throw Py.typeError("'" + Py.typeName(v) + "' object is not reversible");
                }
                List<Object> items = Py.toList(v);
                java.util.Collections.reverse(items);
                return new PyIterator(items.iterator(), "reversed");
            }
        });
    }

    /**
     * zip(strict=True)'s first iterator: when it ends, the others must end too, and when another
     * ends first, so must it; otherwise CPython's ValueError naming the argument that is longer
     * or shorter.
     */
    private static Iterator<Object> strictFirst(List<Iterator<Object>> its) {
        Iterator<Object> first = its.get(0);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = first.hasNext();
                for (int i = 1; i < its.size(); i++) {
                    boolean other = its.get(i).hasNext();
                    if (more && !other) {
                        throw Py.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                    }
                    if (!more && other) {
                        throw Py.valueError("zip() argument " + (i + 1) + " is longer than argument"
                                + (i == 1 ? " 1" : "s 1-" + i));
                    }
                }
                return more;
            }

            @Override
            public Object next() {
                return first.next();
            }
        };
    }

    /** One item from each iterator at a time, while all have one: what zip and map walk. */
    private static Iterator<Object> lockstep(List<Iterator<Object>> its,
            Function<Object[], Object> combine) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                for (Iterator<Object> i : its) {
                    if (!i.hasNext()) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Object next() {
                Object[] row = new Object[its.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = its.get(i).next();
                }
                return combine.apply(row);
            }
        };
    }

    private static Iterator<Object> map(Iterator<Object> it, UnaryOperator<Object> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return f.apply(it.next());
            }
        };
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    private static void exceptions(PyModule m) {
        Types.BASE_EXCEPTION.dict.put("__init__", new Builtin("__init__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PyObject self = (PyObject) a[0];
                self.dict.put("args", new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length)));
                return PyNone.NONE;
            }
        }));
        Types.BASE_EXCEPTION.dict.put("with_traceback", new Builtin("with_traceback", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0];
            }
        }));
        for (Map.Entry<String, PyType> e : Types.exceptions().entrySet()) {
            m.dict.put(e.getKey(), e.getValue());
        }
        m.dict.put("EnvironmentError", Types.OS_ERROR);
        m.dict.put("IOError", Types.OS_ERROR);
    }

    static void update(PyDict d, Object source) {
        if (source instanceof PyDict s) {
            d.map.putAll(s.map);
            return;
        }
        if (Py.getattrOrNull(source, "keys") != null && !(source instanceof PyList)) {
            Py.mergeMapping(d, source);
            return;
        }
        int i = 0;
        for (Object item : Py.toList(source)) {
            List<Object> pair;
            try {
                pair = Py.toList(item);
            } catch (PyException e) {
                throw Py.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (pair.size() != 2) {
                throw Py.valueError("dictionary update sequence element #" + i + " has length " + pair.size()
                        + "; 2 is required");
            }
            d.put(pair.get(0), pair.get(1));
            i++;
        }
    }

    private static Object toInt(Object[] a, Map<String, Object> k) {
        Object[] b = Sig.of("int", "x=0", "base=None").bind(a, k);
        Object v = b[0];
        if (b[1] != PyNone.NONE) {
            if (!(v instanceof String s)) {
                throw Py.typeError("int() can't convert non-string with explicit base");
            }
            long base = Py.index(b[1]);
            if (base != 0 && (base < 2 || base > 36)) {
                throw Py.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(s, (int) base);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (v instanceof Boolean bool) {
            return bool ? 1L : 0L;
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d)) {
                throw Py.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw Py.error(Types.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return PyInt.normalize(new BigDecimal(d).toBigInteger());
        }
        if (v instanceof String s) {
            return parseInt(s, 10);
        }
        Object m = Py.specialMethod(v, "__int__");
        if (m == null) {
            m = Py.specialMethod(v, "__index__");
        }
        if (m == null) {
            throw Py.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + Py.typeName(v) + "'");
        }
        return Py.call(m);
    }

    private static Object parseInt(String s, int base) {
        String t = s.strip().replace("_", "");
        try {
            String digits = t;
            boolean neg = false;
            if (digits.startsWith("-") || digits.startsWith("+")) {
                neg = digits.startsWith("-");
                digits = digits.substring(1);
            }
            if (base == 0 || base == 16 || base == 8 || base == 2) {
                String low = digits.toLowerCase();
                if (low.startsWith("0x") && (base == 0 || base == 16)) {
                    digits = digits.substring(2);
                    base = 16;
                } else if (low.startsWith("0o") && (base == 0 || base == 8)) {
                    digits = digits.substring(2);
                    base = 8;
                } else if (low.startsWith("0b") && (base == 0 || base == 2)) {
                    digits = digits.substring(2);
                    base = 2;
                } else if (base == 0) {
                    base = 10;
                }
            }
            if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
                throw new NumberFormatException();
            }
            BigInteger v = new BigInteger(digits, base);
            return PyInt.normalize(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw Py.valueError("invalid literal for int() with base " + base + ": " + Py.repr(s));
        }
    }

    static double toFloat(Object v) {
        if (v instanceof String s) {
            String t = s.strip().replace("_", "").toLowerCase();
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            try {
                if (t.isEmpty() || t.endsWith("d") || t.endsWith("f") || t.contains("x")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw Py.valueError("could not convert string to float: " + Py.repr(s));
            }
        }
        if (Py.isNumber(v)) {
            return Py.toDouble(v);
        }
        Object m = Py.specialMethod(v, "__float__");
        if (m == null) {
            throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(v) + "'");
        }
        return Py.toDouble(Py.call(m));
    }
}
