package dezero.lang.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in classes, one object each for the whole JVM (a session cannot change them), and the
 * map from a Java value's class to its Python class.
 */
public final class Types {
    private static final Map<Class<?>, PyType> BY_JAVA_CLASS = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * What {@link #of} found for each Java class, registered or found through a superclass (a
     * dataset or model subclass walks up its superclasses on every lookup otherwise). Cleared when
     * the registrations change.
     */
    private static final Map<Class<?>, PyType> RESOLVED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, PyType> EXCEPTIONS = new LinkedHashMap<>();
    /**
     * The classes {@link #of} answered last, compared by identity before anything else: a
     * program's values are of a handful of Java classes (Variable, ndarray, float, int), and
     * under C1, which the launcher runs, the map lookup and the interface test below cost a
     * call each (a third of an attribute access). Immutable, replaced whole; emptied when the
     * registrations change.
     */
    private static volatile Recent recent = Recent.EMPTY;

    public static final PyType OBJECT = new PyType("object", List.of(), false);
    public static final PyType TYPE = builtin("type");
    public static final PyType INT = builtin("int");
    public static final PyType BOOL = new PyType("bool", List.of(INT), false);
    public static final PyType FLOAT = builtin("float");
    public static final PyType STR = builtin("str");
    public static final PyType LIST = builtin("list");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType DICT = builtin("dict");
    public static final PyType SET = builtin("set");
    public static final PyType NONE_TYPE = builtin("NoneType");
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType");
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType METHOD = builtin("method");
    public static final PyType MODULE = builtin("module");
    public static final PyType RANGE = builtin("range");
    public static final PyType SLICE = builtin("slice");
    public static final PyType GENERATOR = builtin("generator");
    public static final PyType ITERATOR = builtin("iterator");
    public static final PyType PROPERTY = builtin("property");
    public static final PyType STATICMETHOD = builtin("staticmethod");
    public static final PyType CLASSMETHOD = builtin("classmethod");
    public static final PyType SUPER = builtin("super");

