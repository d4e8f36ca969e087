package dezero.lang.runtime;

import dezero.lang.syntax.Expr;
import dezero.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Class statements, instantiation and {@code super()}. */
public final class Classes {
    private Classes() {}

    /** Runs a class body and makes the class. */
    static PyType define(Interpreter in, Stmt.ClassDef c, Frame f) {
        List<Object> baseValues = new ArrayList<>();
        for (Expr b : c.bases()) {
            baseValues.add(in.eval(b, f));
        }
        List<PyType> bases = bases(baseValues);
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", f.module.name);
        String qualname = f.kind == Frame.Kind.CLASS ? f.locals.get("__qualname__") + "." + c.name()
                : f.kind == Frame.Kind.FUNCTION ? f.function.qualname + ".<locals>." + c.name() : c.name();
        ns.put("__qualname__", qualname);
        String doc = PyFunction.docstring(c.body());
        ns.put("__doc__", doc == null ? PyNone.NONE : doc);
        Frame body = new Frame(Frame.Kind.CLASS, null, ns, f, f.module, f.filename);
        body.line = c.pos().line();
        try {
            in.exec(c.body(), body);
        } catch (PyException e) {
            e.leave(body);
            throw e;
        }
        ns.remove("__qualname__");
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Expr.Keyword k : c.keywords()) {
            if (k.name() == null) {
                PyDict more = new PyDict();
                Py.mergeMapping(more, in.eval(k.value(), f));
                more.map.forEach((key, value) -> keywords.put(Py.str(key), value));
            } else {
                keywords.put(k.name(), in.eval(k.value(), f));
            }
        }
        Object metaclass = keywords.remove("metaclass");
        if (metaclass != null && metaclass != Types.TYPE) {
            throw Py.error(Types.NOT_IMPLEMENTED_ERROR, "metaclasses other than type are not supported");
        }
        return make(c.name(), bases, ns, f.module.name, keywords);
    }

    /** The bases of a class statement or of {@code type(name, bases, dict)}: classes that may be derived from; object when none. */
    public static List<PyType> bases(List<Object> values) {
        List<PyType> bases = new ArrayList<>();
        for (Object v : values) {
            if (!(v instanceof PyType t)) {
                throw Py.typeError("bases must be types");
            }
            if (t == Types.BOOL || t == Types.FUNCTION || t == Types.NONE_TYPE) {
                throw Py.typeError("type '" + t.name + "' is not an acceptable base type");
            }
            bases.add(t);
        }
        if (bases.isEmpty()) {
            bases.add(Types.OBJECT);
        }
        return bases;
    }

    /**
     * A class of the program: its namespace becomes its dict, and the {@code __init_subclass__}
     * found after it along its MRO runs with the class statement's keywords (object's takes none).
     */
    public static PyType make(String name, List<PyType> bases, Map<String, Object> ns, String module,
            Map<String, Object> keywords) {
        PyType t = new PyType(name, bases, true);
        t.module = module;
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            t.dict.put(e.getKey(), e.getValue());
            owner(e.getValue(), t);
        }
        List<PyType> mro = t.mro();
        for (int i = 1; i < mro.size(); i++) {
            Object hook = mro.get(i).dict.get("__init_subclass__");
            if (hook != null) {
                Py.call(new BoundMethod(t, hook instanceof ClassMethod cm ? cm.function() : hook), new Object[0], keywords);
                return t;
            }
        }
        if (!keywords.isEmpty()) {
            throw Py.typeError(name + ".__init_subclass__() takes no keyword arguments");
        }
        return t;
    }

    /** Remembers the class a method was defined in, for zero-argument {@code super()}. */
    private static void owner(Object v, PyType t) {
        if (v instanceof PyFunction fn) {
            fn.dict.putIfAbsent("__class__", t);
        } else if (v instanceof StaticMethod s) {
            owner(s.function(), t);
        } else if (v instanceof ClassMethod c) {
            owner(c.function(), t);
        } else if (v instanceof Property p) {
            owner(p.getter, t);
            owner(p.setter, t);
        }
    }

    /** {@code Cls(*args, **kwargs)}. */
    public static Object instantiate(PyType t, Object[] args, Map<String, Object> kwargs) {
        Object construct = t.isUser ? null : t.dict.get("__construct__");
        if (construct != null) {
            return Py.call(construct, args, kwargs);
        }
        Object userNew = t.lookup("__new__");
        if (userNew == Types.OBJECT.dict.get("__new__")) {
            userNew = null;
        }
        Object obj;
        if (userNew instanceof PyFunction || userNew instanceof StaticMethod) {
            Object fn = userNew instanceof StaticMethod s ? s.function() : userNew;
            Object[] all = new Object[args.length + 1];
            all[0] = t;
            System.arraycopy(args, 0, all, 1, args.length);
            obj = Py.call(fn, all, kwargs);
            if (!(obj instanceof PyObject o) || !o.type.isSubtypeOf(t)) {
                return obj;
            }
        } else {
            obj = newInstance(t);
        }
        Object init = t.lookup("__init__");
        if (init == Types.OBJECT.dict.get("__init__") && onlyUserClasses(t)) {
            init = null; // object's own __init__ takes no arguments, as checked below
        }
        if (init != null) {
            Object r = Py.call(Py.bind(init, obj), args, kwargs);
            if (r != PyNone.NONE) {
                throw Py.typeError("__init__() should return None, not '" + Py.typeName(r) + "'");
            }
        } else if ((args.length > 0 || !kwargs.isEmpty()) && !(userNew instanceof PyFunction)) {
            throw Py.typeError(t.name + "() takes no arguments");
        }
        return obj;
    }

    /** True when every class of {@code t}'s MRO but object was written in Python. */
    private static boolean onlyUserClasses(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.isUser && c != Types.OBJECT) {
                return false;
            }
        }
        return true;
    }

    /** A new, uninitialised instance of {@code t} with its Java peer, as {@code object.__new__(t)}. */
    public static PyObject newInstance(PyType t) {
        if (!t.isUser && t.peerFactory == null && !t.isSubtypeOf(Types.BASE_EXCEPTION) && t != Types.OBJECT) {
            throw Py.typeError("object.__new__(" + t.name + ") is not safe, use " + t.name + ".__new__()");
        }
        PyObject o = new PyObject(t);
        if (t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            o.dict.put("args", PyTuple.EMPTY);
        }
        PyType.PeerFactory factory = t.peerFactory();
        if (factory != null) {
            o.peer = factory.create(o);
        }
        return o;
    }

    /** {@code super()} inside a method: the class it was defined in and its first argument. */
    static Object zeroArgSuper(Frame f) {
        Frame fn = f;
        while (fn != null && fn.kind == Frame.Kind.COMPREHENSION) {
            fn = fn.enclosing;
        }
        if (fn == null || fn.kind != Frame.Kind.FUNCTION) {
            throw Py.error(Types.RUNTIME_ERROR, "super(): no arguments");
        }
        Object cls = fn.function.dict.get("__class__");
        if (!(cls instanceof PyType type)) {
            throw Py.error(Types.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        if (fn.function.params.positional().isEmpty()) {
            throw Py.error(Types.RUNTIME_ERROR, "super(): no arguments");
        }
        Object self = fn.locals.get(fn.function.params.positional().get(0));
        return new Super(type, self);
    }

    /** {@code super(type, obj)}: attributes found after {@code type} in {@code obj}'s class's MRO. */
    public record Super(PyType type, Object self) {
        public Object getattr(String name) {
            PyType start = self instanceof PyType t ? t : Py.type(self);
            List<PyType> mro = start.mro();
            int i = mro.indexOf(type);
            for (int k = i + 1; k < mro.size(); k++) {
                Object v = mro.get(k).dict.get(name);
                if (v != null) {
                    if (v instanceof Property p) {
                        return Py.call(p.getter, self);
                    }
                    // __init_subclass__ and __class_getitem__ are class methods without saying so
                    boolean implicitClassMethod = name.equals("__init_subclass__") || name.equals("__class_getitem__");
                    if (self instanceof PyType && v instanceof PyFunction && !implicitClassMethod) {
                        return v;
                    }
                    return Py.bind(v, self);
                }
            }
            if (name.equals("__init__")) {
                return new Builtin("__init__", (a, k) -> PyNone.NONE);
            }
            if (name.equals("__init_subclass__")) {
                // object's: nothing to do, and no keywords to take
                return new Builtin("__init_subclass__", (a, k) -> {
                    if (!k.isEmpty() || a.length > 0) {
                        throw Py.typeError((self instanceof PyType t ? t.name : Py.typeName(self))
                                + ".__init_subclass__() takes no keyword arguments");
                    }
                    return PyNone.NONE;
                });
            }
            if (name.equals("__setattr__")) {
                return new Builtin("__setattr__", (a, k) -> {
                    Py.objectSetattr(self, (String) a[0], a[1]);
                    return PyNone.NONE;
                });
            }
            throw Py.attributeError("'super' object has no attribute '" + name + "'");
        }
    }
}
