package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.Variable;
import dezero.dataloaders.DataLoader;
import dezero.dataloaders.SeqDataLoader;
import dezero.datasets.Compose;
import dezero.datasets.Dataset;
import dezero.datasets.Example;
import dezero.datasets.MNIST;
import dezero.datasets.Normalize;
import dezero.datasets.SinCurve;
import dezero.datasets.Spiral;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import dezero.layers.BatchNorm;
import dezero.layers.EmbedID;
import dezero.layers.LSTM;
import dezero.layers.Layer;
import dezero.layers.Linear;
import dezero.layers.RNN;
import dezero.models.MLP;
import dezero.models.Model;
import dezero.models.Sequential;
import dezero.optimizers.AdaDelta;
import dezero.optimizers.AdaGrad;
import dezero.optimizers.Adam;
import dezero.optimizers.ClipGrad;
import dezero.optimizers.FreezeParam;
import dezero.optimizers.MomentumSGD;
import dezero.optimizers.Optimizer;
import dezero.optimizers.SGD;
import dezero.optimizers.WeightDecay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * DeZero's layers, models, optimizers, datasets and data loaders in the language. A user class
 * may derive from {@code Layer}, {@code Model} or {@code Dataset}: its instances carry a Java
 * peer ({@link PythonModel}, {@link PythonDataset}) that calls the Python methods back.
 */
final class LibraryBinding {
    static final PyType LAYER = type("Layer", "dezero.layers", Types.OBJECT);
    static final PyType MODEL = type("Model", "dezero.models", LAYER);
    static final PyType OPTIMIZER = type("Optimizer", "dezero.optimizers", Types.OBJECT);
    static final PyType DATASET = type("Dataset", "dezero.datasets", Types.OBJECT);
    static final PyType DATALOADER = type("DataLoader", "dezero.dataloaders", Types.OBJECT);

    static {
        Types.register(Layer.class, LAYER);
        Types.register(Model.class, MODEL);
        Types.register(Optimizer.class, OPTIMIZER);
        Types.register(Dataset.class, DATASET);
        Types.register(DataLoader.class, DATALOADER);
        LAYER.peerFactory = new PyType.PeerFactory() {
            @Override
            public Object create(PyObject v) {
                return new PythonModel(v);
            }
        };
        DATASET.peerFactory = new PyType.PeerFactory() {
            @Override
            public Object create(PyObject v) {
                return new PythonDataset(v);
            }
        };
        layerMethods();
        javaAttributes(LAYER);
        javaAttributes(OPTIMIZER);
        javaAttributes(DATASET);
        javaAttributes(DATALOADER);
        optimizerMethods();
        datasetMethods();
        loaderMethods();
    }

    private LibraryBinding() {}

