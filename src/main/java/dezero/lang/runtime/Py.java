package dezero.lang.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's object protocol over the interpreter's values: attributes, calls, truth, iteration,
 * {@code str}/{@code repr}, and the errors it raises in CPython's words.
 */
public final class Py {
    private static final Map<String, Object> NO_KWARGS = Map.of();
    /** Renders values the library knows (arrays, Variables); set once by the library. */
    private static volatile Reprs reprs = new Reprs() {};

    private Py() {}

    /** How the library prints its own values; null means "not mine". */
    public interface Reprs {
        default String repr(Object v) {
            return null;
        }

        default String str(Object v) {
            return null;
        }
    }

    public static void setReprs(Reprs r) {
        reprs = r;
    }

    // ---- errors ----

    /** A new exception of the built-in class {@code type} with one message argument. */
    public static PyException error(PyType type, String message) {
        PyObject e = new PyObject(type);
        e.dict.put("args", message == null ? PyTuple.EMPTY : new PyTuple(message));
        return new PyException(e);
    }

    public static PyException typeError(String message) {
        return error(Types.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return error(Types.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return error(Types.INDEX_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return error(Types.ATTRIBUTE_ERROR, message);
    }

    /**
     * {@code obj} has no attribute {@code name}: CPython's message, with the exception's
     * {@code name} and {@code obj} set as 3.11 sets them, from which a report offers the
     * closest of {@code dir(obj)} ("Did you mean: 'input'?").
     */
    public static PyException noAttributeError(Object obj, String name) {
        PyException e = attributeError(noAttribute(obj, name));
        e.value.dict.put("name", name);
        e.value.dict.put("obj", obj);
        return e;
    }

    public static PyException nameError(String message) {
        return error(Types.NAME_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return error(Types.ZERO_DIVISION_ERROR, message);
    }

    public static PyException keyError(Object key) {
        PyObject e = new PyObject(Types.KEY_ERROR);
        e.dict.put("args", new PyTuple(key));
        return new PyException(e);
    }

    /** What {@code str(e)} gives for an exception object. */
    public static String exceptionText(PyObject e) {
        Object args = e.dict.get("args");
        if (e.type.lookup("__str__") instanceof PyFunction) {
            return str(e);
        }
        if (e.type.isSubtypeOf(Types.SYNTAX_ERROR) && e.dict.get("msg") instanceof String msg
                && e.dict.get("filename") instanceof String file && e.dict.get("lineno") instanceof Long line) {
            return msg + " (" + file + ", line " + line + ")"; // SyntaxError's str, as CPython's
        }
        if (args instanceof PyTuple t) {
            if (t.size() == 0) {
                return "";
            }
            if (t.size() == 1) {
                return e.type.isSubtypeOf(Types.KEY_ERROR) ? repr(t.items[0]) : str(t.items[0]);
            }
            return repr(t);
        }
        return "";
    }

    // ---- types ----

    public static PyType type(Object v) {
        return Types.of(v);
    }

    public static String typeName(Object v) {
        return Types.of(v).messageName;
    }

    public static boolean isinstance(Object v, PyType t) {
        return Types.of(v).isSubtypeOf(t);
    }

    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger;
    }

    // ---- conversions ----

    /** An index or count: an int (or an object with {@code __index__}). */
    public static long index(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                return b.longValue();
            }
            throw error(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        Object r = callSpecial(v, "__index__");
        if (r != NO_METHOD) {
            return index(r);
        }
        throw typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** A float from a Python number. */
    public static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw error(Types.OVERFLOW_ERROR, "int too large to convert to float");
            }
            return d;
        }
        Object special = specialMethod(v, "__float__");
        if (special != null) {
            return toDouble(call(special, new Object[] {v}, NO_KWARGS));
        }
        throw typeError("must be real number, not " + typeName(v));
    }

    // ---- truth ----

    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == PyNone.NONE) {
            return false;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof PyList l) {
            return !l.items.isEmpty();
        }
        if (v instanceof PyTuple t) {
            return t.items.length > 0;
        }
        if (v instanceof PyDict d) {
            return d.size() > 0;
        }
        if (v instanceof PySet s) {
            return s.size() > 0;
        }
        if (v instanceof BigInteger) {
            return true;
        }
        if (v instanceof PyRange r) {
            return r.length() > 0;
        }
        PyType t = type(v);
        Object bool = t.lookup("__bool__");
        if (bool != null) {
            Object r = callBound(bool, v);
            if (!(r instanceof Boolean b)) {
                throw typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        Object len = t.lookup("__len__");
        if (len != null) {
            return index(callBound(len, v)) != 0;
        }
        return true;
    }

    // ---- attributes ----

    /** A special method looked up on the type (as Python does for operators), bound to {@code v}; or null. */
    public static Object specialMethod(Object v, String name) {
        Object m = type(v).lookup(name);
        return m == null || m == PyNone.NONE ? null : bind(m, v);
    }

    /** Marks "no such special method" for {@link #callSpecial}, where null could be a result. */
    public static final Object NO_METHOD = new Object();

    /**
     * {@code type(v).name(v, args...)}: the same call as {@code call(specialMethod(v, name), args)}, but
     * a function or builtin found on the class gets {@code v} prepended directly, without the bound
     * method and the second argument array (subscripts and indices of library objects run this per
     * element). Returns {@link #NO_METHOD} when the class has no such method.
     */
    public static Object callSpecial(Object v, String name, Object... args) {
        Object m = type(v).lookup(name);
        if (m == null || m == PyNone.NONE) {
            return NO_METHOD;
        }
        return callBound(m, v, args);
    }

    /**
     * {@code call(bind(m, self), args)} for an attribute {@code m} found on the class of
     * {@code self}: a function or builtin gets {@code self} prepended directly, without the bound
     * method and the second argument array.
     */
    public static Object callBound(Object m, Object self, Object... args) {
        if (m instanceof PyFunction || m instanceof Builtin) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m, all, NO_KWARGS);
        }
        return call(bind(m, self), args, NO_KWARGS);
    }

    /**
     * The function or builtin that {@code getattr(v, name)} would bind to {@code v}, unbound, or
     * null when the attribute is anything else (an instance's own, a property, a module's, a
     * class's, missing): a call {@code v.name(args)} then runs it with {@code v} prepended, without
     * making the bound method that {@link #getattr} would.
     */
    public static Object method(Object v, String name) {
        if (v instanceof Classes.Super || v instanceof PyModule || v instanceof PyType || v instanceof PyFunction
                || v instanceof Builtin || v instanceof BoundMethod) {
            return null;
        }
        Object m = type(v).lookup(name);
        if (!(m instanceof PyFunction || m instanceof Builtin)) {
            return null;
        }
        if (v instanceof PyObject o && o.dict.containsKey(name)) {
            return null;
        }
        return m;
    }

    /** Binds a class attribute to an instance, as a descriptor would. */
    public static Object bind(Object attr, Object self) {
        if (attr instanceof PyFunction || attr instanceof Builtin) {
            return new BoundMethod(self, attr);
        }
        if (attr instanceof ClassMethod c) {
            return new BoundMethod(self instanceof PyType ? self : type(self), c.function());
        }
        if (attr instanceof StaticMethod s) {
            return s.function();
        }
        return attr;
    }

    /** {@code getattr(v, name)}. */
    public static Object getattr(Object v, String name) {
        Object r = attribute(v, name, false);
        if (r == null) {
            throw noAttributeError(v, name);
        }
        return r;
    }

    /** {@code dir(v)}: the names of a module's globals, or of an object's attributes and its class's, sorted. */
    public static java.util.SortedSet<String> dir(Object v) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (v instanceof PyModule m) {
            names.addAll(m.dict.keySet());
            return names;
        }
        if (v instanceof PyObject o) {
            names.addAll(o.dict.keySet());
        }
        PyType t = v instanceof PyType pt ? pt : type(v);
        for (PyType c : t.mro()) {
            for (String name : c.dict.keySet()) {
                if (!name.equals("__construct__")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The message of a missing attribute, as CPython words it. */
    public static String noAttribute(Object v, String name) {
        if (v instanceof PyModule m) {
            return "module '" + m.name + "' has no attribute '" + name + "'";
        }
        if (v instanceof PyType t) {
            return "type object '" + t.name + "' has no attribute '" + name + "'";
        }
        return "'" + typeName(v) + "' object has no attribute '" + name + "'";
    }

    /** {@code getattr(v, name)}, or null when there is no such attribute. */
    public static Object getattrOrNull(Object v, String name) {
        return attribute(v, name, true);
    }

    /**
     * The attribute, or null when there is none. A class's {@code __getattr__} answers last; the
     * AttributeError it raises is null when {@code quiet} (hasattr, getattr with a default), else
     * it propagates as raised ({@code raise AttributeError(name)} keeps its own words).
     */
    private static Object attribute(Object v, String name, boolean quiet) {
        if (v instanceof Classes.Super s) {
            try {
                return s.getattr(name);
            } catch (PyException e) {
                return null;
            }
        }
        if (v instanceof PyModule m) {
            Object r = m.dict.get(name);
            if (r != null) {
                return r;
            }
            Object getter = m.dict.get("__getattr__");
            if (getter == null) {
                return null;
            }
            try {
                return call(getter, new Object[] {name}, NO_KWARGS);
            } catch (PyException e) {
                if (quiet && e.is(Types.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        if (v instanceof PyType t) {
            return typeAttribute(t, name);
        }
        PyType t = type(v);
        Object classAttr = t.lookup(name);
        if (classAttr instanceof Property p) {
            if (p.getter == null) {
                throw attributeError("property '" + name + "' of '" + t.messageName + "' object has no getter");
            }
            return call(p.getter, new Object[] {v}, NO_KWARGS);
        }
        if (v instanceof PyObject o) {
            Object own = o.dict.get(name);
            if (own != null) {
                return own;
            }
        } else if (v instanceof PyFunction f) {
            // an assigned __name__ or __qualname__ (a decorator copying its function's) is the function's own
            Object own = f.dict.get(name);
            if (own != null) {
                return own;
            }
            if (name.equals("__name__")) {
                return f.name;
            }
            if (name.equals("__qualname__")) {
                return f.qualname;
            }
            if (name.equals("__doc__")) {
                String doc = PyFunction.docstring(f.body);
                return doc == null ? PyNone.NONE : doc;
            }
        } else if (v instanceof Builtin b && name.equals("__name__")) {
            return b.name;
        } else if (v instanceof BoundMethod m) {
            if (name.equals("__self__")) {
                return m.self();
            }
            if (name.equals("__func__")) {
                return m.function();
            }
            return getattrOrNull(m.function(), name);
        }
        if (classAttr != null) {
            return bind(classAttr, v);
        }
        if (name.equals("__class__")) {
            return t;
        }
        if (name.equals("__dict__") && v instanceof PyObject o) {
            PyDict d = new PyDict();
            o.dict.forEach(d::put);
            return d;
        }
        Object fallback = t.lookup("__getattr__");
        if (fallback != null) {
            if (!quiet) {
                return callBound(fallback, v, name);
            }
            try {
                return callBound(fallback, v, name);
            } catch (PyException e) {
                if (e.is(Types.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }
        return null;
    }

    private static Object typeAttribute(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.name;
            case "__qualname__":
                return t.name;
            case "__module__":
                return t.module;
            case "__mro__":
                return PyTuple.of(t.mro());
            case "__bases__":
                return PyTuple.of(t.bases);
            case "__dict__": {
                PyDict d = new PyDict();
                t.dict.forEach(d::put);
                return d;
            }
            default:
                break;
        }
        Object a = t.lookup(name);
        if (a == null) {
            return null;
        }
        if (a instanceof ClassMethod c) {
            return new BoundMethod(t, c.function());
        }
        if (a instanceof StaticMethod s) {
            return s.function();
        }
        return a;
    }

    /** {@code setattr(v, name, value)}. */
    public static void setattr(Object v, String name, Object value) {
        if (v instanceof PyType t) {
            if (!t.isUser) {
                throw typeError("cannot set '" + name + "' attribute of immutable type '" + t.name + "'");
            }
            t.dict.put(name, value);
            return;
        }
        if (v instanceof PyModule m) {
            m.dict.put(name, value);
            return;
        }
        PyType t = type(v);
        Object classAttr = t.lookup(name);
        if (classAttr instanceof Property p) {
            if (p.setter == null) {
                throw attributeError(t.isUser ? "property '" + name + "' of '" + t.messageName + "' object has no setter"
                        : "attribute '" + name + "' of '" + t.messageName + "' objects is not writable");
            }
            call(p.setter, new Object[] {v, value}, NO_KWARGS);
            return;
        }
        Object hook = t.lookup("__setattr__");
        if (hook != null && hook != Types.OBJECT.lookup("__setattr__")) {
            callBound(hook, v, name, value);
            return;
        }
        // No hook, or object's own, which does what follows (objectSetattr): every instance of a
        // class without a __setattr__ of its own stores its attributes here, without the call.
        if (v instanceof PyObject o) {
            o.dict.put(name, value);
            return;
        }
        if (v instanceof PyFunction f) {
            f.dict.put(name, value);
            return;
        }
        throw attributeError(classAttr != null ? "'" + t.messageName + "' object attribute '" + name + "' is read-only"
                : "'" + t.messageName + "' object has no attribute '" + name + "'");
    }

    /** The default {@code object.__setattr__}: what {@code super().__setattr__(name, value)} does. */
    public static void objectSetattr(Object v, String name, Object value) {
        PyType t = type(v);
        Object classAttr = t.lookup(name);
        if (classAttr instanceof Property p && p.setter != null) {
            call(p.setter, new Object[] {v, value}, NO_KWARGS);
            return;
        }
        if (v instanceof PyObject o) {
            o.dict.put(name, value);
            return;
        }
        if (v instanceof PyFunction f) {
            f.dict.put(name, value);
            return;
        }
        throw attributeError(classAttr != null ? "'" + t.messageName + "' object attribute '" + name + "' is read-only"
                : "'" + t.messageName + "' object has no attribute '" + name + "'");
    }

    public static void delattr(Object v, String name) {
        if (v instanceof PyObject o && o.dict.remove(name) != null) {
            return;
        }
        if (v instanceof PyType t && t.isUser && t.dict.remove(name) != null) {
            return;
        }
        if (v instanceof PyModule m && m.dict.remove(name) != null) {
            return;
        }
        throw noAttributeError(v, name);
    }

    // ---- calls ----

    public static Object call(Object f, Object... args) {
        return call(f, args, NO_KWARGS);
    }

    /**
     * A built-in's body that read past its arguments (a[1] of a call with one) was called with
     * too few of them: a TypeError, as Python's for a missing argument, not Java's words. An
     * index error raised anywhere else is the body's own and goes on as it was.
     */
    private static RuntimeException missingArgument(Builtin b, Object[] args, ArrayIndexOutOfBoundsException e) {
        StackTraceElement[] at = e.getStackTrace();
        String message = String.valueOf(e.getMessage());
        boolean readingArguments = at.length > 0 && at[0].getMethodName().equals("call")
                && at[0].getClassName().startsWith("dezero.lang.")
                && (message.endsWith("out of bounds for length " + args.length)
                        // a method's body given its arguments without the receiver
                        || message.endsWith("out of bounds for length " + (args.length - 1)));
        if (!readingArguments) {
            return e;
        }
        return typeError(b.name + "() missing required argument (" + args.length + " given)");
    }

    /** Calls any Python callable. */
    public static Object call(Object f, Object[] args, Map<String, Object> kwargs) {
        if (f instanceof Builtin b) {
            try {
                return b.body.call(args, kwargs);
            } catch (ArrayIndexOutOfBoundsException e) {
                throw missingArgument(b, args, e);
            }
        }
        if (f instanceof PyFunction fn) {
            return fn.interpreter.callFunction(fn, args, kwargs);
        }
        if (f instanceof BoundMethod m) {
            Object[] all = new Object[args.length + 1];
            all[0] = m.self();
            System.arraycopy(args, 0, all, 1, args.length);
            return call(m.function(), all, kwargs);
        }
        if (f instanceof PyType t) {
            return Classes.instantiate(t, args, kwargs);
        }
        Object dunder = specialMethod(f, "__call__");
        if (dunder != null) {
            return call(dunder, args, kwargs);
        }
        throw typeError("'" + typeName(f) + "' object is not callable");
    }

    /** {@code v.name(args)}, the method looked up as an attribute. */
    public static Object callMethod(Object v, String name, Object... args) {
        return call(getattr(v, name), args, NO_KWARGS);
    }

    public static boolean callable(Object v) {
        return v instanceof Builtin || v instanceof PyFunction || v instanceof BoundMethod || v instanceof PyType
                || type(v).lookup("__call__") != null;
    }

    /** {@code {**m}}: copies a mapping's items into {@code into}. */
    public static void mergeMapping(PyDict into, Object m) {
        if (m instanceof PyDict d) {
            into.map.putAll(d.map);
            return;
        }
        Object keys = getattrOrNull(m, "keys");
        if (keys == null) {
            throw typeError("'" + typeName(m) + "' object is not a mapping");
        }
        for (Object k : toList(call(keys))) {
            into.put(k, Items.get(m, k));
        }
    }

    // ---- iteration ----

    /** Python's {@code iter(v)} as a Java iterator. */
    public static Iterator<Object> iter(Object v) {
        if (v instanceof PyList l) {
            return listIterator(l);
        }
        if (v instanceof PyTuple t) {
            return List.of(t.items).iterator();
        }
        if (v instanceof PyRange r) {
            return rangeIterator(r);
        }
        if (v instanceof String s) {
            int[] cps = Text.codePoints(s);
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < cps.length;
                }

                @Override
                public Object next() {
                    if (next == cps.length) {
                        throw new java.util.NoSuchElementException();
                    }
                    return new String(Character.toChars(cps[next++]));
                }
            };
        }
        if (v instanceof PyDict d) {
            return new ArrayList<>(d.map.keySet()).iterator();
        }
        if (v instanceof PySet s) {
            return new ArrayList<>(s.map.values()).iterator();
        }
        if (v instanceof PyIterator it) {
            return it.iterator;
        }
        if (v instanceof PyGenerator g) {
            return g.javaIterator();
        }
        Object iterMethod = specialMethod(v, "__iter__");
        if (iterMethod != null) {
            Object it = call(iterMethod, new Object[0], NO_KWARGS);
            if (it instanceof PyIterator pi) {
                return pi.iterator;
            }
            if (it instanceof PyGenerator g) {
                return g.javaIterator();
            }
            Object next = specialMethod(it, "__next__");
            if (next == null) {
                throw typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return nextIterator(next);
        }
        Object getitem = specialMethod(v, "__getitem__");
        if (getitem != null) {
            return getitemIterator(getitem);
        }
        throw typeError("'" + typeName(v) + "' object is not iterable");
    }

    private static Iterator<Object> listIterator(PyList l) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < l.items.size();
            }

            @Override
            public Object next() {
                return l.items.get(i++);
            }
        };
    }

    private static Iterator<Object> rangeIterator(PyRange r) {
        return new Iterator<>() {
            long i;
            final long n = r.length();

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object next() {
                return r.get(i++);
            }
        };
    }

    /** An iterator over a Python object's {@code __next__}, ending at StopIteration. */
    static Iterator<Object> nextIterator(Object next) {
        return new Lookahead() {
            @Override
            Object fetch() {
                try {
                    return call(next, new Object[0], NO_KWARGS);
                } catch (PyException e) {
                    if (e.is(Types.STOP_ITERATION)) {
                        return END;
                    }
                    throw e;
                }
            }
        };
    }

    /** The old sequence protocol: {@code __getitem__(0)}, {@code (1)}, ... until IndexError. */
    private static Iterator<Object> getitemIterator(Object getitem) {
        return new Lookahead() {
            private long i;

            @Override
            Object fetch() {
                try {
                    return call(getitem, new Object[] {i++}, NO_KWARGS);
                } catch (RuntimeException e) {
                    // the engine's index error (a Variable's row past the last) ends it as Python's does
                    PyException p = Errors.fromJava(e);
                    if (p.is(Types.INDEX_ERROR) || p.is(Types.STOP_ITERATION)) {
                        return END;
                    }
                    throw p;
                }
            }
        };
    }

    /** A Java iterator over items computed one at a time; {@link #fetch} gives {@link #END} after the last. */
    abstract static class Lookahead implements Iterator<Object> {
        static final Object END = new Object();
        private Object buffered;
        private boolean done;

        abstract Object fetch();

        @Override
        public boolean hasNext() {
            if (buffered != null) {
                return true;
            }
            if (done) {
                return false;
            }
            Object v = fetch();
            if (v == END) {
                done = true;
                return false;
            }
            buffered = v;
            return true;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object v = buffered;
            buffered = null;
            return v;
        }
    }

    /** All items of an iterable, in a new Java list. */
    public static List<Object> toList(Object v) {
        if (v instanceof PyList l) {
            return new ArrayList<>(l.items);
        }
        if (v instanceof PyTuple t) {
            return new ArrayList<>(List.of(t.items));
        }
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = iter(v);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    /** Python's {@code len(v)}. */
    public static long len(Object v) {
        if (v instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (v instanceof PyList l) {
            return l.items.size();
        }
        if (v instanceof PyTuple t) {
            return t.items.length;
        }
        if (v instanceof PyDict d) {
            return d.size();
        }
        if (v instanceof PySet s) {
            return s.size();
        }
        if (v instanceof PyRange r) {
            return r.length();
        }
        Object m = specialMethod(v, "__len__");
        if (m == null) {
            throw typeError("object of type '" + typeName(v) + "' has no len()");
        }
        Object n = call(m, new Object[0], NO_KWARGS);
        if (!isInt(n)) {
            throw typeError("'" + typeName(n) + "' object cannot be interpreted as an integer");
        }
        long len = index(n);
        if (len < 0) {
            throw valueError("__len__() should return >= 0");
        }
        return len;
    }

    // ---- text ----

    /** Python's {@code repr(v)}. */
    public static String repr(Object v) {
        if (v instanceof String s) {
            return Text.quote(s);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return Text.floatRepr(d);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof PyNone) {
            return v.toString();
        }
        if (v instanceof PyList l) {
            return Text.container(l);
        }
        if (v instanceof PyTuple t) {
            return t.items.length == 1 ? "(" + repr(t.items[0]) + ",)"
                    : Text.container(t);
        }
        if (v instanceof PyDict d) {
            return Text.container(d);
        }
        if (v instanceof PySet s) {
            return s.size() == 0 ? "set()" : "{" + Text.join(s.map.values()) + "}";
        }
        if (v instanceof PyObject o) {
            Object r = o.type.lookup("__repr__");
            if (r != null) {
                return reprResult(callBound(r, v), "__repr__");
            }
            if (o.type.isSubtypeOf(Types.BASE_EXCEPTION)) {
                Object args = o.dict.get("args");
                String inner = args instanceof PyTuple t && t.size() == 1 ? repr(t.items[0])
                        : args instanceof PyTuple t2 ? Text.join(List.of(t2.items)) : "";
                return o.type.name + "(" + inner + ")";
            }
            return "<" + o.type.qualifiedName() + " object at 0x" + String.format("%012x", System.identityHashCode(o))
                    + ">";
        }
        String lib = reprs.repr(v);
        if (lib != null) {
            return lib;
        }
        if (v instanceof PyFunction || v instanceof PyType || v instanceof PyModule || v instanceof Builtin) {
            return v.toString();
        }
        if (v instanceof BoundMethod m) {
            if (m.function() instanceof Builtin b) {
                return "<built-in method " + b.name + " of " + typeName(m.self()) + " object at 0x"
                        + String.format("%012x", System.identityHashCode(m.self())) + ">";
            }
            return "<bound method " + ((PyFunction) m.function()).qualname + " of " + repr(m.self()) + ">";
        }
        if (v instanceof PyRange r) {
            return r.step() == 1 ? "range(" + r.start() + ", " + r.stop() + ")"
                    : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
        }
        if (v instanceof PySlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        }
        Object r = type(v).lookup("__repr__");
        if (r != null) {
            return reprResult(callBound(r, v), "__repr__");
        }
        return "<" + type(v).qualifiedName() + " object at 0x" + String.format("%012x", System.identityHashCode(v)) + ">";
    }

    private static String reprResult(Object r, String method) {
        if (!(r instanceof String s)) {
            throw typeError(method + " returned non-string (type " + typeName(r) + ")");
        }
        return s;
    }

    /** Python's {@code str(v)}. */
    public static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PyObject o) {
            Object s = o.type.lookup("__str__");
            if (s != null) {
                return reprResult(callBound(s, v), "__str__");
            }
            if (o.type.isSubtypeOf(Types.BASE_EXCEPTION)) {
                return exceptionText(o);
            }
            return repr(v);
        }
        String lib = reprs.str(v);
        if (lib != null) {
            return lib;
        }
        Object s = type(v).lookup("__str__");
        if (s != null) {
            return reprResult(callBound(s, v), "__str__");
        }
        return repr(v);
    }
}
