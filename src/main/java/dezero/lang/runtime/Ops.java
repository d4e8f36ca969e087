package dezero.lang.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's operators: numbers, strings and containers natively; everything else through the
 * special methods of its class ({@code __add__}, then the right operand's {@code __radd__}),
 * which is how arrays, Variables and user classes take part.
 */
public final class Ops {
    private static final Map<String, String[]> DUNDERS = Map.ofEntries(
            Map.entry("+", new String[] {"__add__", "__radd__", "__iadd__"}),
            Map.entry("-", new String[] {"__sub__", "__rsub__", "__isub__"}),
            Map.entry("*", new String[] {"__mul__", "__rmul__", "__imul__"}),
            Map.entry("/", new String[] {"__truediv__", "__rtruediv__", "__itruediv__"}),
            Map.entry("//", new String[] {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}),
            Map.entry("%", new String[] {"__mod__", "__rmod__", "__imod__"}),
            Map.entry("**", new String[] {"__pow__", "__rpow__", "__ipow__"}),
            Map.entry("@", new String[] {"__matmul__", "__rmatmul__", "__imatmul__"}),
            Map.entry("<<", new String[] {"__lshift__", "__rlshift__", "__ilshift__"}),
            Map.entry(">>", new String[] {"__rshift__", "__rrshift__", "__irshift__"}),
            Map.entry("&", new String[] {"__and__", "__rand__", "__iand__"}),
            Map.entry("|", new String[] {"__or__", "__ror__", "__ior__"}),
            Map.entry("^", new String[] {"__xor__", "__rxor__", "__ixor__"}),
            Map.entry("<", new String[] {"__lt__", "__gt__"}),
            Map.entry(">", new String[] {"__gt__", "__lt__"}),
            Map.entry("<=", new String[] {"__le__", "__ge__"}),
            Map.entry(">=", new String[] {"__ge__", "__le__"}),
            Map.entry("==", new String[] {"__eq__", "__eq__"}),
            Map.entry("!=", new String[] {"__ne__", "__ne__"}));

    private static final Object NI = PyNone.NOT_IMPLEMENTED;

    private Ops() {}

    /** The special method names of a binary operator: {plain, reflected, in-place}. */
    public static String[] dunders(String op) {
        return DUNDERS.get(op);
    }

    /** {@code a op b}. */
    public static Object binary(String op, Object a, Object b) {
        Object r = nativeBinary(op, a, b);
        if (r != NI) {
            return r;
        }
        String[] names = DUNDERS.get(op);
        PyType ta = Types.of(a);
        PyType tb = Types.of(b);
        boolean rightFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(names[1]) != null
                && tb.lookup(names[1]) != ta.lookup(names[1]);
        if (rightFirst) {
            r = callSpecial(b, tb, names[1], a);
            if (r != NI) {
                return r;
            }
        }
        if (!isNative(a)) {
            r = callSpecial(a, ta, names[0], b);
            if (r != NI) {
                return r;
            }
        }
        if (ta != tb && !rightFirst && !isNative(b)) {
            r = callSpecial(b, tb, names[1], a);
            if (r != NI) {
                return r;
            }
        }
        if (op.equals("+") && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            throw Py.typeError("can only concatenate " + ta.name + " (not \"" + tb.name + "\") to " + ta.name);
        }
        if (op.equals("*") && (isSequence(a) || isSequence(b))) {
            throw Py.typeError("can't multiply sequence by non-int of type '" + (isSequence(a) ? tb : ta).name + "'");
        }
        throw Py.typeError("unsupported operand type(s) for " + (op.equals("**") ? "** or pow()" : op) + ": '"
                + ta.name + "' and '" + tb.name + "'");
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple;
    }

    /** {@code a op= b}: the in-place method if the class has one, else the plain operator. */
    public static Object inplace(String op, Object a, Object b) {
        if (a instanceof PyList l && op.equals("+")) {
            l.items.addAll(Py.toList(b));
            return l;
        }
        if (a instanceof PyList l && op.equals("*")) {
            List<Object> copy = new ArrayList<>(l.items);
            long n = Py.index(b);
            l.items.clear();
            for (long i = 0; i < n; i++) {
                l.items.addAll(copy);
            }
            return l;
        }
        if (!isNative(a)) {
            PyType ta = Types.of(a);
            Object m = ta.lookup(DUNDERS.get(op)[2]);
            if (m != null) {
                Object r = Py.callBound(m, a, b);
                if (r != NI) {
                    return r;
                }
            }
        }
        return binary(op, a, b);
    }

    private static Object callSpecial(Object self, PyType t, String name, Object other) {
        Object m = t.lookup(name);
        if (m == null || m == PyNone.NONE) {
            return NI;
        }
        return Py.callBound(m, self, other);
    }

    private static boolean isNative(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                || v instanceof BigInteger || v instanceof PyList || v instanceof PyTuple || v == PyNone.NONE;
    }

    /** Numbers, strings, lists and tuples among themselves; NotImplemented otherwise. */
    private static Object nativeBinary(String op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return intOp(op, x, y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return floatOp(op, x, y);
        }
        boolean an = Py.isNumber(a);
        boolean bn = Py.isNumber(b);
        if (an && bn) {
            if (a instanceof Double || b instanceof Double) {
                return floatOp(op, Py.toDouble(a), Py.toDouble(b));
            }
            return intOp(op, PyInt.of(a), PyInt.of(b));
        }
        if (a instanceof String s) {
            if (b instanceof String t && op.equals("+")) {
                return s + t;
            }
            if (op.equals("*") && Py.isInt(b)) {
                return repeat(s, Py.index(b));
            }
            if (op.equals("%")) {
                return Formatting.percent(s, b);
            }
            return NI;
        }
        if (b instanceof String s && op.equals("*") && Py.isInt(a)) {
            return repeat(s, Py.index(a));
        }
        if (a instanceof PyList l) {
            if (b instanceof PyList m && op.equals("+")) {
                PyList r = new PyList(l.items);
                r.items.addAll(m.items);
                return r;
            }
            if (op.equals("*") && Py.isInt(b)) {
                return repeat(l, Py.index(b));
            }
            return NI;
        }
        if (b instanceof PyList l && op.equals("*") && Py.isInt(a)) {
            return repeat(l, Py.index(a));
        }
        if (a instanceof PyTuple t) {
            if (b instanceof PyTuple u && op.equals("+")) {
                Object[] all = new Object[t.items.length + u.items.length];
                System.arraycopy(t.items, 0, all, 0, t.items.length);
                System.arraycopy(u.items, 0, all, t.items.length, u.items.length);
                return new PyTuple(all);
            }
            if (op.equals("*") && Py.isInt(b)) {
                return PyTuple.of(repeat(new PyList(List.of(t.items)), Py.index(b)).items);
            }
            return NI;
        }
        if (b instanceof PyTuple t && op.equals("*") && Py.isInt(a)) {
            return PyTuple.of(repeat(new PyList(List.of(t.items)), Py.index(a)).items);
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return setOp(op, s, t);
        }
        if (a instanceof PyDict d && b instanceof PyDict e && op.equals("|")) {
            PyDict r = new PyDict();
            r.map.putAll(d.map);
            r.map.putAll(e.map);
            return r;
        }
        return NI;
    }

    private static Object setOp(String op, PySet s, PySet t) {
        PySet r = new PySet();
        switch (op) {
            case "|" -> {
                s.map.values().forEach(r::add);
                t.map.values().forEach(r::add);
            }
            case "&" -> s.map.values().stream().filter(t::contains).forEach(r::add);
            case "-" -> s.map.values().stream().filter(v -> !t.contains(v)).forEach(r::add);
            case "^" -> {
                s.map.values().stream().filter(v -> !t.contains(v)).forEach(r::add);
                t.map.values().stream().filter(v -> !s.contains(v)).forEach(r::add);
            }
            default -> {
                return NI;
            }
        }
        return r;
    }

    private static String repeat(String s, long n) {
        if (n <= 0) {
            return "";
        }
        if (n * s.length() > 100_000_000L) {
            throw Py.error(Types.MEMORY_ERROR, null);
        }
        return s.repeat((int) n);
    }

    private static PyList repeat(PyList l, long n) {
        PyList r = new PyList();
        if (n > 0 && n * l.items.size() > 100_000_000L) {
            throw Py.error(Types.MEMORY_ERROR, null);
        }
        for (long i = 0; i < n; i++) {
            r.items.addAll(l.items);
        }
        return r;
    }

    private static Object intOp(String op, Object x, Object y) {
        switch (op) {
            case "+": return PyInt.add(x, y);
            case "-": return PyInt.sub(x, y);
            case "*": return PyInt.mul(x, y);
            case "/": return PyInt.trueDiv(x, y);
            case "//": return PyInt.floorDiv(x, y);
            case "%": return PyInt.mod(x, y);
            case "**": return PyInt.pow(x, y);
            case "<<": return PyInt.shift(x, y, true);
            case ">>": return PyInt.shift(x, y, false);
            case "&": return PyInt.normalize(PyInt.big(x).and(PyInt.big(y)));
            case "|": return PyInt.normalize(PyInt.big(x).or(PyInt.big(y)));
            case "^": return PyInt.normalize(PyInt.big(x).xor(PyInt.big(y)));
            default: return NI;
        }
    }

    private static Object floatOp(String op, double x, double y) {
        switch (op) {
            case "+": return x + y;
            case "-": return x - y;
            case "*": return x * y;
            case "/":
                if (y == 0) {
                    throw Py.zeroDivision("float division by zero");
                }
                return x / y;
            case "//":
                if (y == 0) {
                    throw Py.zeroDivision("float floor division by zero");
                }
                return floorDiv(x, y);
            case "%":
                if (y == 0) {
                    throw Py.zeroDivision("float modulo");
                }
                return floatMod(x, y);
            case "**":
                if (x == 0 && y < 0) {
                    throw Py.zeroDivision("0.0 cannot be raised to a negative power");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw Py.error(Types.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
                }
                return r;
            default:
                return NI;
        }
    }

    /** CPython's float floor division (float_floor_div in floatobject.c). */
    private static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, x / y);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    private static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
            m += y;
        }
        return m == 0 ? Math.copySign(0.0, y) : m;
    }

    /** {@code -a}, {@code +a}, {@code ~a}. */
    public static Object unary(String op, Object a) {
        if (op.equals("not")) {
            return !Py.truthy(a);
        }
        if (a instanceof Double d) {
            if (op.equals("-")) {
                return -d;
            }
            if (op.equals("+")) {
                return d;
            }
        } else if (Py.isInt(a)) {
            Object x = PyInt.of(a);
            switch (op) {
                case "-": return PyInt.neg(x);
                case "+": return x;
                case "~": return PyInt.normalize(PyInt.big(x).not());
                default: break;
            }
        }
        String name = switch (op) {
            case "-" -> "__neg__";
            case "+" -> "__pos__";
            default -> "__invert__";
        };
        Object m = Py.specialMethod(a, name);
        if (m == null) {
            throw Py.typeError("bad operand type for unary " + op + ": '" + Py.typeName(a) + "'");
        }
        return Py.call(m);
    }

    // ---- comparisons ----

    /** {@code a op b} for {@code < > <= >= == !=}. */
    public static Object compare(String op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return compareResult(op, Long.compare(x, y));
        }
        if (Py.isNumber(a) && Py.isNumber(b)) {
            return compareResult(op, numberCompare(a, b));
        }
        if (a instanceof String s && b instanceof String t) {
            return compareResult(op, s.compareTo(t));
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            return sequenceCompare(op, Py.toList(a), Py.toList(b));
        }
        boolean eq = op.equals("==");
        boolean ne = op.equals("!=");
        if (a instanceof PySet s && b instanceof PySet t && !eq && !ne) {
            // sets are ordered by inclusion: <= is subset, < proper subset
            return switch (op) {
                case "<=" -> subset(s, t);
                case "<" -> s.size() < t.size() && subset(s, t);
                case ">=" -> subset(t, s);
                default -> t.size() < s.size() && subset(t, s);
            };
        }
        if (isNative(a) && isNative(b)) {
            if (eq || ne) {
                return ne ^ nativeEquals(a, b);
            }
            throw unorderable(op, a, b);
        }
        String[] names = DUNDERS.get(op);
        PyType ta = Types.of(a);
        PyType tb = Types.of(b);
        Object r = NI;
        boolean rightFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(names[1]) != null;
        if (rightFirst) {
            r = callSpecial(b, tb, names[1], a);
        }
        if (r == NI && !isNative(a)) {
            r = callSpecial(a, ta, names[0], b);
        }
        if (r == NI && !rightFirst && !isNative(b)) {
            r = callSpecial(b, tb, names[1], a);
        }
        if (r != NI) {
            return r;
        }
        if (ne && !isNative(a)) {
            Object m = ta.lookup("__eq__");
            if (m != null) {
                Object e = Py.callBound(m, a, b);
                if (e != NI) {
                    return !Py.truthy(e);
                }
            }
        }
        if (eq) {
            return a == b || nativeEquals(a, b);
        }
        if (ne) {
            return !(a == b || nativeEquals(a, b));
        }
        throw unorderable(op, a, b);
    }

    private static boolean subset(PySet s, PySet t) {
        return s.size() <= t.size() && t.map.keySet().containsAll(s.map.keySet());
    }

    private static boolean nativeEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyDict d && b instanceof PyDict e) {
            if (d.size() != e.size()) {
                return false;
            }
            for (Map.Entry<Object, Object> en : d.map.entrySet()) {
                Object other = e.map.get(en.getKey());
                if (other == null || !eq(en.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet s && b instanceof PySet t) {
            return s.size() == t.size() && s.map.keySet().containsAll(t.map.keySet());
        }
        if (a instanceof PyRange r && b instanceof PyRange s) {
            return r.equals(s);
        }
        if (a instanceof PyObject || b instanceof PyObject) {
            // Instances whose classes' __eq__ all declined: object's default, identity (checked
            // above). PyObject.equals would ask compare again, round and round.
            return false;
        }
        return a.equals(b);
    }

    private static PyException unorderable(String op, Object a, Object b) {
        return Py.typeError("'" + op + "' not supported between instances of '" + Py.typeName(a) + "' and '"
                + Py.typeName(b) + "'");
    }

    private static int numberCompare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = Py.toDouble(a instanceof BigInteger ? ((BigInteger) a).doubleValue() : a);
            double y = Py.toDouble(b instanceof BigInteger ? ((BigInteger) b).doubleValue() : b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Integer.MIN_VALUE;
            }
            return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        }
        return PyInt.compare(PyInt.of(a), PyInt.of(b));
    }

    private static Object compareResult(String op, int c) {
        if (c == Integer.MIN_VALUE) {
            return op.equals("!=");
        }
        return switch (op) {
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case ">=" -> c >= 0;
            case "==" -> c == 0;
            default -> c != 0;
        };
    }

    private static Object sequenceCompare(String op, List<Object> a, List<Object> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == y || eq(x, y)) {
                continue;
            }
            if (op.equals("==")) {
                return false;
            }
            if (op.equals("!=")) {
                return true;
            }
            return compare(op, x, y);
        }
        return compareResult(op, Integer.compare(a.size(), b.size()));
    }

    /** Python's {@code a == b} as a Java boolean (identity first, as containers do). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        Object r = compare("==", a, b);
        return r instanceof Boolean bool ? bool : Py.truthy(r);
    }

    /** Python's {@code hash(v)} folded to an int, consistent with {@link #eq} for keys. */
    public static int hash(Object v) {
        Object k = Key.of(v);
        return k instanceof PyObject || k instanceof PyTuple || k instanceof String || k instanceof Long
                || k instanceof BigInteger || k instanceof Double ? k.hashCode() : System.identityHashCode(k);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof String s) {
            if (!(item instanceof String t)) {
                throw Py.typeError("'in <string>' requires string as left operand, not " + Py.typeName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyList l) {
            for (Object o : l.items) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object o : t.items) {
                if (eq(o, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r && item instanceof Long x) {
            long n = r.length();
            long k = r.step() > 0 ? x - r.start() : r.start() - x;
            long step = Math.abs(r.step());
            return k >= 0 && k % step == 0 && k / step < n;
        }
        Object m = Py.specialMethod(container, "__contains__");
        if (m != null) {
            return Py.truthy(Py.call(m, item));
        }
        java.util.Iterator<Object> it = Py.iter(container);
        while (it.hasNext()) {
            if (eq(it.next(), item)) {
                return true;
            }
        }
        return false;
    }
}
