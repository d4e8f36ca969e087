package dezero.lang.library;

import dezero.core.NDArray;
import dezero.layers.Npz;
import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Typed;
import dezero.lang.runtime.Types;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code np.load} gives for an {@code .npz} archive: its arrays by name ({@code d['w']},
 * {@code d.files}, {@code 'w' in d}, iteration, {@code with np.load(...) as d}); and np.save,
 * np.load, np.savez and np.savez_compressed over {@link Npz}.
 */
record NpzFile(String path, Map<String, NDArray> arrays) implements Typed {
    private static final Sig SAVE = Sig.of("save", "file", "arr", "allow_pickle=True");
    private static final Sig LOAD = Sig.of("load", "file", "mmap_mode=None", "allow_pickle=False");
    static final PyType TYPE = new PyType("NpzFile", List.of(Types.OBJECT), false);

    static {
        TYPE.module = "numpy.lib.npyio";
        method("__getitem__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                NDArray v = a[0] instanceof String key ? self.arrays.get(key) : null;
                if (v == null) {
                    throw Py.keyError(Py.str(a[0]) + " is not a file in the archive");
                }
                return v;
            }
        });
        method("__contains__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return self.arrays.containsKey(a[0]);
            }
        });
        method("__len__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return (long) self.arrays.size();
            }
        });
        method("__iter__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return new PyIterator(new ArrayList<Object>(self.arrays.keySet()).iterator());
            }
        });
        method("keys", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return new PyList(new ArrayList<>(self.arrays.keySet()));
            }
        });
        method("__repr__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return "NpzFile " + Py.repr(self.path) + " with keys: " + String.join(", ", self.arrays.keySet());
            }
        });
        method("__enter__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return self;
            }
        });
        method("__exit__", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return false;
            }
        });
        method("close", new Body() {
            @Override
            Object call(NpzFile self, Object[] a) {
                return PyNone.NONE;
            }
        });
        TYPE.dict.put("files", Property.of(new java.util.function.Function<Object, Object>() {
            @Override
            public Object apply(Object self) {
                return new PyList(new ArrayList<>(((NpzFile) self).arrays.keySet()));
            }
        }));
    }

    @Override
    public PyType pyType() {
        return TYPE;
    }

    /** np.save, np.load, np.savez and np.savez_compressed. */
    static void install(PyModule np) {
        np.dict.put("save", new Builtin("save", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = SAVE.bind(a, k);
                Npz.saveNpy(Path.of(withSuffix(b[0], ".npy")), NpArrays.array(b[1], null));
                return PyNone.NONE;
            }
        }));
        np.dict.put("load", new Builtin("load", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                Object[] b = LOAD.bind(a, k);
                String file = path(b[0]);
                Path p = Path.of(file);
                if (Npz.isArchive(p)) {
                    return new NpzFile(file, Npz.load(p));
                }
                return Npz.loadNpy(p);
            }
        }));
        Builtin savez = new Builtin("savez", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (a.length == 0) {
                    throw Py.typeError("savez() missing 1 required positional argument: 'file'");
                }
                // numpy's order: the keyword arrays, then arr_0, arr_1 ... for the positional ones
                Map<String, NDArray> arrays = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : k.entrySet()) {
                    arrays.put(e.getKey(), NpArrays.array(e.getValue(), null));
                }
                for (int i = 1; i < a.length; i++) {
                    String key = "arr_" + (i - 1);
                    if (arrays.containsKey(key)) {
                        throw Py.valueError("Cannot use un-named variables and keyword " + key);
                    }
                    arrays.put(key, NpArrays.array(a[i], null));
                }
                Npz.save(Path.of(withSuffix(a[0], ".npz")), arrays);
                return PyNone.NONE;
            }
        });
        np.dict.put("savez", savez);
        np.dict.put("savez_compressed", savez);
    }

    private static String path(Object file) {
        if (!(file instanceof String s)) {
            throw Py.typeError("expected str, bytes or os.PathLike object, not " + Py.typeName(file));
        }
        return s;
    }

    /** numpy adds the suffix to a file name that does not end with it. */
    private static String withSuffix(Object file, String suffix) {
        String s = path(file);
        return s.endsWith(suffix) ? s : s + suffix;
    }

    /** A method of NpzFile, given the file and its other arguments. */
    private abstract static class Body {
        abstract Object call(NpzFile self, Object[] args);
    }

    private static void method(String name, Body body) {
        TYPE.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return body.call((NpzFile) a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
            }
        }));
    }
}
