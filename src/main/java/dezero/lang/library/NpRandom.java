package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.List;

/** {@code np.random}: numpy's legacy generator, so seeded programs print numpy's numbers. */
final class NpRandom {
    private NpRandom() {}

    /** numpy's legacy generator as a class, {@code np.random.RandomState(seed)}: its own stream, the module functions' methods. */
    private static final PyType TYPE = new PyType("RandomState", List.of(Types.OBJECT), false);

    /**
     * The draws, each written once over a generator: the module's functions run them on numpy's
     * global one, a RandomState's methods on their own. Made and bound to the class once per JVM,
     * as the other library types are; each runtime's module gets functions of its own.
     */
    private static final java.util.Map<String, Draw> DRAWS = new java.util.LinkedHashMap<>();

    static {
        draw("seed", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object s = a.length == 0 ? PyNone.NONE : a[0];
                if (s == PyNone.NONE) {
                    rs.seed(System.nanoTime() & 0xffffffffL);
                } else {
                    seed(rs, s);
                }
                return PyNone.NONE;
            }
        });
        draw("rand", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                noKeywords("rand", k);
                return NpArrays.result(rs.rand(NpArrays.shapeArgs(a, 0)));
            }
        });
        draw("randn", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                noKeywords("randn", k);
                return NpArrays.result(rs.randn(NpArrays.shapeArgs(a, 0)));
            }
        });
        draw("random", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                return NpArrays.result(rs.randomSample(size(a.length > 0 ? a[0] : k.get("size"))));
            }
        });
        draw("standard_normal", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                return NpArrays.result(rs.standardNormal(size(a.length > 0 ? a[0] : k.get("size"))));
            }
        });
        draw("uniform", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("uniform", "low=0.0", "high=1.0", "size=None").bind(a, k);
                return NpArrays.result(rs.uniform(Py.toDouble(b[0]), Py.toDouble(b[1]), size(b[2])));
            }
        });
        draw("normal", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("normal", "loc=0.0", "scale=1.0", "size=None").bind(a, k);
                return NpArrays.result(rs.normal(Py.toDouble(b[0]), Py.toDouble(b[1]), size(b[2])));
            }
        });
        draw("randint", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("randint", "low", "high=None", "size=None", "dtype=None").bind(a, k);
                long low = Py.index(b[0]);
                long high;
                if (b[1] == PyNone.NONE) {
                    high = low;
                    low = 0;
                } else {
                    high = Py.index(b[1]);
                }
                if (low >= high) {
                    throw Py.valueError("low >= high");
                }
                return NpArrays.result(rs.randint(low, high, size(b[2])));
            }
        });
        draw("permutation", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object x = BuiltinFunctions.one("permutation", a, k);
                if (Py.isInt(x)) {
                    return rs.permutation((int) Py.index(x));
                }
                return rs.permutation(NpArrays.operand(x));
            }
        });
        draw("shuffle", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object x = BuiltinFunctions.one("shuffle", a, k);
                if (!(x instanceof NDArray arr)) {
                    throw Py.typeError("shuffle of a " + Py.typeName(x) + " is not supported here; use an ndarray");
                }
                rs.shuffle(arr);
                return PyNone.NONE;
            }
        });
        draw("choice", new Draw() {
            @Override
            public Object call(RandomState rs, Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("choice", "a", "size=None", "replace=True", "p=None").bind(a, k);
                NDArray p = b[3] == PyNone.NONE ? null : NpArrays.array(b[3], null);
                boolean replace = Py.truthy(b[2]);
                int[] shape = size(b[1]);
                if (Py.isInt(b[0])) {
                    return NpArrays.result(rs.choice((int) Py.index(b[0]), replace, p, shape));
                }
                return NpArrays.result(rs.choice(NpArrays.array(b[0], null), replace, p, shape));
            }
        });
        for (java.util.Map.Entry<String, Draw> e : DRAWS.entrySet()) {
            Draw d = e.getValue();
            ContainerMethods.method(TYPE, e.getKey(), new ContainerMethods.Method() {
                @Override
                public Object call(Object self, Object[] a, java.util.Map<String, Object> k) {
                    return d.call((RandomState) self, a, k);
                }
            });
        }
        TYPE.dict.put("random_sample", TYPE.dict.get("random"));
        TYPE.module = "numpy.random.mtrand";
        TYPE.messageName = "numpy.random.mtrand.RandomState";
        TYPE.dict.put("__construct__", new Builtin("RandomState", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object seed = Sig.of("RandomState", "seed=None").bind(a, k)[0];
                if (seed == PyNone.NONE) {
                    return new RandomState();
                }
                RandomState rs = new RandomState(0);
                seed(rs, seed);
                return rs;
            }
        }));
        ContainerMethods.method(TYPE, "__repr__", new ContainerMethods.Method() {
            @Override
            public Object call(Object self, Object[] a, java.util.Map<String, Object> k) {
                return "RandomState(MT19937)";
            }
        });
        Types.register(RandomState.class, TYPE);
    }

    static PyModule create() {
        PyModule m = new PyModule("numpy.random");
        for (java.util.Map.Entry<String, Draw> e : DRAWS.entrySet()) {
            Draw d = e.getValue();
            m.dict.put(e.getKey(), new Builtin(e.getKey(), new Builtin.Body() {
                @Override
                public Object call(Object[] a, java.util.Map<String, Object> k) {
                    return d.call(RandomState.global(), a, k);
                }
            }));
        }
        m.dict.put("random_sample", m.dict.get("random"));
        m.dict.put("RandomState", TYPE);
        return m;
    }

    /**
     * Seeds {@code rs} as numpy's legacy seeding does: an integer (an array first squeezed, so
     * {@code np.array([5])} is the seed 5), else a sequence of integers, its words mixed in by
     * {@code init_by_array} ({@code [5]} is another stream than 5). A str or a float is refused
     * in numpy's words.
     */
    private static void seed(RandomState rs, Object v) {
        Object squeezed = v instanceof NDArray a ? a.squeeze() : v;
        if (squeezed instanceof NDArray a && a.ndim() == 0) {
            squeezed = new NpScalar(a);
        }
        String dtype = squeezed instanceof String str ? "<U" + str.codePointCount(0, str.length())
                : squeezed instanceof Double ? "float64"
                : squeezed instanceof NpScalar sc && sc.array().dtype().isFloat() ? sc.array().dtype().toString() : null;
        if (dtype != null) {
            throw Py.typeError("Cannot cast scalar from dtype('" + dtype + "') to dtype('int64') according to the rule 'safe'");
        }
        if (squeezed instanceof Long || squeezed instanceof Boolean || squeezed instanceof java.math.BigInteger
                || squeezed instanceof NpScalar) {
            rs.seed(NpArrays.index(squeezed));
            return;
        }
        NDArray key = v instanceof NDArray a ? a : NpArrays.array(v, null);
        if (key.size() == 0) {
            throw Py.valueError("Seed must be non-empty");
        }
        if (key.dtype().isFloat()) {
            throw Py.typeError("Cannot cast array data from dtype('" + key.dtype() + "') to dtype('int64') according to the rule 'safe'");
        }
        if (key.ndim() != 1) {
            throw Py.valueError("Seed array must be 1-d");
        }
        long[] words = new long[key.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = key.longAt(i);
        }
        rs.seed(words);
    }

    /** rand and randn take dimensions only, as numpy's. */
    private static void noKeywords(String name, java.util.Map<String, Object> k) {
        if (!k.isEmpty()) {
            throw Py.typeError(name + "() got an unexpected keyword argument '" + k.keySet().iterator().next() + "'");
        }
    }

    private static int[] size(Object v) {
        return v == null || v == PyNone.NONE ? new int[0] : NpArrays.shape(v);
    }

    /** A draw from a generator: the module's functions use numpy's global one, a RandomState's methods their own. */
    private interface Draw {
        Object call(RandomState rs, Object[] args, java.util.Map<String, Object> kwargs);
    }

    /** Adds a draw (during class initialisation, before the class and the modules are made of them). */
    private static void draw(String name, Draw d) {
        DRAWS.put(name, d);
    }
}
