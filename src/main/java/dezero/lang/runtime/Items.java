package dezero.lang.runtime;

import java.util.ArrayList;
import java.util.List;

/** Subscripts: {@code a[i]}, {@code a[i] = v}, {@code del a[i]} on Python's sequences, dicts and any {@code __getitem__}. */
public final class Items {
    private Items() {}

    public static Object get(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                return PyList.wrap(slice(l.items, s));
            }
            return l.items.get(checkIndex(key, l.items.size(), "list"));
        }
        if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return PyTuple.of(slice(List.of(t.items), s));
            }
            return t.items[checkIndex(key, t.items.length, "tuple")];
        }
        if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw Py.keyError(key);
            }
            return v;
        }
        if (obj instanceof String s) {
            int[] cps = Text.codePoints(s);
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(cps.length);
                StringBuilder b = new StringBuilder();
                for (long i = 0, at = r[0]; i < r[3]; i++, at += r[2]) {
                    b.appendCodePoint(cps[(int) at]);
                }
                return b.toString();
            }
            return new String(Character.toChars(cps[checkIndex(key, cps.length, "string")]));
        }
        if (obj instanceof PyRange r) {
            if (key instanceof PySlice s) {
                long[] ix = s.indices(r.length());
                return new PyRange(r.get(ix[0]), r.get(ix[0]) + ix[3] * ix[2] * r.step(), ix[2] * r.step());
            }
            return r.get(checkIndex(key, r.length(), "range object"));
        }
        if (obj instanceof PyType t) {
            Object cg = t.lookup("__class_getitem__");
            if (cg != null) {
                return Py.callBound(cg, t, key);
            }
            if (t == Types.LIST || t == Types.DICT || t == Types.TUPLE || t == Types.TYPE || t == Types.SET) {
                return t;
            }
        }
        Object r = Py.callSpecial(obj, "__getitem__", key);
        if (r == Py.NO_METHOD) {
            throw Py.typeError("'" + Py.typeName(obj) + "' object is not subscriptable");
        }
        return r;
    }

    public static void set(Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                assignSlice(l, s, value);
                return;
            }
            l.items.set(checkIndex(key, l.items.size(), "list assignment"), value);
            return;
        }
        if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        Object m = Py.specialMethod(obj, "__setitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(obj) + "' object does not support item assignment");
        }
        Py.call(m, key, value);
    }

    public static void delete(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] r = s.indices(l.items.size());
                List<Integer> drop = new ArrayList<>();
                for (long i = 0, at = r[0]; i < r[3]; i++, at += r[2]) {
                    drop.add((int) at);
                }
                drop.sort((a, b) -> b - a);
                for (int i : drop) {
                    l.items.remove(i);
                }
                return;
            }
            l.items.remove(checkIndex(key, l.items.size(), "list assignment"));
            return;
        }
        if (obj instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw Py.keyError(key);
            }
            return;
        }
        Object m = Py.specialMethod(obj, "__delitem__");
        if (m == null) {
            throw Py.typeError("'" + Py.typeName(obj) + "' object doesn't support item deletion");
        }
        Py.call(m, key);
    }

    /** A sequence index, negative from the end, or IndexError ("list index out of range"). */
    static int checkIndex(Object key, long size, String what) {
        if (!Py.isInt(key) && Py.specialMethod(key, "__index__") == null) {
            String kind = what.startsWith("list") ? "list" : what.startsWith("range") ? "range" : what;
            throw Py.typeError(kind + " indices must be integers or slices, not " + Py.typeName(key));
        }
        long i = Py.index(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Py.indexError(what + " index out of range");
        }
        return (int) i;
    }

    static ArrayList<Object> slice(List<Object> items, PySlice s) {
        long[] r = s.indices(items.size());
        ArrayList<Object> out = new ArrayList<>((int) r[3]);
        for (long i = 0, at = r[0]; i < r[3]; i++, at += r[2]) {
            out.add(items.get((int) at));
        }
        return out;
    }

    private static void assignSlice(PyList l, PySlice s, Object value) {
        List<Object> values = Py.toList(value);
        long[] r = s.indices(l.items.size());
        if (r[2] == 1) {
            int lo = (int) r[0];
            int hi = (int) Math.max(r[0], r[1]);
            l.items.subList(lo, hi).clear();
            l.items.addAll(lo, values);
            return;
        }
        if (values.size() != r[3]) {
            throw Py.valueError("attempt to assign sequence of size " + values.size() + " to extended slice of size "
                    + r[3]);
        }
        for (long i = 0, at = r[0]; i < r[3]; i++, at += r[2]) {
            l.items.set((int) at, values.get((int) i));
        }
    }
}
