package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;

/** {@code np.random}: numpy's legacy generator, so seeded programs print numpy's numbers. */
final class NpRandom {
    private NpRandom() {}

    private static RandomState rs() {
        return RandomState.global();
    }

    static PyModule create() {
        PyModule m = new PyModule("numpy.random");
        def(m, "seed", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object s = a.length == 0 ? PyNone.NONE : a[0];
                rs().seed(s == PyNone.NONE ? System.nanoTime() & 0xffffffffL : Py.index(s));
                return PyNone.NONE;
            }
        });
        def(m, "rand", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return NpArrays.result(rs().rand(NpArrays.shapeArgs(a, 0)));
            }
        });
        def(m, "randn", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return NpArrays.result(rs().randn(NpArrays.shapeArgs(a, 0)));
            }
        });
        def(m, "random", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return NpArrays.result(rs().randomSample(size(a.length > 0 ? a[0] : k.get("size"))));
            }
        });
        m.dict.put("random_sample", m.dict.get("random"));
        m.dict.put("standard_normal", new Builtin("standard_normal",
                new Builtin.Body() {
                    @Override
                    public Object call(Object[] a, java.util.Map<String, Object> k) {
                        return NpArrays.result(rs().standardNormal(size(a.length > 0 ? a[0] : k.get("size"))));
                    }
                }));
        def(m, "uniform", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("uniform", "low=0.0", "high=1.0", "size=None").bind(a, k);
                return NpArrays.result(rs().uniform(Py.toDouble(b[0]), Py.toDouble(b[1]), size(b[2])));
            }
        });
        def(m, "normal", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("normal", "loc=0.0", "scale=1.0", "size=None").bind(a, k);
                return NpArrays.result(rs().normal(Py.toDouble(b[0]), Py.toDouble(b[1]), size(b[2])));
            }
        });
        def(m, "randint", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
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
                return NpArrays.result(rs().randint(low, high, size(b[2])));
            }
        });
        def(m, "permutation", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object x = BuiltinFunctions.one("permutation", a, k);
                if (Py.isInt(x)) {
                    return rs().permutation((int) Py.index(x));
                }
                return rs().permutation(NpArrays.operand(x));
            }
        });
        def(m, "shuffle", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object x = BuiltinFunctions.one("shuffle", a, k);
                if (!(x instanceof NDArray arr)) {
                    throw Py.typeError("shuffle of a " + Py.typeName(x) + " is not supported here; use an ndarray");
                }
                rs().shuffle(arr);
                return PyNone.NONE;
            }
        });
        def(m, "choice", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                Object[] b = Sig.of("choice", "a", "size=None", "replace=True", "p=None").bind(a, k);
                NDArray p = b[3] == PyNone.NONE ? null : NpArrays.array(b[3], null);
                boolean replace = Py.truthy(b[2]);
                int[] shape = size(b[1]);
                if (Py.isInt(b[0])) {
                    return NpArrays.result(rs().choice((int) Py.index(b[0]), replace, p, shape));
                }
                return NpArrays.result(rs().choice(NpArrays.array(b[0], null), replace, p, shape));
            }
        });
        return m;
    }

    private static int[] size(Object v) {
        return v == null || v == PyNone.NONE ? new int[0] : NpArrays.shape(v);
    }

    private static void def(PyModule m, String name, Builtin.Body body) {
        m.dict.put(name, new Builtin(name, body));
    }

}