    private static PyType type(String name, String module, PyType base) {
        PyType t = new PyType(name, List.of(base), false);
        t.module = module;
        return t;
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

    /** A class of the library whose constructor is {@code body}. */
    private static PyType javaClass(PyModule m, String name, PyType base, Class<?> javaClass, Builtin.Body body) {
        PyType t = type(name, m.name, base);
        t.dict.put("__construct__", new Builtin(name, body));
        Types.register(javaClass, t);
        m.dict.put(name, t);
        if (base == LAYER || base == MODEL) {
            layerSubclassing(t, body);
        }
        return t;
    }

    /**
     * A program's class deriving from this library layer ({@code class MyLinear(L.Linear)}): its
     * {@code __init__} (or {@code super().__init__(...)}) builds the Java layer with the base's
     * constructor, whose parameters the instance then holds as its own (so {@code self.W},
     * {@code params()} and the optimizer see them), and {@code forward} (or
     * {@code super().forward(x)} from an overriding one) runs that layer's forward.
     */
    private static void layerSubclassing(PyType t, Builtin.Body construct) {
        t.dict.put("__init__", new Builtin("__init__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a[0] instanceof PyObject self && self.peer instanceof PythonModel model) {
                    Layer base = (Layer) construct.call(java.util.Arrays.copyOfRange(a, 1, a.length), k);
                    model.base = base;
                    for (String name : base.names()) {
                        model.setattr(name, base.getattr(name));
                    }
                }
                return PyNone.NONE;
            }
        }));
        t.dict.put("forward", new Builtin("forward", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Layer l = layer(a[0]);
                if (a.length < 2) {
                    throw Py.typeError(Py.typeName(a[0]) + ".forward() missing 1 required positional argument: 'x'");
                }
                Layer target = l instanceof PythonModel m && m.base != null ? m.base : l;
                Variable[] xs = DezeroTypes.argumentVariables(a);
                return target.forward(xs);
            }
        }));
    }

    // ---- conversions ----

    static Layer layer(Object v) {
        if (v instanceof Layer l) {
            return l;
        }
        if (v instanceof PyObject o && o.peer instanceof Layer l) {
            return l;
        }
        throw Py.typeError("expected a Layer, got " + Py.typeName(v));
    }

    static Dataset dataset(Object v) {
        if (v instanceof Dataset d) {
            return d;
        }
        if (v instanceof PyObject o && o.peer instanceof Dataset d) {
            return d;
        }
        throw Py.typeError("expected a Dataset, got " + Py.typeName(v));
    }

    /** A Python callable as the activation of an MLP. */
    static UnaryOperator<Variable> activation(Object f) {
        return new UnaryOperator<Variable>() {
            @Override
            public Variable apply(Variable x) {
                return DezeroTypes.asVariable(Py.call(f, x));
            }
        };
    }

    /** A Python callable (or None) as a dataset transform. */
    static UnaryOperator<NDArray> transform(Object f) {
        if (f == PyNone.NONE) {
            return null;
        }
        if (f instanceof UnaryOperator<?> u) {
            @SuppressWarnings("unchecked")
            UnaryOperator<NDArray> t = (UnaryOperator<NDArray>) u;
            return t;
        }
        return new UnaryOperator<NDArray>() {
            @Override
            public NDArray apply(NDArray x) {
                return NpArrays.operand(Py.call(f, x));
            }
        };
    }

    // ---- layers ----

    private static void layerMethods() {
        PyType t = LAYER;
        t.dict.put("__setattr__", new Builtin("__setattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object self = a[0];
                String name = (String) a[1];
                Object value = a[2];
                Object registered = value instanceof PyObject o && o.peer instanceof Layer l ? l : value;
                if (self instanceof PyObject o) {
                    o.dict.put(name, value);
                    ((Layer) o.peer).setattr(name, registered);
                } else if (!JavaAttributes.set(self, name, value)) {
                    layer(self).setattr(name, registered);
                }
                return PyNone.NONE;
            }
        }));
        t.dict.put("__call__", new Builtin("__call__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Variable[] xs = DezeroTypes.argumentVariables(a);
                return layer(a[0]).apply(xs);
            }
        }));
        t.dict.put("forward", new Builtin("forward", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                throw Py.error(Types.NOT_IMPLEMENTED_ERROR, null);
            }
        }));
        t.dict.put("params", new Builtin("params", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new PyIterator(new ArrayList<Object>(
                    layer(a[0]).params()).iterator(), "generator");
            }
        }));
        t.dict.put("cleargrads", new Builtin("cleargrads", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                layer(a[0]).cleargrads();
                return PyNone.NONE;
            }
        }));
        t.dict.put("to_cpu", new Builtin("to_cpu", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0];
            }
        }));
        t.dict.put("to_gpu", new Builtin("to_gpu", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0];
            }
        }));
        t.dict.put("save_weights", new Builtin("save_weights", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                layer(a[0]).saveWeights(weightsPath("save_weights", a));
                return PyNone.NONE;
            }
        }));
        t.dict.put("load_weights", new Builtin("load_weights", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                layer(a[0]).loadWeights(weightsPath("load_weights", a));
                return PyNone.NONE;
            }
        }));
        MODEL.dict.put("plot", new Builtin("plot", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length < 2) {
                    // plot runs the model's forward on its inputs, as DeZero's does
                    throw Py.typeError(Py.typeName(a[0]) + ".forward() missing 1 required positional argument: 'x'");
                }
                Variable[] xs = DezeroTypes.argumentVariables(a);
                String file = (String) k.getOrDefault("to_file", "model.png");
                ((Model) layer(a[0])).plot(file, xs);
                return PyNone.NONE;
            }
        }));
    }

    /** Public fields and registered parts as attributes ({@code model.l1}, {@code optimizer.lr}). */
    private static void javaAttributes(PyType t) {
        t.dict.put("__getattr__", new Builtin("__getattr__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object self = a[0];
                String name = (String) a[1];
                Object peer = self instanceof PyObject o ? o.peer : self;
                if (peer instanceof Layer l && l.names().contains(name)) {
                    return JavaAttributes.toPython(l.getattr(name));
                }
                Object v = peer == null ? null : JavaAttributes.get(peer, name);
                if (v == null && peer instanceof PythonModel m && m.base != null) {
                    v = JavaAttributes.get(m.base, name); // a subclass of L.Linear reads self.out_size
                }
                if (v == null) {
                    throw Py.noAttributeError(self, name);
                }
                return v;
            }
        }));
        if (t != LAYER) {
            t.dict.put("__setattr__", new Builtin("__setattr__", new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    if (a[0] instanceof PyObject o) {
                        o.dict.put((String) a[1], a[2]);
                    } else if (!JavaAttributes.set(a[0], (String) a[1], a[2])) {
                        throw Py.attributeError("'" + Py.typeName(a[0]) + "' object has no attribute '" + a[1] + "'");
                    }
                    return PyNone.NONE;
                }
            }));
        }
    }

    static PyModule layers() {
        PyModule m = new PyModule("dezero.layers");
        m.dict.put("Layer", LAYER);
        m.dict.put("Parameter", DezeroTypes.PARAMETER);
        javaClass(m, "Linear", LAYER, Linear.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("Linear", "out_size", "nobias=False", "dtype=None", "in_size=None").bind(a, k);
                int out = (int) Py.index(b[0]);
                Integer in = b[3] == PyNone.NONE ? null : (int) Py.index(b[3]);
                return Py.truthy(b[1]) ? Linear.withoutBias(out, in) : new Linear(out, in);
            }
        });
        javaClass(m, "EmbedID", LAYER, EmbedID.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new EmbedID((int) Py.index(a[0]), (int) Py.index(a[1]));
            }
        });
        javaClass(m, "BatchNorm", LAYER, BatchNorm.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new BatchNorm();
            }
        });
        javaClass(m, "RNN", LAYER, RNN.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("RNN", "hidden_size", "in_size=None").bind(a, k);
                return new RNN((int) Py.index(b[0]), b[1] == PyNone.NONE ? null : (int) Py.index(b[1]));
            }
        }).dict.put("reset_state", new Builtin("reset_state", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ((RNN) a[0]).resetState();
                return PyNone.NONE;
            }
        }));
        javaClass(m, "Conv2d", LAYER, dezero.layers.Conv2d.class, convolution("Conv2d",
                new ConvolutionFactory() {
                    @Override
                    public Layer create(int v0, int[] v1, int[] v2, int[] v3, dezero.core.DType v4, Integer v5) {
                        return new dezero.layers.Conv2d(v0, v1, v2, v3, v4, v5);
                    }
                }, new ConvolutionFactory() {
                    @Override
                    public Layer create(int v0, int[] v1, int[] v2, int[] v3, dezero.core.DType v4, Integer v5) {
                        return dezero.layers.Conv2d.withoutBias(v0, v1, v2, v3, v4, v5);
                    }
                }));
        javaClass(m, "Deconv2d", LAYER, dezero.layers.Deconv2d.class, convolution("Deconv2d",
                new ConvolutionFactory() {
                    @Override
                    public Layer create(int v0, int[] v1, int[] v2, int[] v3, dezero.core.DType v4, Integer v5) {
                        return new dezero.layers.Deconv2d(v0, v1, v2, v3, v4, v5);
                    }
                }, new ConvolutionFactory() {
                    @Override
                    public Layer create(int v0, int[] v1, int[] v2, int[] v3, dezero.core.DType v4, Integer v5) {
                        return dezero.layers.Deconv2d.withoutBias(v0, v1, v2, v3, v4, v5);
                    }
                }));
        javaClass(m, "LSTM", LAYER, LSTM.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("LSTM", "hidden_size", "in_size=None").bind(a, k);
                return new LSTM((int) Py.index(b[0]), b[1] == PyNone.NONE ? null : (int) Py.index(b[1]));
            }
        }).dict.put("reset_state", new Builtin("reset_state", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ((LSTM) a[0]).resetState();
                return PyNone.NONE;
            }
        }));
        return m;
    }

    /** A convolution layer's constructor ({@code Conv2d}, {@code Deconv2d}). */
    private interface ConvolutionFactory {
        Layer create(int outChannels, int[] kernel, int[] stride, int[] pad, dezero.core.DType dtype, Integer in);
    }

    /** DeZero's {@code (out_channels, kernel_size, stride=1, pad=0, nobias=False, dtype=np.float32, in_channels=None)}. */
    private static Builtin.Body convolution(String name, ConvolutionFactory withBias, ConvolutionFactory noBias) {
        return new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of(name, "out_channels", "kernel_size", "stride=1", "pad=0", "nobias=False",
                        "dtype=None", "in_channels=None").bind(a, k);
                dezero.core.DType dtype = b[5] == PyNone.NONE ? dezero.core.DType.FLOAT32 : NpArrays.dtype(b[5]);
                Integer in = b[6] == PyNone.NONE ? null : (int) Py.index(b[6]);
                return (Py.truthy(b[4]) ? noBias : withBias).create((int) Py.index(b[0]), pair(b[1]), pair(b[2]),
                        pair(b[3]), dtype, in);
            }
        };
    }

    /** An int or a pair, as DeZero's {@code pair}. */
    private static int[] pair(Object v) {
        int[] p = NpArrays.shape(v);
        return p.length == 1 ? new int[] {p[0], p[0]} : p;
    }

    static PyModule models() {
        PyModule m = new PyModule("dezero.models");
        m.dict.put("Model", MODEL);
        javaClass(m, "MLP", MODEL, MLP.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("MLP", "fc_output_sizes", "activation=None").bind(a, k);
                List<Object> sizes = Py.toList(b[0]);
                int[] s = new int[sizes.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = (int) Py.index(sizes.get(i));
                }
                return b[1] == PyNone.NONE ? new MLP(s) : new MLP(activation(b[1]), s);
            }
        });
        javaClass(m, "Sequential", MODEL, Sequential.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Layer[] layers = new Layer[a.length];
                for (int i = 0; i < a.length; i++) {
                    layers[i] = layer(a[i]);
                }
                return new Sequential(layers);
            }
        });
        return m;
    }

    // ---- optimizers ----

    private static void optimizerMethods() {
        PyType t = OPTIMIZER;
        t.dict.put("setup", new Builtin("setup", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ((Optimizer) a[0]).setup(layer(a[1]));
                return a[0];
            }
        }));
        t.dict.put("hooks", dezero.lang.runtime.Property.of(new Function<Object, Object>() {
            @Override
            public Object apply(Object o) {
                return new HookList(((Optimizer) o).hooks());
            }
        }));
        t.dict.put("update", new Builtin("update", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Optimizer o = (Optimizer) a[0];
                if (a.length > 1) {
                    throw Py.typeError(Py.typeName(o) + ".update() takes 1 positional argument but " + a.length
                            + " were given");
                }
                if (o.target == null) {
                    // DeZero's words when setup(model) was not called: its target is still None
                    throw Py.attributeError("'NoneType' object has no attribute 'params'");
                }
                o.update();
                return PyNone.NONE;
            }
        }));
        t.dict.put("add_hook", new Builtin("add_hook", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object f = a[1];
                ((Optimizer) a[0]).addHook(f instanceof Optimizer.Hook h ? h
                        : new Optimizer.Hook() {
                            @Override
                            public void apply(List<Parameter> params) {
                                Py.call(f, new PyList(new ArrayList<Object>(params)));
                            }
                        });
                return PyNone.NONE;
            }
        }));
    }

    private static final PyType HOOK_LIST = type("list", "builtins", Types.OBJECT);

    /** {@code optimizer.hooks}: the optimizer's own list, so {@code hooks.clear()} takes the hooks out. */
    private record HookList(List<Optimizer.Hook> hooks) implements dezero.lang.runtime.Typed {
        static {
            HOOK_LIST.dict.put("clear", new Builtin("clear", new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    ((HookList) a[0]).hooks().clear();
                    return PyNone.NONE;
                }
            }));
            HOOK_LIST.dict.put("__len__", new Builtin("__len__", new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    return (long) ((HookList) a[0]).hooks().size();
                }
            }));
        }

        @Override
        public PyType pyType() {
            return HOOK_LIST;
        }
    }

    static PyModule optimizers() {
        PyModule m = new PyModule("dezero.optimizers");
        m.dict.put("Optimizer", OPTIMIZER);
        javaClass(m, "SGD", OPTIMIZER, SGD.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new SGD(Py.toDouble(Sig.of("SGD", "lr=0.01").bind(a, k)[0]));
            }
        });
        javaClass(m, "MomentumSGD", OPTIMIZER, MomentumSGD.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("MomentumSGD", "lr=0.01", "momentum=0.9").bind(a, k);
                return new MomentumSGD(Py.toDouble(b[0]), Py.toDouble(b[1]));
            }
        });
        javaClass(m, "AdaGrad", OPTIMIZER, AdaGrad.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("AdaGrad", "lr=0.001", "eps=1e-08").bind(a, k);
                return new AdaGrad(Py.toDouble(b[0]), Py.toDouble(b[1]));
            }
        });
        javaClass(m, "AdaDelta", OPTIMIZER, AdaDelta.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("AdaDelta", "rho=0.95", "eps=1e-06").bind(a, k);
                return new AdaDelta(Py.toDouble(b[0]), Py.toDouble(b[1]));
            }
        });
        javaClass(m, "Adam", OPTIMIZER, Adam.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("Adam", "alpha=0.001", "beta1=0.9", "beta2=0.999", "eps=1e-08").bind(a, k);
                return new Adam(Py.toDouble(b[0]), Py.toDouble(b[1]), Py.toDouble(b[2]), Py.toDouble(b[3]));
            }
        });
        PyType hook = type("Hook", m.name, Types.OBJECT);
        javaClass(m, "WeightDecay", hook, WeightDecay.class,
                new Builtin.Body() {
                    @Override
                    public Object call(Object[] a, Map<String, Object> k) {
                        return new WeightDecay(Py.toDouble(Sig.of("WeightDecay", "rate").bind(a, k)[0]));
                    }
                });
        javaClass(m, "ClipGrad", hook, ClipGrad.class,
                new Builtin.Body() {
                    @Override
                    public Object call(Object[] a, Map<String, Object> k) {
                        return new ClipGrad(Py.toDouble(Sig.of("ClipGrad", "max_norm").bind(a, k)[0]));
                    }
                });
        javaClass(m, "FreezeParam", hook, FreezeParam.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] layers = new Object[a.length];
                for (int i = 0; i < a.length; i++) {
                    layers[i] = a[i] instanceof Parameter p ? p : layer(a[i]);
                }
                return new FreezeParam(layers);
            }
        });
        hook.dict.put("__call__", new Builtin("__call__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                List<Parameter> params = new ArrayList<>();
                for (Object o : Py.toList(a[1])) {
                    params.add((Parameter) o);
                }
                ((Optimizer.Hook) a[0]).apply(params);
                return PyNone.NONE;
            }
        }));
        return m;
    }

    // ---- datasets ----

    private static Object example(Example e) {
        return new PyTuple(NpArrays.result(e.data()), e.label() == null ? PyNone.NONE : NpArrays.result(e.label()));
    }

    private static void datasetMethods() {
        PyType t = DATASET;
        t.dict.put("__init__", new Builtin("__init__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                PyObject self = (PyObject) a[0];
                Object[] b = Sig.of("Dataset", "train=True", "transform=None", "target_transform=None").bind(
                        java.util.Arrays.copyOfRange(a, 1, a.length), k);
                self.dict.put("train", b[0]);
                self.dict.put("transform", b[1]);
                self.dict.put("target_transform", b[2]);
                self.dict.put("data", PyNone.NONE);
                self.dict.put("label", PyNone.NONE);
                Py.callMethod(self, "prepare");
                return PyNone.NONE;
            }
        }));
        t.dict.put("__getitem__", new Builtin("__getitem__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a[0] instanceof PyObject o && o.peer instanceof PythonDataset p) {
                    return p.baseItem(NpArrays.index(a[1]));
                }
                Dataset d = dataset(a[0]);
                long i = NpArrays.index(a[1]);
                int n = d.len();
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Py.indexError("index " + Py.index(a[1]) + " is out of bounds for axis 0 with size " + n);
                }
                return example(d.get((int) i));
            }
        }));
        t.dict.put("__len__", new Builtin("__len__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return a[0] instanceof PyObject o
                    ? Py.len(o.dict.getOrDefault("data", PyNone.NONE)) : (long) dataset(a[0]).len();
            }
        }));
        t.dict.put("prepare", new Builtin("prepare", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        }));
    }

    private static Builtin.Body datasetConstructor(String name, DatasetFactory make) {
        return new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of(name, "train=True", "transform=None", "target_transform=None").bind(a, k);
                return make.create(Py.truthy(b[0]) ? dezero.datasets.Split.TRAIN : dezero.datasets.Split.TEST,
                        transform(b[1]), transform(b[2]));
            }
        };
    }

    /** A dataset class's constructor. */
    private interface DatasetFactory {
        Dataset create(dezero.datasets.Split split, UnaryOperator<NDArray> transform,
                UnaryOperator<NDArray> targetTransform);
    }

    static PyModule datasets() {
        PyModule m = new PyModule("dezero.datasets");
        m.dict.put("Dataset", DATASET);
        javaClass(m, "Spiral", DATASET, Spiral.class, datasetConstructor("Spiral", new DatasetFactory() {
            @Override
            public Dataset create(dezero.datasets.Split v0, UnaryOperator<NDArray> v1, UnaryOperator<NDArray> v2) {
                return Spiral.of(v0, v1, v2);
            }
        }));
        javaClass(m, "SinCurve", DATASET, SinCurve.class, datasetConstructor("SinCurve", new DatasetFactory() {
            @Override
            public Dataset create(dezero.datasets.Split v0, UnaryOperator<NDArray> v1, UnaryOperator<NDArray> v2) {
                return SinCurve.of(v0, v1, v2);
            }
        }));
        javaClass(m, "MNIST", DATASET, MNIST.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("MNIST", "train=True", "transform=None", "target_transform=None").bind(a, k);
                UnaryOperator<NDArray> tr = b[1] == PyNone.NONE ? MNIST.defaultTransform() : transform(b[1]);
                return MNIST.of(dezero.datasets.Split.of(Py.truthy(b[0])), tr, transform(b[2]), dezero.datasets.Downloads.cacheDir());
            }
        });
        def(m, "get_spiral", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                NDArray[] xt = Spiral.getSpiral(Py.truthy(Sig.of("get_spiral", "train=True").bind(a, k)[0]));
                return new PyTuple(xt[0], xt[1]);
            }
        });
        return m;
    }

    static PyModule transforms() {
        PyModule m = new PyModule("dezero.transforms");
        javaClass(m, "Compose", Types.OBJECT, Compose.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                List<UnaryOperator<NDArray>> list = new ArrayList<>();
                for (Object o : Py.toList(a.length == 0 ? new PyList() : a[0])) {
                    list.add(transform(o));
                }
                return new Compose(list);
            }
        });
        javaClass(m, "Normalize", Types.OBJECT, Normalize.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("Normalize", "mean=0", "std=1").bind(a, k);
                return new Normalize(Py.toDouble(b[0]), Py.toDouble(b[1]));
            }
        });
        javaClass(m, "Flatten", Types.OBJECT, dezero.datasets.Flatten.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new dezero.datasets.Flatten();
            }
        });
        javaClass(m, "AsType", Types.OBJECT, dezero.datasets.AsType.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new dezero.datasets.AsType(
                    dtypeArg(a, k, dezero.core.DType.FLOAT32));
            }
        });
        javaClass(m, "ToFloat", Types.OBJECT, dezero.datasets.ToFloat.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new dezero.datasets.ToFloat(
                    dtypeArg(a, k, dezero.core.DType.FLOAT32));
            }
        });
        javaClass(m, "ToInt", Types.OBJECT, dezero.datasets.ToInt.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return new dezero.datasets.ToInt(
                    dtypeArg(a, k, dezero.core.DType.INT64));
            }
        });
        for (PyType t : new PyType[] {(PyType) m.dict.get("Compose"), (PyType) m.dict.get("Normalize"),
            (PyType) m.dict.get("Flatten"), (PyType) m.dict.get("AsType"), (PyType) m.dict.get("ToFloat"),
            (PyType) m.dict.get("ToInt")}) {
            t.dict.put("__call__", new Builtin("__call__", new Builtin.Body() {
                @Override
                public Object call(Object[] a, Map<String, Object> k) {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<NDArray> f = (UnaryOperator<NDArray>) a[0];
                    return f.apply(NpArrays.operand(a[1]));
                }
            }));
        }
        return m;
    }

    private static dezero.core.DType dtypeArg(Object[] a, Map<String, Object> k, dezero.core.DType dflt) {
        Object v = a.length > 0 ? a[0] : k.getOrDefault("dtype", PyNone.NONE);
        return v == PyNone.NONE ? dflt : NpArrays.dtype(v);
    }

    // ---- data loaders ----

    private static void loaderMethods() {
        PyType t = DATALOADER;
        t.dict.put("__iter__", new Builtin("__iter__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                DataLoader d = (DataLoader) a[0];
                return new PyIterator(new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return d.hasNext();
                    }

                    @Override
                    public Object next() {
                        NDArray[] xt = d.next();
                        return new PyTuple(xt[0], xt[1]);
                    }
                }, "DataLoader");
            }
        }));
        t.dict.put("__next__", new Builtin("__next__", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                DataLoader d = (DataLoader) a[0];
                if (!d.hasNext()) {
                    d.reset();
                    throw Py.error(Types.STOP_ITERATION, null);
                }
                NDArray[] xt = d.next();
                return new PyTuple(xt[0], xt[1]);
            }
        }));
        t.dict.put("next", t.dict.get("__next__"));
        t.dict.put("reset", new Builtin("reset", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                ((DataLoader) a[0]).reset();
                return PyNone.NONE;
            }
        }));
        t.dict.put("to_cpu", new Builtin("to_cpu", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        }));
        t.dict.put("to_gpu", new Builtin("to_gpu", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return PyNone.NONE;
            }
        }));
    }

    static PyModule dataloaders() {
        PyModule m = new PyModule("dezero.dataloaders");
        javaClass(m, "DataLoader", DATALOADER, DataLoader.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("DataLoader", "dataset", "batch_size", "shuffle=True", "gpu=False").bind(a, k);
                Dataset d = dataset(b[0]);
                int n = (int) Py.index(b[1]);
                return Py.truthy(b[2]) ? new DataLoader(d, n) : DataLoader.inOrder(d, n);
            }
        });
        javaClass(m, "SeqDataLoader", DATALOADER, SeqDataLoader.class, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = Sig.of("SeqDataLoader", "dataset", "batch_size", "gpu=False").bind(a, k);
                return new SeqDataLoader(dataset(b[0]), (int) Py.index(b[1]));
            }
        });
        return m;
    }

    /** The modules, for the importer. */
    static void register(Map<String, Supplier<PyModule>> modules) {
        PyModule layers = layers();
        PyModule models = models();
        PyModule optimizers = optimizers();
        PyModule datasets = datasets();
        PyModule dataloaders = dataloaders();
        PyModule transforms = transforms();
        modules.put("dezero.layers", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return layers;
            }
        });
        modules.put("dezero.models", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return models;
            }
        });
        modules.put("dezero.optimizers", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return optimizers;
            }
        });
        modules.put("dezero.datasets", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return datasets;
            }
        });
        modules.put("dezero.dataloaders", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return dataloaders;
            }
        });
        modules.put("dezero.transforms", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return transforms;
            }
        });
    }

    /** save_weights' and load_weights' path: one str, as DeZero's (numpy's) open() takes it. */
    private static String weightsPath(String method, Object[] a) {
        if (a.length != 2) {
            throw Py.typeError(a.length < 2 ? "Layer." + method + "() missing 1 required positional argument: 'path'"
                    : "Layer." + method + "() takes 2 positional arguments but " + a.length + " were given");
        }
        if (!(a[1] instanceof String path)) {
            // DeZero's save_weights first asks os.path.exists, its load_weights np.load's open()
            throw Py.typeError(method.equals("save_weights")
                    ? "stat: path should be string, bytes, os.PathLike or integer, not " + Py.typeName(a[1])
                    : "expected str, bytes or os.PathLike object, not " + Py.typeName(a[1]));
        }
        return path;
    }
}
