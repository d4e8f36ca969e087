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
import java.util.function.BiConsumer;
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
        unary(m, "exp", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.exp(v);
            }
        });
        unary(m, "sqrt", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.sqrt(v);
            }
        });
        unary(m, "sin", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.sin(v);
            }
        });
        unary(m, "cos", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.cos(v);
            }
        });
        unary(m, "tan", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.tan(v);
            }
        });
        unary(m, "tanh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.tanh(v);
            }
        });
        unary(m, "sinh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.sinh(v);
            }
        });
        unary(m, "cosh", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.cosh(v);
            }
        });
        unary(m, "atan", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.atan(v);
            }
        });
        unary(m, "asin", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.asin(v);
            }
        });
        unary(m, "acos", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.acos(v);
            }
        });
        unary(m, "log2", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double x) {
                return Math.log(x) / Math.log(2);
            }
        });
        unary(m, "log10", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.log10(v);
            }
        });
        unary(m, "fabs", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.abs(v);
            }
        });
        unary(m, "degrees", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.toDegrees(v);
            }
        });
        unary(m, "radians", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.toRadians(v);
            }
        });
        unary(m, "expm1", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.expm1(v);
            }
        });
        unary(m, "log1p", new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return Math.log1p(v);
            }
        });
        def(m, "log", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                double x = checked(Math.log(Py.toDouble(a[0])), Py.toDouble(a[0]));
                if (a.length > 1) {
                    return x / checked(Math.log(Py.toDouble(a[1])), Py.toDouble(a[1]));
                }
                return x;
            }
        });
        def(m, "pow", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Math.pow(Py.toDouble(a[0]), Py.toDouble(a[1]));
            }
        });
        def(m, "atan2", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Math.atan2(Py.toDouble(a[0]), Py.toDouble(a[1]));
            }
        });
        def(m, "hypot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Math.hypot(Py.toDouble(a[0]), Py.toDouble(a[1]));
            }
        });
        def(m, "copysign", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Math.copySign(Py.toDouble(a[0]), Py.toDouble(a[1]));
            }
        });
        def(m, "floor", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt(Math.floor(Py.toDouble(a[0])));
            }
        });
        def(m, "ceil", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt(Math.ceil(Py.toDouble(a[0])));
            }
        });
        def(m, "trunc", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Py.isInt(a[0]) ? PyInt.of(a[0]) : toInt((double) (long) Py.toDouble(a[0]));
            }
        });
        def(m, "isnan", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Double.isNaN(Py.toDouble(a[0]));
            }
        });
        def(m, "isinf", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Double.isInfinite(Py.toDouble(a[0]));
            }
        });
        def(m, "isfinite", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Double.isFinite(Py.toDouble(a[0]));
            }
        });
        def(m, "factorial", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
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
            }
        });
        def(m, "gcd", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                BigInteger g = BigInteger.ZERO;
                for (Object o : a) {
                    g = g.gcd(PyInt.big(PyInt.of(o)));
                }
                return PyInt.normalize(g);
            }
        });
        def(m, "isclose", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
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
            }
        });
        def(m, "fsum", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                java.math.BigDecimal s = java.math.BigDecimal.ZERO;
                for (Object o : Py.toList(a[0])) {
                    s = s.add(new java.math.BigDecimal(Py.toDouble(o)));
                }
                return s.doubleValue();
            }
        });
        def(m, "prod", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object r = 1L;
                for (Object o : Py.toList(a[0])) {
                    r = dezero.lang.runtime.Ops.binary("*", r, o);
                }
                return r;
            }
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
        def(m, name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                BuiltinFunctions.one(name, a, k);
                double x = Py.toDouble(a[0]);
                return checked(f.applyAsDouble(x), x);
            }
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
        def(m, "time", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9;
            }
        });
        def(m, "perf_counter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return System.nanoTime() / 1e9;
            }
        });
        def(m, "monotonic", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return System.nanoTime() / 1e9;
            }
        });
        def(m, "process_time", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return System.nanoTime() / 1e9;
            }
        });
        def(m, "sleep", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                try {
                    Thread.sleep((long) (Py.toDouble(a[0]) * 1000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw Py.error(Types.KEYBOARD_INTERRUPT, null);
                }
                return PyNone.NONE;
            }
        });
        return m;
    }

    static PyModule osPath() {
        PyModule m = new PyModule("posixpath");
        def(m, "join", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
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
            }
        });
        def(m, "dirname", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String p = Py.str(a[0]);
                int i = p.lastIndexOf('/') + 1;
                String head = pathHead(p, i);
                return head;
            }
        });
        def(m, "basename", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String p = Py.str(a[0]);
                return p.substring(p.lastIndexOf('/') + 1);
            }
        });
        def(m, "exists", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Files.exists(Path.of(Py.str(a[0])));
            }
        });
        def(m, "isfile", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Files.isRegularFile(Path.of(Py.str(a[0])));
            }
        });
        def(m, "isdir", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Files.isDirectory(Path.of(Py.str(a[0])));
            }
        });
        def(m, "abspath", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Path.of(Py.str(a[0])).toAbsolutePath().normalize().toString();
            }
        });
        def(m, "expanduser", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String p = Py.str(a[0]);
                return p.startsWith("~") ? System.getProperty("user.home") + p.substring(1) : p;
            }
        });
        def(m, "splitext", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String p = Py.str(a[0]);
                int dot = p.lastIndexOf('.');
                int slash = p.lastIndexOf('/');
                if (dot <= slash + 1 || dot < 0) {
                    return new PyTuple(p, "");
                }
                return new PyTuple(p.substring(0, dot), p.substring(dot));
            }
        });
        def(m, "split", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String p = Py.str(a[0]);
                int i = p.lastIndexOf('/') + 1;
                String head = pathHead(p, i);
                return new PyTuple(head, p.substring(i));
            }
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
        def(m, "getcwd", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return Path.of("").toAbsolutePath().toString();
            }
        });
        def(m, "listdir", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String[] names = new File(a.length == 0 ? "." : Py.str(a[0])).list();
                if (names == null) {
                    throw Py.error(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: " + Py.repr(a[0]));
                }
                return new PyList(List.of((Object[]) names));
            }
        });
        def(m, "makedirs", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                try {
                    Files.createDirectories(Path.of(Py.str(a[0])));
                } catch (java.io.IOException e) {
                    throw Py.error(Types.OS_ERROR, e.getMessage());
                }
                return PyNone.NONE;
            }
        });
        def(m, "mkdir", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                try {
                    Files.createDirectory(Path.of(Py.str(a[0])));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    throw Py.error(Types.FILE_EXISTS_ERROR, "[Errno 17] File exists: " + Py.repr(a[0]));
                } catch (java.io.IOException e) {
                    throw Py.error(Types.OS_ERROR, e.getMessage());
                }
                return PyNone.NONE;
            }
        });
        def(m, "remove", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                try {
                    Files.delete(Path.of(Py.str(a[0])));
                } catch (java.nio.file.NoSuchFileException e) {
                    throw Py.error(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: " + Py.repr(a[0]));
                } catch (java.io.IOException e) {
                    throw Py.error(Types.OS_ERROR, e.getMessage());
                }
                return PyNone.NONE;
            }
        });
        PyDict env = new PyDict();
        System.getenv().forEach(new BiConsumer<String, String>() {
            @Override
            public void accept(String v0, String v1) {
                env.put(v0, v1);
            }
        });
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
        def(m, "exit", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                throw BuiltinFunctions.systemExit(a.length == 0 ? PyNone.NONE : a[0]);
            }
        });
        def(m, "getrecursionlimit", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return (long) dezero.lang.runtime.Interpreter.RECURSION_LIMIT;
            }
        });
        def(m, "setrecursionlimit", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return PyNone.NONE;
            }
        });
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
        s.dict.put("write", new Builtin("write", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                String text = Py.str(a[0]);
                out.write(text);
                return (long) text.length();
            }
        }));
        s.dict.put("flush", new Builtin("flush", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return PyNone.NONE;
            }
        }));
        return s;
    }

    private static final PyType CONTEXT = new PyType("_GeneratorContextManager", List.of(Types.OBJECT), false);

    static {
        Types.register(GeneratorContext.class, CONTEXT);
        ContainerMethods.method(CONTEXT, "__enter__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return ((GeneratorContext) s).enter();
            }
        });
        ContainerMethods.method(CONTEXT, "__exit__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return ((GeneratorContext) s).exit(a[1]);
            }
        });
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
        def(m, "contextmanager", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object f = a[0];
                return new Builtin(Py.str(Py.getattr(f, "__name__")), new Builtin.Body() {
                    @Override
                    public Object call(Object[] b, java.util.Map<String, Object> kw) {
                        return new GeneratorContext(Py.call(f, b, kw));
                    }
                });
            }
        });
        return m;
    }

    static PyModule weakref() {
        PyModule m = new PyModule("weakref");
        def(m, "ref", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return new WeakRef(a[0]);
            }
        });
        m.dict.put("ReferenceType", WeakRef.TYPE);
        return m;
    }

    /**
     * posixpath's head of {@code p} split after index {@code i} (just after its last slash): the
     * text before it, without trailing slashes unless it is all slashes ({@code "/"}, {@code "//"}).
     */
    private static String pathHead(String p, int i) {
        String head = p.substring(0, i);
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? head : head.substring(0, end);
    }
}
