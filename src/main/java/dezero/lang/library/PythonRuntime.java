package dezero.lang.library;

import dezero.lang.runtime.Importer;
import dezero.lang.runtime.Interpreter;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import dezero.lang.syntax.PySyntaxError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Python of dezero-j: an interpreter with Python's builtins and the modules the book imports
 * (numpy, math, dezero, ...), writing to the given outputs. Runs a {@code .py} file as
 * {@code python3 FILE} does.
 */
public final class PythonRuntime {
    private final Interpreter interpreter;
    private final PyModule main;
    private final Output out;
    private final Output err;

    static {
        Texts.install();
        EngineErrors.install();
    }

    public PythonRuntime(Output out, Output err, List<String> argv) {
        this(out, err, argv, new java.util.LinkedHashMap<>());
    }

    /** A runtime whose {@code __main__} keeps its names in {@code mainDict} (the REPL watches it). */
    public PythonRuntime(Output out, Output err, List<String> argv, java.util.LinkedHashMap<String, Object> mainDict) {
        this.out = out;
        this.err = err;
        PyModule builtins = new PyModule("builtins");
        BuiltinFunctions.install(builtins, out);
        BuiltinFunctions.installDescriptors(builtins);
        BuiltinTypes.install(builtins);
        Map<String, Supplier<PyModule>> modules = new LinkedHashMap<>();
        Importer importer = new Importer(modules);
        PyList argvList = new PyList();
        argvList.items.addAll(argv);
        // Made on first import, as the other modules: each of their functions is a lambda, and
        // linking one costs about 0.1 ms of a start.
        Supplier<PyModule> osPath = memo(new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.osPath();
            }
        });
        modules.put("math", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.math();
            }
        });
        modules.put("time", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.time();
            }
        });
        modules.put("os", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.os(osPath.get());
            }
        });
        modules.put("os.path", osPath);
        modules.put("sys", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.sys(importer, argvList, out, err);
            }
        });
        modules.put("contextlib", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.contextlib();
            }
        });
        modules.put("weakref", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return StdModules.weakref();
            }
        });
        modules.put("builtins", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return builtins;
            }
        });
        modules.put("unittest", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return pythonModule("unittest", "unittest");
            }
        });
        Supplier<PyModule> pyplot = memo(new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return PyplotModule.create(out, err);
            }
        });
        modules.put("matplotlib.pyplot", pyplot);
        modules.put("matplotlib", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return new PyModule("matplotlib");
            }
        });
        Supplier<PyModule> utils = memo(new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return pythonModule("dezero_utils", "dezero.utils");
            }
        });
        modules.put("dezero.utils", utils);
        Modules.register(modules, importer, utils);
        interpreter = new Interpreter(builtins, importer);
        main = new PyModule("__main__", mainDict);
        main.dict.put("__builtins__", builtins);
        importer.put("__main__", main);
    }

    /** The name tracebacks give the library's own Python modules; their frames are left out of reports. */
    static final String LIBRARY_FILE = "<dezero-j library>";

    /** A module of the library written in Python (a resource beside this class), run once on first import. */
    private PyModule pythonModule(String resource, String name) {
        PyModule m = new PyModule(name);
        m.dict.put("_run_dot", GraphPicture.RUN_DOT);
        m.dict.put("__builtins__", interpreter.builtins());
        m.dict.put("_traceback_text", new dezero.lang.runtime.Builtin("_traceback_text", new dezero.lang.runtime.Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object tb = a[0] instanceof dezero.lang.runtime.PyObject o ? o.dict.get("__traceback__") : null;
                if (tb instanceof PyException e) {
                    return Traceback.format(e, interpreter);
                }
                return Traceback.lastLine((dezero.lang.runtime.PyObject) a[0]) + "\n";
            }
        }));
        interpreter.importer().put(name, m);
        try (java.io.InputStream in = PythonRuntime.class.getResourceAsStream(resource + ".py")) {
            String source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            interpreter.run(source, LIBRARY_FILE + "/" + name, m);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    private static Supplier<PyModule> memo(Supplier<PyModule> make) {
        PyModule[] made = new PyModule[1];
        return new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                if (made[0] == null) {
                    made[0] = make.get();
                }
                return made[0];
            }
        };
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** The {@code __main__} module: the program's globals. */
    public PyModule main() {
        return main;
    }

    /**
     * {@code python -m unittest [MODULE...]} or {@code discover [-s DIR] [-p PATTERN]}: imports the
     * test modules (from the working directory) and runs their TestCase classes; the exit status as
     * Python's.
     */
    public int runTests(List<String> args) {
        String code = TestDiscovery.program(args);
        return runFile(java.nio.file.Path.of("").toAbsolutePath().resolve("<unittest>").toString(), code);
    }

    /**
     * Runs a program as {@code python3 FILE}: its own output only; an uncaught exception prints
     * CPython's traceback on the error output. Returns the exit status (0, 1, or SystemExit's code).
     */
    public int runFile(String filename, String source) {
        main.dict.put("__file__", filename);
        String dir = filename.contains("/") ? filename.substring(0, filename.lastIndexOf('/')) : "";
        interpreter.importer().path.items.add(0, dir);
        try {
            interpreter.run(source, filename, main);
            return 0;
        } catch (PySyntaxError e) {
            err.write(Traceback.syntaxError(e, filename, interpreter.sourceLine(filename, e.pos().line())));
            return 1;
        } catch (PyException e) {
            if (Traceback.isSystemExit(e)) {
                Object code = e.value.dict.getOrDefault("code", PyNone.NONE);
                if (code == PyNone.NONE) {
                    return 0;
                }
                if (Py.isInt(code)) {
                    return (int) Py.index(code);
                }
                err.write(Py.str(code) + "\n");
                return 1;
            }
            err.write(Traceback.format(e, interpreter));
            return e.is(Types.KEYBOARD_INTERRUPT) ? 130 : 1;
        }
    }
}