    public static final PyType BASE_EXCEPTION = builtin("BaseException");
    public static final PyType EXCEPTION = exception("Exception", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exception("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exception("SystemExit", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exception("GeneratorExit", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = exception("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exception("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = exception("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exception("OverflowError", ARITHMETIC_ERROR);
    public static final PyType FLOATING_POINT_ERROR = exception("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exception("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exception("AttributeError", EXCEPTION);
    public static final PyType LOOKUP_ERROR = exception("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exception("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exception("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = exception("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exception("UnboundLocalError", NAME_ERROR);
    public static final PyType TYPE_ERROR = exception("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exception("ValueError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exception("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exception("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exception("RecursionError", RUNTIME_ERROR);
    public static final PyType IMPORT_ERROR = exception("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exception("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType MEMORY_ERROR = exception("MemoryError", EXCEPTION);
    public static final PyType EOF_ERROR = exception("EOFError", EXCEPTION);
    public static final PyType OS_ERROR = exception("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = exception("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exception("FileExistsError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exception("PermissionError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exception("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exception("NotADirectoryError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exception("BrokenPipeError", OS_ERROR);
    public static final PyType SYNTAX_ERROR = exception("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exception("IndentationError", SYNTAX_ERROR);
    public static final PyType UNICODE_ERROR = exception("UnicodeError", VALUE_ERROR);
    public static final PyType WARNING = exception("Warning", EXCEPTION);
    public static final PyType USER_WARNING = exception("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exception("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exception("RuntimeWarning", WARNING);

    static {
        // The rest of CPython 3.11's built-in exception classes, so that an except clause or a
        // raise naming one works; nothing in the runtime raises them.
        PyType connection = exception("ConnectionError", OS_ERROR);
        for (String name : List.of("ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError")) {
            exception(name, connection);
        }
        for (String name : List.of("BlockingIOError", "ChildProcessError", "InterruptedError", "ProcessLookupError",
                "TimeoutError")) {
            exception(name, OS_ERROR);
        }
        for (String name : List.of("BufferError", "ReferenceError", "SystemError", "StopAsyncIteration")) {
            exception(name, EXCEPTION);
        }
        exception("TabError", INDENTATION_ERROR);
        for (String name : List.of("UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError")) {
            exception(name, UNICODE_ERROR);
        }
        for (String name : List.of("BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
                "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning", "UnicodeWarning")) {
            exception(name, WARNING);
        }
    }

    static {
        BY_JAVA_CLASS.put(Long.class, INT);
        BY_JAVA_CLASS.put(BigInteger.class, INT);
        BY_JAVA_CLASS.put(Boolean.class, BOOL);
        BY_JAVA_CLASS.put(Double.class, FLOAT);
        BY_JAVA_CLASS.put(String.class, STR);
        BY_JAVA_CLASS.put(PyList.class, LIST);
        BY_JAVA_CLASS.put(PyTuple.class, TUPLE);
        BY_JAVA_CLASS.put(PyDict.class, DICT);
        BY_JAVA_CLASS.put(PySet.class, SET);
        BY_JAVA_CLASS.put(PyType.class, TYPE);
        BY_JAVA_CLASS.put(PyFunction.class, FUNCTION);
        BY_JAVA_CLASS.put(Builtin.class, BUILTIN_FUNCTION);
        BY_JAVA_CLASS.put(BoundMethod.class, METHOD);
        BY_JAVA_CLASS.put(PyModule.class, MODULE);
        BY_JAVA_CLASS.put(PyRange.class, RANGE);
        BY_JAVA_CLASS.put(PySlice.class, SLICE);
        BY_JAVA_CLASS.put(PyGenerator.class, GENERATOR);
        BY_JAVA_CLASS.put(PyIterator.class, ITERATOR);
        BY_JAVA_CLASS.put(Property.class, PROPERTY);
        BY_JAVA_CLASS.put(StaticMethod.class, STATICMETHOD);
        BY_JAVA_CLASS.put(ClassMethod.class, CLASSMETHOD);
    }

    private Types() {}

    private static PyType builtin(String name) {
        return new PyType(name, List.of(OBJECT), false);
    }

    private static PyType exception(String name, PyType base) {
        PyType t = new PyType(name, List.of(base), false);
        EXCEPTIONS.put(name, t);
        return t;
    }

    /** The built-in exception classes by name, for the builtins module. */
    public static Map<String, PyType> exceptions() {
        Map<String, PyType> all = new LinkedHashMap<>();
        all.put("BaseException", BASE_EXCEPTION);
        all.putAll(EXCEPTIONS);
        return all;
    }

    /** The built-in exception class named {@code name}, or null. */
    public static PyType exception(String name) {
        return name.equals("BaseException") ? BASE_EXCEPTION : EXCEPTIONS.get(name);
    }

    private static volatile java.util.function.Function<Class<?>, PyType> resolver;

    /** Finds classes for Java classes not registered one by one (each DeZero op class is a Python class of its own). */
    public static void setResolver(java.util.function.Function<Class<?>, PyType> r) {
        resolver = r;
        RESOLVED.clear();
        recent = Recent.EMPTY;
    }

    /** Makes {@code type} the Python class of Java values of {@code c} (ndarray, Variable, ...). */
    public static synchronized void register(Class<?> c, PyType type) {
        BY_JAVA_CLASS.put(c, type);
        RESOLVED.clear();
        recent = Recent.EMPTY;
    }

    private record Recent(Class<?> c0, PyType t0, Class<?> c1, PyType t1, Class<?> c2, PyType t2,
            Class<?> c3, PyType t3, int next) {
        static final Recent EMPTY = new Recent(null, null, null, null, null, null, null, null, 0);

        /** A copy with {@code c} in the slot after the last one filled. */
        Recent with(Class<?> c, PyType t) {
            return switch (next) {
                case 0 -> new Recent(c, t, c1, t1, c2, t2, c3, t3, 1);
                case 1 -> new Recent(c0, t0, c, t, c2, t2, c3, t3, 2);
                case 2 -> new Recent(c0, t0, c1, t1, c, t, c3, t3, 3);
                default -> new Recent(c0, t0, c1, t1, c2, t2, c, t, 0);
            };
        }
    }

    /** Python's {@code type(v)}. */
    public static PyType of(Object v) {
        if (v instanceof PyObject o) {
            return o.type;
        }
        Class<?> c = v.getClass();
        Recent r = recent;
        if (c == r.c0) {
            return r.t0;
        }
        if (c == r.c1) {
            return r.t1;
        }
        if (c == r.c2) {
            return r.t2;
        }
        if (c == r.c3) {
            return r.t3;
        }
        return ofUncached(v, c);
    }

    private static PyType ofUncached(Object v, Class<?> c) {
        if (v instanceof Typed t) {
            return t.pyType();
        }
        if (v == PyNone.NONE) {
            return NONE_TYPE;
        }
        if (v == PyNone.NOT_IMPLEMENTED) {
            return NOT_IMPLEMENTED_TYPE;
        }
        if (v == PyNone.ELLIPSIS) {
            return ELLIPSIS_TYPE;
        }
        PyType t = RESOLVED.get(c);
        if (t == null) {
            t = resolve(c);
            RESOLVED.put(c, t);
        }
        // Every value of a class found here has this type (Typed values and the singletons
        // above answer per value, so their classes never enter).
        recent = recent.with(c, t);
        return t;
    }

    private static PyType resolve(Class<?> c) {
        PyType t = BY_JAVA_CLASS.get(c);
        if (t == null && resolver != null) {
            t = resolver.apply(c);
            if (t != null) {
                register(c, t);
            }
        }
        while (t == null && c != null) {
            c = c.getSuperclass();
            t = c == null ? null : BY_JAVA_CLASS.get(c);
        }
        return t == null ? OBJECT : t;
    }
}
