package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.ClassMethod;
import dezero.lang.runtime.Ops;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PySet;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The methods of list, tuple, dict and set. */
final class ContainerMethods {
    private static final Sig SORT = Sig.of("sort", "key=None", "reverse=False");
    /** A class method, so not registered through {@link #method}. */
    private static final MethodArity.Arity FROMKEYS = MethodArity.of("dict", "fromkeys");

    private ContainerMethods() {}

    static void install() {
        ContainerSubclasses.install();
        DictView.install();
        PyType list = Types.LIST;
        method(list, "append", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                exactly("list.append", a, 1);
                ((PyList) self).items.add(a[0]);
                return PyNone.NONE;
            }
        });
        method(list, "extend", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                exactly("list.extend", a, 1);
                ((PyList) self).items.addAll(Py.toList(a[0]));
                return PyNone.NONE;
            }
        });
        method(list, "insert", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                exactly("insert", a, 2);
                List<Object> items = ((PyList) self).items;
                long i = Py.index(a[0]);
                if (i < 0) {
                    i = Math.max(0, i + items.size());
                }
                items.add((int) Math.min(i, items.size()), a[1]);
                return PyNone.NONE;
            }
        });
        method(list, "pop", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                List<Object> items = ((PyList) self).items;
                if (items.isEmpty()) {
                    throw Py.indexError("pop from empty list");
                }
                long i = a.length == 0 ? items.size() - 1 : Py.index(a[0]);
                if (i < 0) {
                    i += items.size();
                }
                if (i < 0 || i >= items.size()) {
                    throw Py.indexError("pop index out of range");
                }
                return items.remove((int) i);
            }
        });
        method(list, "remove", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                exactly("list.remove", a, 1);
                List<Object> items = ((PyList) self).items;
                for (int i = 0; i < items.size(); i++) {
                    if (Ops.eq(items.get(i), a[0])) {
                        items.remove(i);
                        return PyNone.NONE;
                    }
                }
                throw Py.valueError("list.remove(x): x not in list");
            }
        });
        method(list, "index", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return index(((PyList) self).items, a, "list");
            }
        });
        method(list, "count", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return count(((PyList) self).items, a);
            }
        });
        method(list, "reverse", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                java.util.Collections.reverse(((PyList) self).items);
                return PyNone.NONE;
            }
        });
        method(list, "sort", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                if (a.length > 0) {
                    throw Py.typeError("sort() takes no positional arguments");
                }
                Object[] b = SORT.bind(a, k);
                BuiltinFunctions.sort(((PyList) self).items, b[0], Py.truthy(b[1]));
                return PyNone.NONE;
            }
        });
        method(list, "copy", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return new PyList(((PyList) self).items);
            }
        });
        method(list, "clear", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PyList) self).items.clear();
                return PyNone.NONE;
            }
        });

        method(Types.TUPLE, "index", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return index(List.of(((PyTuple) self).items), a, "tuple");
            }
        });
        method(Types.TUPLE, "count", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return count(List.of(((PyTuple) self).items), a);
            }
        });

        PyType dict = Types.DICT;
        method(dict, "keys", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return new DictView((PyDict) self, DictView.Kind.KEYS);
            }
        });
        method(dict, "values", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return new DictView((PyDict) self, DictView.Kind.VALUES);
            }
        });
        method(dict, "items", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return new DictView((PyDict) self, DictView.Kind.ITEMS);
            }
        });
        method(dict, "get", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                Object v = ((PyDict) self).get(a[0]);
                return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
            }
        });
        method(dict, "pop", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                Object v = ((PyDict) self).remove(a[0]);
                if (v != null) {
                    return v;
                }
                if (a.length > 1) {
                    return a[1];
                }
                throw Py.keyError(a[0]);
            }
        });
        method(dict, "popitem", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PyDict d = (PyDict) self;
                if (d.size() == 0) {
                    throw Py.keyError("popitem(): dictionary is empty");
                }
                Object last = null;
                for (Object key : d.map.keySet()) {
                    last = key;
                }
                return new PyTuple(last, d.map.remove(last));
            }
        });
        method(dict, "setdefault", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PyDict d = (PyDict) self;
                Object v = d.get(a[0]);
                if (v == null) {
                    v = a.length > 1 ? a[1] : PyNone.NONE;
                    d.put(a[0], v);
                }
                return v;
            }
        });
        method(dict, "update", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                if (a.length > 0) {
                    BuiltinTypes.update((PyDict) self, a[0]);
                }
                k.forEach(((PyDict) self)::put);
                return PyNone.NONE;
            }
        });
        method(dict, "copy", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PyDict d = new PyDict();
                d.map.putAll(((PyDict) self).map);
                return d;
            }
        });
        method(dict, "clear", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PyDict) self).map.clear();
                return PyNone.NONE;
            }
        });
        dict.dict.put("fromkeys", new ClassMethod(new Builtin("fromkeys", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                FROMKEYS.check("dict", "fromkeys", a.length - 1);
                PyDict d = new PyDict();
                for (Object key : Py.toList(a[1])) {
                    d.put(key, a.length > 2 ? a[2] : PyNone.NONE);
                }
                return d;
            }
        })));

        PyType set = Types.SET;
        method(set, "add", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PySet) self).add(a[0]);
                return PyNone.NONE;
            }
        });
        method(set, "remove", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                if (!((PySet) self).remove(a[0])) {
                    throw Py.keyError(a[0]);
                }
                return PyNone.NONE;
            }
        });
        method(set, "discard", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PySet) self).remove(a[0]);
                return PyNone.NONE;
            }
        });
        method(set, "pop", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PySet s = (PySet) self;
                Iterator<Map.Entry<Object, Object>> it = s.map.entrySet().iterator();
                if (!it.hasNext()) {
                    throw Py.keyError("pop from an empty set");
                }
                Object v = it.next().getValue();
                it.remove();
                return v;
            }
        });
        method(set, "update", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                for (Object o : a) {
                    Py.toList(o).forEach(((PySet) self)::add);
                }
                return PyNone.NONE;
            }
        });
        method(set, "union", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PySet r = copy((PySet) self);
                for (Object o : a) {
                    Py.toList(o).forEach(new Consumer<Object>() {
                        @Override
                        public void accept(Object v) {
                            r.add(v);
                        }
                    });
                }
                return r;
            }
        });
        setOperation(set, "intersection", "&");
        setOperation(set, "difference", "-");
        setOperation(set, "symmetric_difference", "^");
        method(set, "isdisjoint", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                for (Object v : Py.toList(a[0])) {
                    if (((PySet) self).contains(v)) {
                        return false;
                    }
                }
                return true;
            }
        });
        method(set, "issubset", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return toSet(a[0]).map.keySet().containsAll(((PySet) self).map.keySet());
            }
        });
        method(set, "issuperset", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return ((PySet) self).map.keySet().containsAll(toSet(a[0]).map.keySet());
            }
        });
        method(set, "copy", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return copy((PySet) self);
            }
        });
        method(set, "clear", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PySet) self).map.clear();
                return PyNone.NONE;
            }
        });
    }

    /** A method body: the receiver, then the call's arguments. */
    interface Method {
        Object call(Object self, Object[] args, Map<String, Object> kwargs);
    }

    static void method(PyType t, String name, Method m) {
        MethodArity.Arity arity = MethodArity.of(t.name, name);
        t.dict.put(name, new Builtin(name, new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                if (arity != null) {
                    arity.check(t.name, name, a.length - 1);
                }
                return m.call(ContainerSubclasses.items(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), k);
            }
        }));
    }

    private static void exactly(String name, Object[] a, int n) {
        if (a.length != n) {
            throw Py.typeError(name + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments") + " ("
                    + a.length + " given)");
        }
    }

    /** list.index(x[, start[, stop]]) and tuple.index: the bounds clamped as a slice's are. */
    private static Object index(List<Object> items, Object[] a, String what) {
        int n = items.size();
        int start = a.length > 1 ? sliceBound(a[1], n) : 0;
        int stop = a.length > 2 ? sliceBound(a[2], n) : n;
        for (int i = start; i < stop; i++) {
            if (Ops.eq(items.get(i), a[0])) {
                return (long) i;
            }
        }
        throw Py.valueError(what.equals("list") ? Py.repr(a[0]) + " is not in list" : "tuple.index(x): x not in tuple");
    }

    /** A start or stop of index(): an integer, negative from the end, clamped to [0, n]. */
    private static int sliceBound(Object v, int n) {
        if (v instanceof java.math.BigInteger big) {
            return big.signum() < 0 ? 0 : n; // past any list's length either way
        }
        if (!(v instanceof Long || v instanceof Boolean) && Py.type(v).lookup("__index__") == null) {
            throw Py.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = Py.index(v);
        if (i < 0) {
            i += n;
        }
        return (int) Math.max(0, Math.min(n, i));
    }

    private static Object count(List<Object> items, Object[] a) {
        long n = 0;
        for (Object o : items) {
            if (Ops.eq(o, a[0])) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code set.NAME(*others)}, {@code s op o1 op o2 ...} over any iterables ({@code s.difference(a, b)};
     * a copy for none), and {@code set.NAME_update(*others)}, the same result put into s.
     */
    private static void setOperation(PyType set, String name, String op) {
        method(set, name, new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                return combined(op, (PySet) self, a);
            }
        });
        method(set, name + "_update", new Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                PySet s = (PySet) self;
                PySet r = combined(op, s, a);
                s.map.clear();
                s.map.putAll(r.map);
                return PyNone.NONE;
            }
        });
    }

    private static PySet combined(String op, PySet s, Object[] others) {
        Object r = copy(s);
        for (Object o : others) {
            r = Ops.binary(op, r, toSet(o));
        }
        return (PySet) r;
    }

    private static PySet copy(PySet s) {
        PySet r = new PySet();
        r.map.putAll(s.map);
        return r;
    }

    /** A set operation's operand as a set: a set itself, else any iterable's items. */
    static PySet toSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet r = new PySet();
        Py.toList(o).forEach(new Consumer<Object>() {
            @Override
            public void accept(Object v) {
                r.add(v);
            }
        });
        return r;
    }
}
