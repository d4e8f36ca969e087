package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Items;
import dezero.lang.runtime.Ops;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyIterator;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PySet;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes derived from list, dict and set ({@code class Stack(list)}): an instance keeps its
 * items in a Java peer of the base's kind, made with the instance and filled by the base's
 * {@code __init__}. The bases' methods work on the peer ({@link ContainerMethods#method}); the
 * special methods below make subscripts, {@code len}, iteration, {@code in}, {@code ==} and the
 * repr reach it, where the interpreter's own paths see only a plain instance. A method the class
 * defines (its own {@code __getitem__}, {@code __repr__}) is found first, as in Python.
 */
final class ContainerSubclasses {
    private static final Object NOT_IMPLEMENTED = PyNone.NOT_IMPLEMENTED;

    private ContainerSubclasses() {}

    /** The peer holding the items of an instance of a class derived from list, dict or set; else {@code v} itself. */
    static Object items(Object v) {
        if (v instanceof PyObject o && (o.peer instanceof PyList || o.peer instanceof PyDict || o.peer instanceof PySet)) {
            return o.peer;
        }
        return v;
    }

    /**
     * Whether {@code v} is an instance of a derived class. The operators' special methods answer
     * NotImplemented for the bases' own instances, which the interpreter's own paths serve (and
     * which would otherwise come back here, round and round).
     */
    private static boolean derived(Object v) {
        return items(v) != v;
    }

