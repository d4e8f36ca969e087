package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.ClassMethod;
import dezero.lang.runtime.Formatting;
import dezero.lang.runtime.Items;
import dezero.lang.runtime.Ops;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyFunction;
import dezero.lang.runtime.PyGenerator;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyRange;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.StaticMethod;
import dezero.lang.runtime.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's built-in functions: {@code print len range enumerate zip sorted sum min max ...}. */
public final class BuiltinFunctions {
    private static final Sig PRINT = Sig.of("print", "sep=None", "end=None", "file=None", "flush=False");
    private static final Sig SORTED = Sig.of("sorted", "iterable", "key=None", "reverse=False");
    private static final Sig ROUND = Sig.of("round", "number", "ndigits=None");

    private BuiltinFunctions() {}

    /** Adds the built-in functions to {@code m}; {@code print} writes to {@code out}. */
    public static void install(PyModule m, Output out) {
        def(m, "print", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] opts = PRINT.bind(new Object[0], k);
                String sep = opts[0] == PyNone.NONE ? " " : checkStr(opts[0], "sep");
                String end = opts[1] == PyNone.NONE ? "\n" : checkStr(opts[1], "end");
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) {
                        b.append(sep);
                    }
                    b.append(Py.str(a[i]));
                }
                b.append(end);
                if (opts[2] != PyNone.NONE) {
                    Py.callMethod(opts[2], "write", b.toString());
                } else {
                    out.write(b.toString());
                }
                return PyNone.NONE;
            }
        });
        def(m, "len", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                one("len", a, k);
                return Py.len(a[0]);
            }
        });
        def(m, "repr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return Py.repr(one("repr", a, k));
            }
        });
        def(m, "abs", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return abs(one("abs", a, k));
            }
        });
        def(m, "id", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) System.identityHashCode(one("id", a, k));
            }
        });
        def(m, "hash", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return (long) Ops.hash(one("hash", a, k));
            }
        });
        def(m, "callable", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return Py.callable(one("callable", a, k));
            }
        });
        def(m, "chr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                long c = Py.index(one("chr", a, k));
                if (c < 0 || c > Character.MAX_CODE_POINT) {
                    throw Py.valueError("chr() arg not in range(0x110000)");
                }
                return new String(Character.toChars((int) c));
            }
        });
        def(m, "ord", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object s = one("ord", a, k);
                if (!(s instanceof String str) || str.codePointCount(0, str.length()) != 1) {
                    throw Py.typeError("ord() expected a character, but string of length " + Py.len(s) + " found");
                }
                return (long) str.codePointAt(0);
            }
        });
        def(m, "isinstance", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("isinstance", a, 2);
                return isinstance(a[0], a[1]);
            }
        });
        def(m, "issubclass", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("issubclass", a, 2);
                if (!(a[0] instanceof PyType t)) {
                    throw Py.typeError("issubclass() arg 1 must be a class");
                }
                return subclass(t, a[1]);
            }
        });
        def(m, "hasattr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("hasattr", a, 2);
                try {
                    return Py.getattrOrNull(a[0], attrName(a[1], "hasattr")) != null;
                } catch (PyException e) {
                    if (e.is(Types.ATTRIBUTE_ERROR)) {
                        return false;
                    }
                    throw e;
                }
            }
        });
        def(m, "getattr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length < 2 || a.length > 3) {
                    throw Py.typeError("getattr expected at least 2 arguments, got " + a.length);
                }
                String name = attrName(a[1], "getattr");
                if (a.length == 2) {
                    // the AttributeError is the object's own (a __getattr__'s words), as Python's
                    return Py.getattr(a[0], name);
                }
                Object v = Py.getattrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
        });
        def(m, "setattr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("setattr", a, 3);
                Py.setattr(a[0], attrName(a[1], "setattr"), a[2]);
                return PyNone.NONE;
            }
        });
        def(m, "delattr", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("delattr", a, 2);
                Py.delattr(a[0], attrName(a[1], "delattr"));
                return PyNone.NONE;
            }
        });
        def(m, "iter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object v = one("iter", a, k);
                if (v instanceof PyIterator || v instanceof PyGenerator) {
                    return v;
                }
                Object special = Py.specialMethod(v, "__iter__");
                if (special != null && !(v instanceof PyList)) {
                    return Py.call(special);
                }
                return new PyIterator(Py.iter(v), Py.typeName(v) + "_iterator");
            }
        });
        def(m, "next", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length < 1 || a.length > 2) {
                    throw Py.typeError("next expected at least 1 argument, got " + a.length);
                }
                try {
                    return next(a[0]);
                } catch (PyException e) {
                    if (a.length == 2 && e.is(Types.STOP_ITERATION)) {
                        return a[1];
                    }
                    throw e;
                }
            }
        });
        def(m, "any", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Iterator<Object> it = Py.iter(one("any", a, k));
                while (it.hasNext()) {
                    if (Py.truthy(it.next())) {
                        return true;
                    }
                }
                return false;
            }
        });
        def(m, "all", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Iterator<Object> it = Py.iter(one("all", a, k));
                while (it.hasNext()) {
                    if (!Py.truthy(it.next())) {
                        return false;
                    }
                }
                return true;
            }
        });
        def(m, "sum", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 0) {
                    throw Py.typeError("sum() takes at least 1 positional argument (0 given)");
                }
                Object[] b = Sig.of("sum", "iterable", "start=0").bind(a, k);
                if (b[1] instanceof String) {
                    throw Py.typeError("sum() can't sum strings [use ''.join(seq) instead]");
                }
                Object total = b[1];
                Iterator<Object> it = Py.iter(b[0]);
                while (it.hasNext()) {
                    total = Ops.binary("+", total, it.next());
                }
                return total;
            }
        });
        def(m, "min", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return extreme("min", a, k, "<");
            }
        });
        def(m, "max", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return extreme("max", a, k, ">");
            }
        });
        def(m, "sorted", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = SORTED.bind(a, k);
                PyList l = new PyList(Py.toList(b[0]));
                sort(l.items, b[1], Py.truthy(b[2]));
                return l;
            }
        });
        def(m, "round", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = ROUND.bind(a, k);
                return round(b[0], b[1]);
            }
        });
        def(m, "divmod", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                arity("divmod", a, 2);
                return new PyTuple(Ops.binary("//", a[0], a[1]), Ops.binary("%", a[0], a[1]));
            }
        });
        def(m, "pow", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("pow", "base", "exp", "mod=None").bind(a, k);
                if (b[2] != PyNone.NONE) {
                    return modPow(b[0], b[1], b[2]);
                }
                return Ops.binary("**", b[0], b[1]);
            }
        });
        def(m, "format", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("format", "value", "format_spec=''").bind(a, k);
                return Formatting.format(b[0], checkStr(b[1], "format_spec"));
            }
        });
        def(m, "dir", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return dir(a);
            }
        });
        def(m, "help", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                out.write(a.length == 0 ? "Type help(object) for help about object.\n" : Help.text(a[0]));
                return PyNone.NONE;
            }
        });
        def(m, "open", new Builtin.Body() {
            @Override
            public Object call(Object[] v0, Map<String, Object> v1) {
                return TextFile.open(v0, v1);
            }
        });
        def(m, "input", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length > 1 || !k.isEmpty()) {
                    throw Py.typeError("input expected at most 1 argument, got " + (a.length + k.size()));
                }
                if (a.length == 1) {
                    out.write(Py.str(a[0]));
                }
                out.flush();
                String line = StdinLines.readLine();
                if (line == null) {
                    throw Py.error(Types.EOF_ERROR, "EOF when reading a line");
                }
                return line;
            }
        });
        def(m, "bin", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return radix("bin", one("bin", a, k), 2, "0b");
            }
        });
        def(m, "oct", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return radix("oct", one("oct", a, k), 8, "0o");
            }
        });
        def(m, "hex", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return radix("hex", one("hex", a, k), 16, "0x");
            }
        });
        def(m, "ascii", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return StrMethods.asciiEscape(Py.repr(one("ascii", a, k)));
            }
        });
        def(m, "vars", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length != 1 || !k.isEmpty()) {
                    throw a.length == 0 && k.isEmpty() ? Py.error(Types.RUNTIME_ERROR, "vars() must be called by name")
                            : Py.typeError("vars expected at most 1 argument, got " + (a.length + k.size()));
                }
                Object d = Py.getattrOrNull(a[0], "__dict__");
                if (d == null) {
                    throw Py.typeError("vars() argument must have __dict__ attribute");
                }
                return d;
            }
        });
        // eval and exec run in the frame that calls them: the interpreter runs them when called by name
        def(m, "eval", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.RUNTIME_ERROR, "eval() must be called by name");
            }
        });
        def(m, "exec", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.RUNTIME_ERROR, "exec() must be called by name");
            }
        });
        def(m, "globals", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.RUNTIME_ERROR, "globals() must be called by name");
            }
        });
        def(m, "locals", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.RUNTIME_ERROR, "locals() must be called by name");
            }
        });
        def(m, "exit", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw systemExit(a.length == 0 ? PyNone.NONE : a[0]);
            }
        });
        m.dict.put("quit", m.dict.get("exit"));
    }

    /** Python's three-argument {@code pow}: integers only, or the base's own {@code __pow__} (a Variable's). */
    private static Object modPow(Object base, Object exp, Object mod) {
        boolean ints = Py.isInt(base) && Py.isInt(exp) && Py.isInt(mod);
        if (!ints) {
            if (Py.isNumber(base) && Py.isNumber(exp) && Py.isNumber(mod)) {
                throw Py.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            Object special = Py.isNumber(base) || base instanceof String ? null : Py.getattrOrNull(base, "__pow__");
            if (special == null) {
                throw Py.typeError("unsupported operand type(s) for ** or pow(): '" + Py.typeName(base) + "', '"
                        + Py.typeName(exp) + "', '" + Py.typeName(mod) + "'");
            }
            return Py.call(special, exp, mod);
        }
        java.math.BigInteger m = PyInt.big(mod);
        if (m.signum() == 0) {
            throw Py.valueError("pow() 3rd argument cannot be 0");
        }
        java.math.BigInteger r;
        try {
            r = PyInt.big(base).modPow(PyInt.big(exp), m.abs());
        } catch (ArithmeticException e) {
            throw Py.valueError("base is not invertible for the given modulus");
        }
        // Python's result takes the sign of the modulus.
        return PyInt.normalize(m.signum() < 0 && r.signum() != 0 ? r.add(m) : r);
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    static Object one(String name, Object[] a, Map<String, Object> k) {
        if (!k.isEmpty()) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Py.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    static void arity(String name, Object[] a, int n) {
        if (a.length != n) {
            throw Py.typeError(name + " expected " + n + " arguments, got " + a.length);
        }
    }

    private static String attrName(Object v, String fn) {
        if (!(v instanceof String s)) {
            throw Py.typeError(fn + "(): attribute name must be string");
        }
        return s;
    }

    private static String checkStr(Object v, String what) {
        if (!(v instanceof String s)) {
            throw Py.typeError(what + " must be None or a string, not " + Py.typeName(v));
        }
        return s;
    }

    static PyException systemExit(Object code) {
        PyException e = Py.error(Types.SYSTEM_EXIT, null);
        e.value.dict.put("args", code == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(code));
        e.value.dict.put("code", code);
        return e;
    }

    /** {@code next(it)}. */
    public static Object next(Object it) {
        if (it instanceof PyIterator p) {
            return p.next();
        }
        if (it instanceof PyGenerator g) {
            return g.next();
        }
        Object m = Py.specialMethod(it, "__next__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(it) + "' object is not an iterator");
        }
        return Py.call(m);
    }

    static boolean isinstance(Object v, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items) {
                if (isinstance(v, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType t)) {
            throw Py.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return Py.type(v).isSubtypeOf(t);
    }

    private static boolean subclass(PyType t, Object cls) {
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (subclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType c)) {
            throw Py.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return t.isSubtypeOf(c);
    }

    private static Object abs(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d);
        }
        if (Py.isInt(v)) {
            Object x = PyInt.of(v);
            return PyInt.compare(x, 0L) < 0 ? PyInt.neg(x) : x;
        }
        Object m = Py.specialMethod(v, "__abs__");
        if (m == null) {
            throw Py.typeError("bad operand type for abs(): '" + Py.typeName(v) + "'");
        }
        return Py.call(m);
    }

    private static Object extreme(String name, Object[] a, Map<String, Object> k, String op) {
        Object key = k.getOrDefault("key", PyNone.NONE);
        Object dflt = k.get("default");
        for (String kw : k.keySet()) {
            if (!kw.equals("key") && !kw.equals("default")) {
                throw Py.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
            }
        }
        List<Object> items;
        if (a.length == 1) {
            items = Py.toList(a[0]);
        } else if (a.length == 0) {
            throw Py.typeError(name + " expected at least 1 argument, got 0");
        } else {
            if (dflt != null) {
                throw Py.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = List.of(a);
        }
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw Py.valueError(name + "() arg is an empty sequence");
        }
        Object best = items.get(0);
        Object bestKey = key == PyNone.NONE ? best : Py.call(key, best);
        for (int i = 1; i < items.size(); i++) {
            Object v = items.get(i);
            Object kv = key == PyNone.NONE ? v : Py.call(key, v);
            if (Py.truthy(Ops.compare(op, kv, bestKey))) {
                best = v;
                bestKey = kv;
            }
        }
        return best;
    }

    /** {@code list.sort(key=, reverse=)}: stable, comparing with {@code <} as Python does. */
    static void sort(List<Object> items, Object key, boolean reverse) {
        List<Object[]> decorated = new ArrayList<>(items.size());
        for (Object v : items) {
            decorated.add(new Object[] {key == PyNone.NONE ? v : Py.call(key, v), v});
        }
        Comparator<Object[]> cmp = new Comparator<Object[]>() {
            @Override
            public int compare(Object[] x, Object[] y) {
                return Py.truthy(Ops.compare("<", x[0], y[0])) ? -1
                    : Py.truthy(Ops.compare("<", y[0], x[0])) ? 1 : 0;
            }
        };
        decorated.sort(reverse ? cmp.reversed() : cmp);
        items.clear();
        for (Object[] d : decorated) {
            items.add(d[1]);
        }
    }

    private static Object round(Object v, Object ndigits) {
        if (v instanceof Double d) {
            if (ndigits == PyNone.NONE) {
                if (Double.isNaN(d)) {
                    throw Py.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Py.error(Types.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                }
                return PyInt.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            long n = Py.index(ndigits);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                return d;
            }
            if (n > 323) {
                return d;
            }
            if (n < -308) {
                return Math.copySign(0.0, d);
            }
            return new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        }
        if (Py.isInt(v)) {
            Object x = PyInt.of(v);
            if (ndigits == PyNone.NONE || Py.index(ndigits) >= 0) {
                return x;
            }
            BigDecimal r = new BigDecimal(PyInt.big(x)).setScale((int) Py.index(ndigits), RoundingMode.HALF_EVEN);
            return PyInt.normalize(r.setScale(0, RoundingMode.UNNECESSARY).toBigInteger());
        }
        Object m = Py.specialMethod(v, "__round__");
        if (m == null) {
            throw Py.typeError("type " + Py.typeName(v) + " doesn't define __round__ method");
        }
        return ndigits == PyNone.NONE ? Py.call(m) : Py.call(m, ndigits);
    }

    /** {@code bin}, {@code oct}, {@code hex}: an int (or {@code __index__}) in base {@code radix}, sign first. */
    private static String radix(String name, Object v, int radix, String prefix) {
        BigInteger n = v instanceof BigInteger b ? b : BigInteger.valueOf(Py.index(v));
        String digits = n.abs().toString(radix);
        return (n.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static Object dir(Object[] a) {
        PyList out = new PyList();
        if (a.length > 0) {
            out.items.addAll(Py.dir(a[0]));
        }
        return out;
    }

    /** The {@code @property}, {@code @staticmethod} and {@code @classmethod} decorators. */
    static void installDescriptors(PyModule m) {
        Types.PROPERTY.dict.put("__construct__", new Builtin("property", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("property", "fget=None", "fset=None", "fdel=None", "doc=None").bind(a, k);
                return new Property(b[0] == PyNone.NONE ? null : b[0], b[1] == PyNone.NONE ? null : b[1]);
            }
        }));
        Types.PROPERTY.dict.put("setter", new Builtin("setter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Property p = (Property) a[0];
                return new Property(p.getter, a[1]);
            }
        }));
        Types.PROPERTY.dict.put("getter", new Builtin("getter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new Property(a[1], ((Property) a[0]).setter);
            }
        }));
        Types.PROPERTY.dict.put("deleter", new Builtin("deleter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0];
            }
        }));
        Types.STATICMETHOD.dict.put("__construct__", new Builtin("staticmethod", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new StaticMethod(one(
                    "staticmethod", a, k));
            }
        }));
        Types.CLASSMETHOD.dict.put("__construct__", new Builtin("classmethod", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new ClassMethod(one(
                    "classmethod", a, k));
            }
        }));
        m.dict.put("property", Types.PROPERTY);
        m.dict.put("staticmethod", Types.STATICMETHOD);
        m.dict.put("classmethod", Types.CLASSMETHOD);
    }

    static PyRange range(Object[] a, Map<String, Object> k) {
        if (!k.isEmpty()) {
            throw Py.typeError("range() takes no keyword arguments");
        }
        for (Object o : a) {
            if (!Py.isInt(o) && Py.specialMethod(o, "__index__") == null) {
                throw Py.typeError("'" + Py.typeName(o) + "' object cannot be interpreted as an integer");
            }
        }
        switch (a.length) {
            case 1:
                return new PyRange(0, Py.index(a[0]), 1);
            case 2:
                return new PyRange(Py.index(a[0]), Py.index(a[1]), 1);
            case 3: {
                long step = Py.index(a[2]);
                if (step == 0) {
                    throw Py.valueError("range() arg 3 must not be zero");
                }
                return new PyRange(Py.index(a[0]), Py.index(a[1]), step);
            }
            default:
                throw Py.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + a.length);
        }
    }
}
