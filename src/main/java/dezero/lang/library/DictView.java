package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Ops;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PySet;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Typed;
import dezero.lang.runtime.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code d.keys()}, {@code d.values()} and {@code d.items()}: live views of a dict, printed as
 * {@code dict_keys(['a'])}. Keys and items are set-like (&, |, -, ^ with any iterable give a set;
 * == compares with a set), values are not; each iterates the dict as it is when iteration begins.
 */
record DictView(PyDict dict, Kind kind) implements Typed {
    enum Kind {
        KEYS("dict_keys", "dict_keyiterator"), VALUES("dict_values", "dict_valueiterator"),
        ITEMS("dict_items", "dict_itemiterator");

        final PyType type;
        final String iteratorName;

        Kind(String name, String iteratorName) {
            this.type = new PyType(name, List.of(Types.OBJECT), false);
            this.iteratorName = iteratorName;
        }
    }

    private static final Object NOT_IMPLEMENTED = PyNone.NOT_IMPLEMENTED;
    private static final String[] SET_OPERATORS = {"&", "|", "-", "^"};

    @Override
    public PyType pyType() {
        return kind.type;
    }

    /** The view's elements now: keys, values, or (key, value) tuples. */
    List<Object> elements() {
        return switch (kind) {
            case KEYS -> new ArrayList<>(dict.map.keySet());
            case VALUES -> new ArrayList<>(dict.map.values());
            case ITEMS -> {
                List<Object> items = new ArrayList<>(dict.size());
                for (Map.Entry<Object, Object> e : dict.map.entrySet()) {
                    items.add(new PyTuple(e.getKey(), e.getValue()));
                }
                yield items;
            }
        };
    }

    private PySet asSet() {
        PySet s = new PySet();
        for (Object v : elements()) {
            s.add(v);
        }
        return s;
    }

    private boolean contains(Object v) {
        return switch (kind) {
            case KEYS -> dict.containsKey(v);
            case VALUES -> {
                for (Object value : dict.map.values()) {
                    if (Ops.eq(value, v)) {
                        yield true;
                    }
                }
                yield false;
            }
            case ITEMS -> {
                if (!(v instanceof PyTuple t) || t.items.length != 2) {
                    yield false;
                }
                Object value = dict.get(t.items[0]);
                yield value != null && Ops.eq(value, t.items[1]);
            }
        };
    }

    static void install() {
        for (Kind kind : Kind.values()) {
            PyType t = kind.type;
            special(t, "__len__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    return (long) self.dict.size();
                }
            });
            special(t, "__iter__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    return new PyIterator(self.elements().iterator(), self.kind.iteratorName);
                }
            });
            special(t, "__reversed__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    List<Object> items = self.elements();
                    Collections.reverse(items);
                    return new PyIterator(items.iterator(), self.kind.iteratorName.replace("dict_", "dict_reverse"));
                }
            });
            special(t, "__contains__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    return self.contains(a[0]);
                }
            });
            special(t, "__repr__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    return self.kind.type.name + "(" + Py.repr(new PyList(self.elements())) + ")";
                }
            });
            t.dict.put("__hash__", PyNone.NONE);
            if (kind == Kind.VALUES) {
                continue;
            }
            special(t, "__eq__", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    Object o = a[0];
                    boolean setLike = o instanceof PySet || o instanceof DictView w && w.kind != Kind.VALUES;
                    return setLike ? Ops.eq(self.asSet(), ContainerMethods.toSet(o)) : NOT_IMPLEMENTED;
                }
            });
            special(t, "isdisjoint", new Special() {
                @Override
                Object call(DictView self, Object[] a) {
                    for (Object v : Py.toList(a[0])) {
                        if (self.contains(v)) {
                            return false;
                        }
                    }
                    return true;
                }
            });
            for (String op : SET_OPERATORS) {
                String[] names = Ops.dunders(op);
                special(t, names[0], new Special() {
                    @Override
                    Object call(DictView self, Object[] a) {
                        return iterable(a[0]) ? Ops.binary(op, self.asSet(), ContainerMethods.toSet(a[0])) : NOT_IMPLEMENTED;
                    }
                });
                special(t, names[1], new Special() {
                    @Override
                    Object call(DictView self, Object[] a) {
                        return iterable(a[0]) ? Ops.binary(op, ContainerMethods.toSet(a[0]), self.asSet()) : NOT_IMPLEMENTED;
                    }
                });
            }
        }
    }

    private static boolean iterable(Object v) {
        return v instanceof PySet || v instanceof DictView || v instanceof PyList || v instanceof PyTuple
                || v instanceof String || v instanceof PyDict || Py.specialMethod(v, "__iter__") != null;
    }

    /** A special method of a view, given the view and its other arguments. */
    private abstract static class Special {
        abstract Object call(DictView self, Object[] args);
    }

    private static void special(PyType t, String name, Special body) {
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                return body.call((DictView) a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
            }
        }));
    }
}
