package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Importer;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyGenerator;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The standard modules the book and everyday code import: math, time, os, os.path, sys, contextlib, weakref. */
final class StdModules {
    private StdModules() {}

    static PyModule math() {
        PyModule m = new PyModule("math");
        m.dict.put("pi", Math.PI);
        m.dict.put("e", Math.E);
        m.dict.put("tau", 2 * Math.PI);
        m.dict.put("inf", Double.POSITIVE_INFINITY);
        m.dict.put("nan", Double.NaN);
        unary(m, "exp", Math::exp);
        unary(m, "sqrt", Math::sqrt);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "tanh", Math::tanh);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "atan", Math::atan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "log2", x -> Math.log(x) / Math.log(2));
        unary(m, "log10", Math::log10);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", Math::toDegrees);
        unary(m, "radians", Math::toRadians);
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", Math::log1p);
        def(m, "log", (a, k) -> {
            double x = checked(Math.log(Py.toDouble(a[0])), Py.toDouble(a[0]));
            if (a.length > 1) {
                return x / checked(Math.log(Py.toDouble(a[1])), Py.toDouble(a[1]));
            }
            return x;
        });
        def(m, "pow", (a, k) -> Math.pow(Py.toDouble(a[0]), Py.toDouble(a[1])));
        def(m, "atan2", (a, k) -> Math.atan2(Py.toDouble(a[0]), Py.toDouble(a[1])));
        def(m, "hypot", (a, k) -> Math.hypot(Py.toDouble(a[0]), Py.toDouble(a[1])));
        def(m, "copysign", (a, k) -> Math.copySign(Py.toDouble(a[0]), Py.toDouble(a[1])));
        def(m, "floor", (a, k) -> Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt(Math.floor(Py.toDouble(a[0]))));
        def(m, "ceil", (a, k) -> Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt(Math.ceil(Py.toDouble(a[0]))));
        def(m, "trunc", (a, k) -> Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt((double) (long) Py.toDouble(a[0])));
        def(m, "isnan", (a, k) -> Double.isNaN(Py.toDouble(a[0])));
        def(m, "isinf", (a, k) -> Double.isInfinite(Py.toDouble(a[0])));
        def(m, "isfinite", (a, k) -> Double.isFinite(Py.toDouble(a[0])));
        def(m, "factorial", (a, k) -> {
            if (!Py.isInt(a[0])) {
                throw Py.typeError("'" + Py.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            long n = Py.index(a[0]);
            if (n < 0) {
                throw Py.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.normalize(r);
        });
        def(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(PyInt.big(PyInt.of(o)));
            }
            return PyInt.normalize(g);
        });
        def(m, "isclose", (a, k) -> {
            Object[] b = Sig.of("isclose", "a", "b", "rel_tol=1e-09", "abs_tol=0.0").bind(a, k);
            double x = Py.toDouble(b[0]);
            double y = Py.toDouble(b[1]);
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            double rel = Py.toDouble(b[2]);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= Py.toDouble(b[3]);
        });
        def(m, "fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (Object o : Py.toList(a[0])) {
                s = s.add(new java.math.BigDecimal(Py.toDouble(o)));
            }
            return s.doubleValue();
        });
        def(m, "prod", (a, k) -> {
            Object r = 1L;
            for (Object o : Py.toList(a[0])) {
                r = dezero.lang.runtime.Ops.binary("*", r, o);
            }
            return r;
        });
        return m;
    }

    private static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw Py.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Py.error(Types.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        return PyInt.normalize(new java.math.BigDecimal(d).toBigInteger());
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        def(m, name, (a, k) -> {
            BuiltinFunctions.one(name, a, k);
            double x = Py.toDouble(a[0]);
            return checked(f.applyAsDouble(x), x);
        });
    }

    /** math's errors: a NaN from a number is a domain error, an infinity from a finite number a range error. */
    private static double checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Py.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            if (x == 0) {
                throw Py.valueError("math domain error");
            }
            throw Py.error(Types.OVERFLOW_ERROR, "math range error");
        }
        return r;
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    static PyModule time() {
        PyModule m = new PyModule("time");
        def(m, "time", (a, k) -> System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9);
        def(m, "perf_counter", (a, k) -> System.nanoTime() / 1e9);
        def(m, "monotonic", (a, k) -> System.nanoTime() / 1e9);
        def(m, "process_time", (a, k) -> System.nanoTime() / 1e9);
        def(m, "sleep", (a, k) -> {
            try {
                Thread.sleep((long) (Py.toDouble(a[0]) * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Py.error(Types.KEYBOARD_INTERRUPT, null);
            }
            return PyNone.NONE;
        });
        return m;
    }

    static PyModule osPath() {
        PyModule m = new PyModule("posixpath");
        def(m, "join", (a, k) -> {
            String out = Py.str(a[0]);
            for (int i = 1; i < a.length; i++) {
                String part = Py.str(a[i]);
                if (part.startsWith("/")) {
                    out = part;
                } else if (out.isEmpty() || out.endsWith("/")) {
                    out = out + part;
                } else {
                    out = out + "/" + part;
                }
            }
            return out;
        });
        def(m, "dirname", (a, k) -> {
            String p = Py.str(a[0]);
            int i = p.lastIndexOf('/') + 1;
            String head = p.substring(0, i);
            if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
                head = head.replaceAll("/+$", "");
            }
            return head;
        });
        def(m, "basename", (a, k) -> {
            String p = Py.str(a[0]);
            return p.substring(p.lastIndexOf('/') + 1);
        });
        def(m, "exists", (a, k) -> Files.exists(Path.of(Py.str(a[0]))));
        def(m, "isfile", (a, k) -> Files.isRegularFile(Path.of(Py.str(a[0]))));
        def(m, "isdir", (a, k) -> Files.isDirectory(Path.of(Py.str(a[0]))));
        def(m, "abspath", (a, k) -> Path.of(Py.str(a[0])).toAbsolutePath().normalize().toString());
        def(m, "expanduser", (a, k) -> {
            String p = Py.str(a[0]);
            return p.startsWith("~") ? System.getProperty("user.home") + p.substring(1) : p;
        });
        def(m, "splitext", (a, k) -> {
            String p = Py.str(a[0]);
            int dot = p.lastIndexOf('.');
            int slash = p.lastIndexOf('/');
            if (dot <= slash + 1 || dot < 0) {
                return new PyTuple(p, "");
            }
            return new PyTuple(p.substring(0, dot), p.substring(dot));
        });
        def(m, "split", (a, k) -> {
            String p = Py.str(a[0]);
            int i = p.lastIndexOf('/') + 1;
            String head = p.substring(0, i);
            if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
                head = head.replaceAll("/+$", "");
            }
            return new PyTuple(head, p.substring(i));
        });
        m.dict.put("sep", "/");
        return m;
    }

    static PyModule os(PyModule path) {
        PyModule m = new PyModule("os");
        m.dict.put("path", path);
        m.dict.put("sep", "/");
        m.dict.put("linesep", "\n");
        m.dict.put("name", "posix");
        def(m, "getcwd", (a, k) -> Path.of("").toAbsolutePath().toString());
        def(m, "listdir", (a, k) -> {
            String[] names = new File(a.length == 0 ? "." : Py.str(a[0])).list();
            if (names == null) {
                throw Py.error(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: " + Py.repr(a[0]));
            }
            return new PyList(List.of((Object[]) names));
        });
        def(m, "makedirs", (a, k) -> {
            try {
                Files.createDirectories(Path.of(Py.str(a[0])));
            } catch (java.io.IOException e) {
                throw Py.error(Types.OS_ERROR, e.getMessage());
            }
            return PyNone.NONE;
        });
        def(m, "mkdir", (a, k) -> {
            try {
                Files.createDirectory(Path.of(Py.str(a[0])));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw Py.error(Types.FILE_EXISTS_ERROR, "[Errno 17] File exists: " + Py.repr(a[0]));
            } catch (java.io.IOException e) {
                throw Py.error(Types.OS_ERROR, e.getMessage());
            }
            return PyNone.NONE;
        });
        def(m, "remove", (a, k) -> {
            try {
                Files.delete(Path.of(Py.str(a[0])));
            } catch (java.nio.file.NoSuchFileException e) {
                throw Py.error(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: " + Py.repr(a[0]));
            } catch (java.io.IOException e) {
                throw Py.error(Types.OS_ERROR, e.getMessage());
            }
            return PyNone.NONE;
        });
        PyDict env = new PyDict();
        System.getenv().forEach(env::put);
        m.dict.put("environ", env);
        return m;
    }

    static PyModule sys(Importer importer, PyList argv, Output out, Output err) {
        PyModule m = new PyModule("sys");
        m.dict.put("argv", argv);
        m.dict.put("path", importer.path);
        m.dict.put("modules", modulesView(importer));
        m.dict.put("version", "3.11.7 (dezero-j)");
        m.dict.put("platform", "linux");
        m.dict.put("maxsize", Long.MAX_VALUE);
        m.dict.put("stdout", stream("stdout", out));
        m.dict.put("stderr", stream("stderr", err));
        PyTuple version = new PyTuple(3L, 11L, 7L, "final", 0L);
        m.dict.put("version_info", version);
        def(m, "exit", (a, k) -> {
            throw BuiltinFunctions.systemExit(a.length == 0 ? PyNone.NONE : a[0]);
        });
        def(m, "getrecursionlimit", (a, k) -> (long) dezero.lang.runtime.Interpreter.RECURSION_LIMIT);
        def(m, "setrecursionlimit", (a, k) -> PyNone.NONE);
        return m;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static PyDict modulesView(Importer importer) {
        return PyDict.view((java.util.Map) importer.modules());
    }

    private static final PyType STREAM = new PyType("TextIOWrapper", List.of(Types.OBJECT), false);

    /** A text stream with {@code write} and {@code flush}, as {@code sys.stdout}. */
    private static Object stream(String name, Output out) {
        dezero.lang.runtime.PyObject s = new dezero.lang.runtime.PyObject(STREAM);
        s.dict.put("name", "<" + name + ">");
        s.dict.put("write", new Builtin("write", (a, k) -> {
            String text = Py.str(a[0]);
            out.write(text);
            return (long) text.length();
        }));
        s.dict.put("flush", new Builtin("flush", (a, k) -> PyNone.NONE));
        return s;
    }

    private static final PyType CONTEXT = new PyType("_GeneratorContextManager", List.of(Types.OBJECT), false);

    static {
        Types.register(GeneratorContext.class, CONTEXT);
        ContainerMethods.method(CONTEXT, "__enter__", (s, a, k) -> ((GeneratorContext) s).enter());
        ContainerMethods.method(CONTEXT, "__exit__", (s, a, k) -> ((GeneratorContext) s).exit(a[1]));
    }

    /** What a {@code @contextmanager} function returns: enters by running to its yield, exits by finishing it. */
    private record GeneratorContext(Object generator) {
        Object enter() {
            if (!(generator instanceof PyGenerator g)) {
                throw Py.typeError("'" + Py.typeName(generator) + "' object is not an iterator");
            }
            try {
                return g.next();
            } catch (PyException e) {
                if (e.is(Types.STOP_ITERATION)) {
                    throw Py.error(Types.RUNTIME_ERROR, "generator didn't yield");
                }
                throw e;
            }
        }

        Object exit(Object exc) {
            PyGenerator g = (PyGenerator) generator;
            if (exc == PyNone.NONE) {
                try {
                    g.next();
                } catch (PyException e) {
                    if (e.is(Types.STOP_ITERATION)) {
                        return false;
                    }
                    throw e;
                }
                throw Py.error(Types.RUNTIME_ERROR, "generator didn't stop");
            }
            PyException raised = new PyException((dezero.lang.runtime.PyObject) exc);
            try {
                g.throwIn(raised);
            } catch (PyException e) {
                if (e.is(Types.STOP_ITERATION)) {
                    return true;
                }
                if (e.value == raised.value) {
                    return false;
                }
                throw e;
            }
            throw Py.error(Types.RUNTIME_ERROR, "generator didn't stop after throw()");
        }
    }

    static PyModule contextlib() {
        PyModule m = new PyModule("contextlib");
        def(m, "contextmanager", (a, k) -> {
            Object f = a[0];
            return new Builtin(Py.str(Py.getattr(f, "__name__")), (b, kw) -> new GeneratorContext(Py.call(f, b, kw)));
        });
        return m;
    }

    static PyModule weakref() {
        PyModule m = new PyModule("weakref");
        def(m, "ref", (a, k) -> new WeakRef(a[0]));
        m.dict.put("ReferenceType", WeakRef.TYPE);
        return m;
    }
}
