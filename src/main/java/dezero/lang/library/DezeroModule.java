package dezero.lang.library;

import dezero.core.Config;
import dezero.core.Variable;
import dezero.functions.Op;
import dezero.functions.Ops;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** DeZero's modules: {@code dezero}, {@code dezero.core}, {@code dezero.functions} (F), {@code dezero.utils}, {@code dezero.cuda}. */
final class DezeroModule {
    private static final PyType CONFIG_SCOPE = new PyType("_GeneratorContextManager", List.of(Types.OBJECT), false);
    private static final PyType CONFIG_TYPE = new PyType("Config", List.of(Types.OBJECT), false);

    static {
        CONFIG_SCOPE.module = "contextlib";
        CONFIG_TYPE.module = "dezero.core";
        Types.register(ConfigScope.class, CONFIG_SCOPE);
        ContainerMethods.method(CONFIG_SCOPE, "__enter__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return ((ConfigScope) s).enter();
            }
        });
        ContainerMethods.method(CONFIG_SCOPE, "__exit__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return ((ConfigScope) s).exit();
            }
        });
        CONFIG_TYPE.dict.put("enable_backprop", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object c) {
                return Config.isBackpropEnabled();
            }
        },
                new BiConsumer<Object, Object>() {
                    @Override
                    public void accept(Object c, Object v) {
                        Config.setBackpropEnabled(Py.truthy(v));
                    }
                }));
        CONFIG_TYPE.dict.put("train", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object c) {
                return Config.isTrain();
            }
        }, new BiConsumer<Object, Object>() {
            @Override
            public void accept(Object c, Object v) {
                Config.setTrain(Py.truthy(v));
            }
        }));
    }

    private DezeroModule() {}

    /** {@code with using_config('enable_backprop', False):}: sets a Config value inside the block. */
    private static final class ConfigScope {
        private final Supplier<Config.Scope> open;
        private Config.Scope scope;

        ConfigScope(Supplier<Config.Scope> open) {
            this.open = open;
        }

        Object enter() {
            scope = open.get();
            return PyNone.NONE;
        }

        Object exit() {
            if (scope != null) {
                scope.close();
                scope = null;
            }
            return false;
        }
    }

    static void register(Map<String, Supplier<PyModule>> modules, PyModule numpy, Supplier<PyModule> utils) {
        PyModule core = core();
        PyModule functions = functions(core);
        PyModule cuda = cuda(numpy);
        modules.put("dezero.core", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return core;
            }
        });
        modules.put("dezero.core_simple", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return core;
            }
        });
        modules.put("dezero.functions", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return functions;
            }
        });
        modules.put("dezero.cuda", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return cuda;
            }
        });
        modules.put("dezero", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                PyModule m = new PyModule("dezero");
                for (String name : List.of("Variable", "Parameter", "Function", "using_config", "no_grad", "test_mode",
                        "as_array", "as_variable", "setup_variable", "Config")) {
                    m.dict.put(name, core.dict.get(name));
                }
                for (String sub : List.of("layers", "models", "optimizers", "datasets", "dataloaders", "transforms")) {
                    m.dict.put(sub, modules.get("dezero." + sub).get());
                }
                PyModule loaders = (PyModule) m.dict.get("dataloaders");
                m.dict.put("Layer", ((PyModule) m.dict.get("layers")).dict.get("Layer"));
                m.dict.put("Model", ((PyModule) m.dict.get("models")).dict.get("Model"));
                m.dict.put("Dataset", ((PyModule) m.dict.get("datasets")).dict.get("Dataset"));
                m.dict.put("DataLoader", loaders.dict.get("DataLoader"));
                m.dict.put("SeqDataLoader", loaders.dict.get("SeqDataLoader"));
                m.dict.put("core", core);
                m.dict.put("core_simple", core);
                m.dict.put("functions", functions);
                m.dict.put("__getattr__", new Builtin("__getattr__", new Builtin.Body() {
                    @Override
                    public Object call(Object[] a, Map<String, Object> k) {
                        if (a[0].equals("utils")) {
                            PyModule u = utils.get();
                            m.dict.put("utils", u);
                            return u;
                        }
                        throw Py.noAttributeError(m, (String) a[0]);
                    }
                }));
                m.dict.put("is_simple_core", false);
                m.dict.put("cuda", cuda);
                m.dict.put("__version__", "0.0.13");
                return m;
            }
        });
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    private static PyModule core() {
        PyModule m = new PyModule("dezero.core");
        m.dict.put("Variable", DezeroTypes.VARIABLE);
        m.dict.put("Parameter", DezeroTypes.PARAMETER);
        m.dict.put("Function", DezeroTypes.FUNCTION);
        m.dict.put("Config", new PyObject(CONFIG_TYPE));
        def(m, "using_config", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("using_config", "name", "value").bind(a, k);
                String name = Py.str(b[0]);
                boolean value = Py.truthy(b[1]);
                if (!Config.NAMES.contains(name)) {
                    throw Py.attributeError("type object 'Config' has no attribute '" + name + "'");
                }
                return new ConfigScope(new Supplier<Config.Scope>() {
                    @Override
                    public Config.Scope get() {
                        return Config.using(name, value);
                    }
                });
            }
        });
        def(m, "no_grad", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new ConfigScope(new Supplier<Config.Scope>() {
                    @Override
                    public Config.Scope get() {
                        return Config.noGrad();
                    }
                });
            }
        });
        def(m, "test_mode", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new ConfigScope(new Supplier<Config.Scope>() {
                    @Override
                    public Config.Scope get() {
                        return Config.testMode();
                    }
                });
            }
        });
        def(m, "as_array", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return DezeroTypes.asArray(BuiltinFunctions.one("as_array", a, k));
            }
        });
        def(m, "as_variable", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return DezeroTypes.asVariable(BuiltinFunctions.one("as_variable", a, k));
            }
        });
        def(m, "setup_variable", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        });
        for (String op : List.of("add", "sub", "mul", "div", "neg", "pow")) {
            m.dict.put(op, opBuiltin(Ops.get(op).orElseThrow()));
        }
        def(m, "rsub", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return dezero.functions.Functions.sub(DezeroTypes.asVariable(a[1]), DezeroTypes.asVariable(a[0]));
            }
        });
        def(m, "rdiv", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return dezero.functions.Functions.div(DezeroTypes.asVariable(a[1]), DezeroTypes.asVariable(a[0]));
            }
        });
        return m;
    }

    private static PyModule functions(PyModule core) {
        PyModule m = new PyModule("dezero.functions");
        for (Op op : Ops.ALL) {
            m.dict.put(op.name(), opBuiltin(op));
        }
        m.dict.put("Variable", DezeroTypes.VARIABLE);
        m.dict.put("Function", DezeroTypes.FUNCTION);
        // DeZero's conversions take numpy scalars too, which the Java facade does not know: keep
        // the language's own, with the registry's help.
        for (String name : List.of("as_variable", "as_array")) {
            Builtin own = (Builtin) core.dict.get(name);
            own.doc = ((Builtin) m.dict.get(name)).doc;
            m.dict.put(name, own);
        }
        return m;
    }

    /** A function of DeZero's {@code F} as a builtin: arguments bound by the op's parameters. */
    static Builtin opBuiltin(Op op) {
        PyArguments.Binder binder = new PyArguments.Binder(op);
        Builtin b = new Builtin(op.name(), new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PyArguments args = binder.bind(a, k);
                Object r = op.invoker().invoke(args);
                return r instanceof Variable || r == null ? DezeroTypes.toPython(r) : r;
            }
        });
        b.doc = op.signature() + "\n" + op.doc() + "\nExample: " + op.example();
        return b;
    }

    private static PyModule cuda(PyModule numpy) {
        PyModule m = new PyModule("dezero.cuda");
        m.dict.put("gpu_enable", false);
        def(m, "get_array_module", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return numpy;
            }
        });
        def(m, "as_numpy", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0] instanceof Variable v ? v.data : a[0];
            }
        });
        def(m, "as_cupy", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.exception("RuntimeError"), "CuPy cannot be loaded. Install CuPy!");
            }
        });
        return m;
    }
}