    static void install() {
        Types.LIST.peerFactory = new Peers(Types.LIST);
        Types.DICT.peerFactory = new Peers(Types.DICT);
        Types.SET.peerFactory = new Peers(Types.SET);
        for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.SET}) {
            special(t, "__init__", "__len__", "__iter__", "__contains__", "__repr__", "__eq__");
            // unhashable, as the bases are: a subclass does not inherit object's identity hash
            t.dict.put("__hash__", PyNone.NONE);
        }
        for (PyType t : new PyType[] {Types.LIST, Types.DICT}) {
            special(t, "__getitem__", "__setitem__", "__delitem__");
        }
        operators(Types.LIST, "+", "*");
        operators(Types.SET, "|", "&", "-", "^");
        operators(Types.DICT, "|");
        special(Types.LIST, "__iadd__");
        for (String op : COMPARISONS) {
            special(Types.LIST, Ops.dunders(op)[0]);
            special(Types.SET, Ops.dunders(op)[0]);
        }
    }

    private static final String[] COMPARISONS = {"<", "<=", ">", ">="};

    /**
     * The operators of a base on its subclasses' instances ({@code s + [1]}, {@code 2 * s},
     * {@code tags | {'a'}}), plain, reflected and in place; list has no reflected +, and its +=
     * extends (below).
     */
    private static void operators(PyType t, String... ops) {
        for (String op : ops) {
            String[] names = Ops.dunders(op);
            special(t, names[0]);
            if (!op.equals("+")) {
                special(t, names[1], names[2]);
            }
        }
    }

    private static void special(PyType t, String... names) {
        for (String name : names) {
            t.dict.put(name, new Builtin(name, new Special(t, name)));
        }
    }

    /** An empty list, dict or set for each new instance of a derived class. */
    private static final class Peers implements PyType.PeerFactory {
        private final PyType base;

        Peers(PyType base) {
            this.base = base;
        }

        @Override
        public Object create(PyObject instance) {
            return base == Types.LIST ? new PyList() : base == Types.DICT ? new PyDict() : new PySet();
        }
    }

    /** One special method of list, dict or set, run on the items of {@code self}. */
    private static final class Special implements Builtin.Body {
        private final PyType base;
        private final String name;

        Special(PyType base, String name) {
            this.base = base;
            this.name = name;
        }

        @Override
        public Object call(Object[] a, Map<String, Object> k) {
            Object self = a[0];
            Object items = items(self);
            if (name.equals("__init__")) {
                init(items, a, k);
                return PyNone.NONE;
            }
            if (!k.isEmpty()) {
                throw Py.typeError(base.name + "." + name + "() takes no keyword arguments");
            }
            Object arg = a.length > 1 ? a[1] : null;
            switch (name) {
                case "__len__":
                    return Py.len(items);
                case "__iter__":
                    return new PyIterator(Py.iter(items), base == Types.DICT ? "dict_keyiterator" : base.name + "_iterator");
                case "__contains__":
                    return Ops.contains(items, arg);
                case "__repr__":
                    return repr(self, items);
                case "__getitem__":
                    return getitem(self, items, arg);
                case "__setitem__":
                    Items.set(items, arg, a[2]);
                    return PyNone.NONE;
                case "__delitem__":
                    Items.delete(items, arg);
                    return PyNone.NONE;
                default:
                    return operator(self, items, arg);
            }
        }

        /** A base's __init__, which fills the (new, empty) items: list(iterable), set(iterable), dict(mapping, **kw). */
        private void init(Object items, Object[] a, Map<String, Object> k) {
            if (items instanceof PyDict d) {
                if (a.length > 2) {
                    throw Py.typeError("dict expected at most 1 argument, got " + (a.length - 1));
                }
                if (a.length > 1) {
                    BuiltinTypes.update(d, a[1]);
                }
                for (Map.Entry<String, Object> e : k.entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return;
            }
            if (!k.isEmpty()) {
                throw Py.typeError(base.name + "() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw Py.typeError(base.name + " expected at most 1 argument, got " + (a.length - 1));
            }
            List<Object> from = a.length > 1 ? Py.toList(a[1]) : List.of();
            if (items instanceof PyList l) {
                l.items.clear();
                l.items.addAll(from);
            } else if (items instanceof PySet s) {
                s.map.clear();
                for (Object v : from) {
                    s.add(v);
                }
            }
        }

        /** A set's repr names a derived class (Tags({'a'}), Tags()); a list's and a dict's do not. */
        private Object repr(Object self, Object items) {
            if (items instanceof PySet s && derived(self)) {
                return Py.typeName(self) + (s.size() == 0 ? "()" : "(" + Py.repr(s) + ")");
            }
            return Py.repr(items);
        }

        /** A dict's lookup asks a derived class's __missing__ before it fails (collections.defaultdict's way). */
        private static Object getitem(Object self, Object items, Object key) {
            if (!(items instanceof PyDict d)) {
                return Items.get(items, key);
            }
            Object v = d.get(key);
            if (v != null) {
                return v;
            }
            Object missing = self instanceof PyObject o ? o.type.lookup("__missing__") : null;
            if (missing != null) {
                return Py.callBound(missing, self, key);
            }
            throw Py.keyError(key);
        }

        /**
         * ==, the orderings and the arithmetic: the result is the base's, as Python's is (a list,
         * not a Stack), except in place, where the instance keeps its class and takes the result's
         * items. The other operators take only their own kind, so that the error names the
         * operands' own classes. The bases' own instances get NotImplemented: the
         * interpreter's paths serve them (and would otherwise come back here, round and round).
         */
        private Object operator(Object self, Object items, Object other) {
            Object otherItems = items(other);
            // list's + and * (and +=, which takes any iterable) check their operand themselves
            boolean anyOperand = name.equals("__eq__") || base == Types.LIST && OPERATORS.containsKey(name);
            if (!derived(self) || !anyOperand && !Py.type(other).isSubtypeOf(base)) {
                return NOT_IMPLEMENTED;
            }
            if (name.equals("__eq__")) {
                return Ops.eq(items, otherItems);
            }
            if (name.equals("__iadd__")) {
                ((PyList) items).items.addAll(Py.toList(other));
                return self;
            }
            for (String op : COMPARISONS) {
                if (name.equals(Ops.dunders(op)[0])) {
                    return Ops.compare(op, items, otherItems);
                }
            }
            String op = OPERATORS.get(name);
            String[] names = Ops.dunders(op);
            if (name.equals(names[1])) {
                return Ops.binary(op, otherItems, items);
            }
            Object result = Ops.binary(op, items, otherItems);
            if (name.equals(names[2])) {
                replaceItems(items, result);
                return self;
            }
            return result;
        }
    }

    /** The operator of each arithmetic special method above, its plain, reflected and in-place names alike. */
    private static final Map<String, String> OPERATORS = new HashMap<>();

    static {
        for (String op : new String[] {"+", "*", "|", "&", "-", "^"}) {
            for (String name : Ops.dunders(op)) {
                OPERATORS.put(name, op);
            }
        }
    }

    private static void replaceItems(Object items, Object result) {
        if (items instanceof PyList l) {
            l.items.clear();
            l.items.addAll(((PyList) result).items);
        } else if (items instanceof PySet s) {
            s.map.clear();
            s.map.putAll(((PySet) result).map);
        } else {
            PyDict d = (PyDict) items;
            d.map.clear();
            d.map.putAll(((PyDict) result).map);
        }
    }
}
