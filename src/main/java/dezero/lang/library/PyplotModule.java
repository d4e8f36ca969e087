package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import dezero.plot.Console;
import dezero.plot.Pyplot;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code import matplotlib.pyplot as plt}: pyplot's calls on a {@link Pyplot} of this program.
 * Loaded only when a program imports it, so a session that never plots loads no charting class.
 */
final class PyplotModule {
    /** What {@code plt.plot} returns one of per line, as matplotlib does: {@code [<matplotlib.lines.Line2D object at ...>]}. */
    private static final PyType LINE2D = new PyType("Line2D", List.of(Types.OBJECT), false);
    private static final PyType FIGURE = new PyType("Figure", List.of(Types.OBJECT), false);

    static {
        LINE2D.module = "matplotlib.lines";
        FIGURE.module = "matplotlib.figure";
        Types.register(dezero.plot.Figure.class, FIGURE);
    }

    private PyplotModule() {}

    static PyModule create(Output out, Output err) {
        Pyplot plt = new Pyplot(stream(out), stream(err), new Supplier<Console>() {
            @Override
            public Console get() {
                return Console.detect();
            }
        }, true);
        PyModule m = new PyModule("matplotlib.pyplot");
        def(m, "figure", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object size = k.getOrDefault("figsize", PyNone.NONE);
                Object dpi = k.getOrDefault("dpi", PyNone.NONE);
                if (a.length > 0 && Py.isInt(a[0])) {
                    return plt.figure((int) Py.index(a[0]));
                }
                if (size == PyNone.NONE) {
                    return plt.figure();
                }
                List<Object> wh = Py.toList(size);
                double w = Py.toDouble(wh.get(0));
                double h = Py.toDouble(wh.get(1));
                return dpi == PyNone.NONE ? plt.figure(w, h) : plt.figure(w, h, Py.toDouble(dpi));
            }
        });
        def(m, "plot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                double[] x = null;
                double[] y;
                String fmt = "";
                if (a.length == 1 || (a.length == 2 && a[1] instanceof String)) {
                    y = doubles(a[0]);
                    if (a.length == 2) {
                        fmt = (String) a[1];
                    }
                } else if (a.length >= 2) {
                    x = doubles(a[0]);
                    y = doubles(a[1]);
                    if (a.length > 2) {
                        fmt = Py.str(a[2]);
                    }
                } else {
                    return new PyList();
                }
                if (x == null) {
                    x = new double[y.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = i;
                    }
                }
                plt.plot(x, y, fmt, kwargs(k));
                PyList lines = new PyList();
                lines.items.add(new PyObject(LINE2D));
                return lines;
            }
        });
        def(m, "scatter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.scatter(doubles(a[0]), doubles(a[1]), kwargs(k));
                return PyNone.NONE;
            }
        });
        def(m, "contourf", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.contourf(matrix(a[0]), matrix(a[1]), matrix(a[2]));
                return PyNone.NONE;
            }
        });
        def(m, "xlabel", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.xlabel(Py.str(a[0]));
                return PyNone.NONE;
            }
        });
        def(m, "ylabel", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.ylabel(Py.str(a[0]));
                return PyNone.NONE;
            }
        });
        def(m, "title", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.title(Py.str(a[0]));
                return PyNone.NONE;
            }
        });
        def(m, "legend", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object loc = a.length > 0 ? a[0] : k.get("loc");
                if (loc instanceof String s) {
                    plt.legend(s);
                } else {
                    plt.legend();
                }
                return PyNone.NONE;
            }
        });
        def(m, "xlim", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return limits(a, k, true, plt);
            }
        });
        def(m, "ylim", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return limits(a, k, false, plt);
            }
        });
        def(m, "grid", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object on = a.length > 0 ? a[0] : k.getOrDefault("visible", k.getOrDefault("b", Boolean.TRUE));
                plt.grid(on == PyNone.NONE || Py.truthy(on));
                return PyNone.NONE;
            }
        });
        def(m, "subplot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 1) {
                    plt.subplot((int) Py.index(a[0]));
                } else {
                    plt.subplot((int) Py.index(a[0]), (int) Py.index(a[1]), (int) Py.index(a[2]));
                }
                return PyNone.NONE;
            }
        });
        def(m, "clf", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.clf();
                return PyNone.NONE;
            }
        });
        def(m, "close", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 0) {
                    plt.close();
                } else if (a[0] instanceof String s) {
                    plt.close(s);
                } else {
                    plt.close((int) Py.index(a[0]));
                }
                return PyNone.NONE;
            }
        });
        def(m, "savefig", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object dpi = k.getOrDefault("dpi", PyNone.NONE);
                String path = Py.str(a.length > 0 ? a[0] : k.get("fname"));
                if (dpi == PyNone.NONE) {
                    plt.savefig(path);
                } else {
                    plt.savefig(path, Py.toDouble(dpi));
                }
                return PyNone.NONE;
            }
        });
        def(m, "get_fignums", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PyList numbers = new PyList();
                plt.fignums().forEach(new Consumer<Integer>() {
                    @Override
                    public void accept(Integer n) {
                        numbers.items.add((long) n);
                    }
                });
                return numbers;
            }
        });
        def(m, "show", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                plt.show();
                return PyNone.NONE;
            }
        });
        return m;
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    private static Object limits(Object[] a, Map<String, Object> k, boolean x, Pyplot plt) {
        if (a.length == 0 && k.isEmpty()) {
            double[] l = x ? plt.xlim() : plt.ylim();
            return new PyTuple(l[0], l[1]);
        }
        double[] now = x ? plt.xlim() : plt.ylim();
        Object left = k.getOrDefault(x ? "left" : "bottom", PyNone.NONE);
        Object right = k.getOrDefault(x ? "right" : "top", PyNone.NONE);
        if (a.length == 1 && !Py.isNumber(a[0]) && a[0] != PyNone.NONE) {
            // xlim((left, right)): matplotlib unpacks the pair
            List<Object> pair = Py.toList(a[0]);
            if (pair.size() != 2) {
                throw Py.valueError(pair.size() < 2 ? "not enough values to unpack (expected 2, got " + pair.size() + ")"
                        : "too many values to unpack (expected 2)");
            }
            left = pair.get(0);
            right = pair.get(1);
        } else if (a.length > 0) {
            if (a.length > 2) {
                throw Py.typeError((x ? "xlim" : "ylim") + "() takes from 0 to 2 positional arguments but " + a.length
                        + " were given");
            }
            left = a[0];
            right = a.length > 1 ? a[1] : right;
        }
        // a limit left out (or None) stays where it was
        double lo = left == PyNone.NONE ? now[0] : Py.toDouble(left);
        double hi = right == PyNone.NONE ? now[1] : Py.toDouble(right);
        if (x) {
            plt.xlim(lo, hi);
        } else {
            plt.ylim(lo, hi);
        }
        return new PyTuple(lo, hi);
    }

    /** An ndarray (any shape, flattened: a (100, 1) column is 100 values), a list or a number as doubles. */
    static double[] doubles(Object v) {
        if (v instanceof Variable var) {
            v = var.data;
        }
        NDArray a = NpArrays.operand(v);
        if (a == null) {
            throw Py.typeError("could not convert " + Py.typeName(v) + " to an array of numbers");
        }
        return a.toArray();
    }

    private static double[][] matrix(Object v) {
        NDArray a = NpArrays.operand(v);
        if (a == null || a.ndim() != 2) {
            throw Py.typeError("Input z must be 2D, not " + (a == null ? 0 : a.ndim()) + "D");
        }
        int rows = a.shape()[0];
        int cols = a.shape()[1];
        double[] d = a.toArray();
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(d, i * cols, out[i], 0, cols);
        }
        return out;
    }

    private static Map<String, Object> kwargs(Map<String, Object> k) {
        Map<String, Object> out = new LinkedHashMap<>();
        k.forEach(new BiConsumer<String, Object>() {
            @Override
            public void accept(String name, Object v) {
                out.put(name, value(v));
            }
        });
        return out;
    }

    private static Object value(Object v) {
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof NpScalar s) {
            return s.array().item();
        }
        if (v instanceof NDArray a) {
            return a.toArray();
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            List<Object> out = new ArrayList<>();
            for (Object o : Py.toList(v)) {
                out.add(value(o));
            }
            return out;
        }
        if (v == PyNone.NONE) {
            return null;
        }
        return v;
    }

    private static PrintStream stream(Output o) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                o.write(new String(b, off, len, StandardCharsets.UTF_8));
            }
        }, true, StandardCharsets.UTF_8);
    }
}
