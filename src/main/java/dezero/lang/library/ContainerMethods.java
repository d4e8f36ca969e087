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

/** The methods of list, tuple, dict and set. */
final class ContainerMethods {
    private static final Sig SORT = Sig.of("sort", "key=None", "reverse=False");

    private ContainerMethods() {}

    static void install() {
        PyType list = Types.LIST;
        method(list, "append", (self, a, k) -> {
            exactly("list.append", a, 1);
            ((PyList) self).items.add(a[0]);
            return PyNone.NONE;
        });
        method(list, "extend", (self, a, k) -> {
            exactly("list.extend", a, 1);
            ((PyList) self).items.addAll(Py.toList(a[0]));
            return PyNone.NONE;
        });
        method(list, "insert", (self, a, k) -> {
            exactly("insert", a, 2);
            List<Object> items = ((PyList) self).items;
            long i = Py.index(a[0]);
            if (i < 0) {
                i = Math.max(0, i + items.size());
            }
            items.add((int) Math.min(i, items.size()), a[1]);
            return PyNone.NONE;
        });
        method(list, "pop", (self, a, k) -> {
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
        });
        method(list, "remove", (self, a, k) -> {
            exactly("list.remove", a, 1);
            List<Object> items = ((PyList) self).items;
            for (int i = 0; i < items.size(); i++) {
                if (Ops.eq(items.get(i), a[0])) {
                    items.remove(i);
                    return PyNone.NONE;
                }
            }
            throw Py.valueError("list.remove(x): x not in list");
        });
        method(list, "index", (self, a, k) -> index(((PyList) self).items, a, "list"));
        method(list, "count", (self, a, k) -> count(((PyList) self).items, a));
        method(list, "reverse", (self, a, k) -> {
            java.util.Collections.reverse(((PyList) self).items);
            return PyNone.NONE;
        });
        method(list, "sort", (self, a, k) -> {
            if (a.length > 0) {
                throw Py.typeError("sort() takes no positional arguments");
            }
            Object[] b = SORT.bind(a, k);
            BuiltinFunctions.sort(((PyList) self).items, b[0], Py.truthy(b[1]));
            return PyNone.NONE;
        });
        method(list, "copy", (self, a, k) -> new PyList(((PyList) self).items));
        method(list, "clear", (self, a, k) -> {
            ((PyList) self).items.clear();
            return PyNone.NONE;
        });

        method(Types.TUPLE, "index", (self, a, k) -> index(List.of(((PyTuple) self).items), a, "tuple"));
        method(Types.TUPLE, "count", (self, a, k) -> count(List.of(((PyTuple) self).items), a));

        PyType dict = Types.DICT;
        method(dict, "keys", (self, a, k) -> new PyList(new ArrayList<>(((PyDict) self).map.keySet())));
        method(dict, "values", (self, a, k) -> new PyList(new ArrayList<>(((PyDict) self).map.values())));
        method(dict, "items", (self, a, k) -> {
            PyList out = new PyList();
            for (Map.Entry<Object, Object> e : ((PyDict) self).map.entrySet()) {
                out.items.add(new PyTuple(e.getKey(), e.getValue()));
            }
            return out;
        });
        method(dict, "get", (self, a, k) -> {
            Object v = ((PyDict) self).get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        method(dict, "pop", (self, a, k) -> {
            Object v = ((PyDict) self).remove(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Py.keyError(a[0]);
        });
        method(dict, "popitem", (self, a, k) -> {
            PyDict d = (PyDict) self;
            if (d.size() == 0) {
                throw Py.keyError("popitem(): dictionary is empty");
            }
            Object last = null;
            for (Object key : d.map.keySet()) {
                last = key;
            }
            return new PyTuple(last, d.map.remove(last));
        });
        method(dict, "setdefault", (self, a, k) -> {
            PyDict d = (PyDict) self;
            Object v = d.get(a[0]);
            if (v == null) {
                v = a.length > 1 ? a[1] : PyNone.NONE;
                d.put(a[0], v);
            }
            return v;
        });
        method(dict, "update", (self, a, k) -> {
            if (a.length > 0) {
                BuiltinTypes.update((PyDict) self, a[0]);
            }
            k.forEach(((PyDict) self)::put);
            return PyNone.NONE;
        });
        method(dict, "copy", (self, a, k) -> {
            PyDict d = new PyDict();
            d.map.putAll(((PyDict) self).map);
            return d;
        });
        method(dict, "clear", (self, a, k) -> {
            ((PyDict) self).map.clear();
            return PyNone.NONE;
        });
        dict.dict.put("fromkeys", new ClassMethod(new Builtin("fromkeys", (a, k) -> {
            PyDict d = new PyDict();
            for (Object key : Py.toList(a[1])) {
                d.put(key, a.length > 2 ? a[2] : PyNone.NONE);
            }
            return d;
        })));

        PyType set = Types.SET;
        method(set, "add", (self, a, k) -> {
            ((PySet) self).add(a[0]);
            return PyNone.NONE;
        });
        method(set, "remove", (self, a, k) -> {
            if (!((PySet) self).remove(a[0])) {
                throw Py.keyError(a[0]);
            }
            return PyNone.NONE;
        });
        method(set, "discard", (self, a, k) -> {
            ((PySet) self).remove(a[0]);
            return PyNone.NONE;
        });
        method(set, "pop", (self, a, k) -> {
            PySet s = (PySet) self;
            Iterator<Map.Entry<Object, Object>> it = s.map.entrySet().iterator();
            if (!it.hasNext()) {
                throw Py.keyError("pop from an empty set");
            }
            Object v = it.next().getValue();
            it.remove();
            return v;
        });
        method(set, "update", (self, a, k) -> {
            for (Object o : a) {
                Py.toList(o).forEach(((PySet) self)::add);
            }
            return PyNone.NONE;
        });
        method(set, "union", (self, a, k) -> {
            PySet r = copy((PySet) self);
            for (Object o : a) {
                Py.toList(o).forEach(r::add);
            }
            return r;
        });
        method(set, "intersection", (self, a, k) -> Ops.binary("&", self, toSet(a[0])));
        method(set, "difference", (self, a, k) -> Ops.binary("-", self, toSet(a[0])));
        method(set, "issubset", (self, a, k) -> toSet(a[0]).map.keySet().containsAll(((PySet) self).map.keySet()));
        method(set, "issuperset", (self, a, k) -> ((PySet) self).map.keySet().containsAll(toSet(a[0]).map.keySet()));
        method(set, "copy", (self, a, k) -> copy((PySet) self));
        method(set, "clear", (self, a, k) -> {
            ((PySet) self).map.clear();
            return PyNone.NONE;
        });
    }

    /** A method body: the receiver, then the call's arguments. */
    interface Method {
        Object call(Object self, Object[] args, Map<String, Object> kwargs);
    }

    static void method(PyType t, String name, Method m) {
        t.dict.put(name, new Builtin(name, (a, k) -> m.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k)));
    }

    private static void exactly(String name, Object[] a, int n) {
        if (a.length != n) {
            throw Py.typeError(name + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments") + " ("
                    + a.length + " given)");
        }
    }

    private static Object index(List<Object> items, Object[] a, String what) {
        for (int i = 0; i < items.size(); i++) {
            if (Ops.eq(items.get(i), a[0])) {
                return (long) i;
            }
        }
        throw Py.valueError(what.equals("list") ? Py.repr(a[0]) + " is not in list" : "tuple.index(x): x not in tuple");
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

    private static PySet copy(PySet s) {
        PySet r = new PySet();
        r.map.putAll(s.map);
        return r;
    }

    private static PySet toSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet r = new PySet();
        Py.toList(o).forEach(r::add);
        return r;
    }
}
