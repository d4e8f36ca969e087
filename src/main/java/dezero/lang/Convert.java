package dezero.lang;

import dezero.core.NDArray;
import dezero.core.NumpyFormat;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;

/** Conversions between values, with the language's errors: numbers and lists become arrays as numpy's {@code asarray}. */
final class Convert {
    private Convert() {}

    /** A Variable, or a new leaf holding a number, list or array (DeZero's {@code as_variable}). */
    static Variable toVariable(Value v, Span span, String what) {
        if (v instanceof Value.Var x) {
            return x.variable();
        }
        return new Variable(toArray(v, span, what));
    }

    /** True for what can become an array: numbers, booleans, lists, tuples and arrays. */
    static boolean isArrayLike(Value v) {
        return v instanceof Value.Num || v instanceof Value.Bool || v instanceof Value.ListValue
                || v instanceof Value.Tuple || v instanceof Value.Array;
    }

    static NDArray toArray(Value v, Span span, String what) {
        if (v instanceof Value.Array a) {
            return a.array();
        }
        if (v instanceof Value.Num || v instanceof Value.Bool) {
            return NDArray.scalar(toDouble(v, span, what));
        }
        if (v instanceof Value.ListValue || v instanceof Value.Tuple) {
            return fromNested(v, span);
        }
        if (v instanceof Value.Var) {
            throw LangError.type(what + " must be an array, not a Variable (use its .data)", span);
        }
        throw LangError.type(what + " must be a Variable, an array, a list or a number, not '" + v.typeName() + "'",
                span);
    }

    /**
     * numpy's {@code asarray} of nested lists: a first pass finds the shape (or numpy's error), then
     * the elements go straight into a buffer checked for size before it is allocated.
     */
    private static NDArray fromNested(Value v, Span span) {
        Flat measure = new Flat(null);
        flatten(v, 0, measure, span);
        int[] shape = measure.shape.stream().mapToInt(Integer::intValue).toArray();
        long size = 1;
        for (int d : shape) {
            size = Math.min(size * d, (long) NDArray.MAX_SIZE + 1);
        }
        if (size > NDArray.MAX_SIZE) {
            throw LangError.value("array is too big: shape " + compact(shape) + " has " + measure.count
                    + " elements, the limit is " + NDArray.MAX_SIZE, span);
        }
        Flat fill = new Flat(NDArray.newBuffer(shape));
        flatten(v, 0, fill, span);
        return NDArray.wrap(fill.data, shape);
    }

    /** The shape found so far and the elements: counted only (a first pass) or stored. */
    private static final class Flat {
        final List<Integer> shape = new ArrayList<>();
        final double[] data;
        long count;

        Flat(double[] data) {
            this.data = data;
        }

        void add(double x) {
            if (data != null) {
                data[(int) count] = x;
            }
            count++;
        }
    }

    private static void flatten(Value v, int level, Flat flat, Span span) {
        List<Value> items = v instanceof Value.ListValue l ? l.items() : v instanceof Value.Tuple t ? t.items() : null;
        List<Integer> shape = flat.shape;
        if (items == null && v instanceof Value.Array a) {
            addArray(a.array(), level, flat, span);
            return;
        }
        if (items == null) {
            if (level != shape.size()) {
                throw inhomogeneous(shape, level, span);
            }
            flat.add(toDouble(v, span, "an array element"));
            return;
        }
        if (level == shape.size()) {
            if (flat.count > 0) {
                throw inhomogeneous(shape, level, span);
            }
            shape.add(items.size());
        } else if (level > shape.size() || shape.get(level) != items.size()) {
            throw inhomogeneous(shape, level, span);
        }
        for (Value item : items) {
            flatten(item, level + 1, flat, span);
        }
    }

    private static void addArray(NDArray a, int level, Flat flat, Span span) {
        List<Integer> shape = flat.shape;
        int[] s = a.shape();
        for (int i = 0; i < s.length; i++) {
            if (level + i == shape.size() && flat.count == 0) {
                shape.add(s[i]);
            } else if (level + i >= shape.size() || shape.get(level + i) != s[i]) {
                throw inhomogeneous(shape, level + i, span);
            }
        }
        if (level + s.length != shape.size()) {
            throw inhomogeneous(shape, level + s.length, span);
        }
        if (flat.data == null) {
            flat.count += a.size();
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            flat.add(a.flat(i));
        }
    }

    /** numpy's compact shape of its error messages: {@code (2,3)}, {@code (3,)}. */
    private static String compact(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? "," : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private static LangError inhomogeneous(List<Integer> shape, int level, Span span) {
        int dims = Math.min(level, shape.size());
        int[] detected = shape.subList(0, dims).stream().mapToInt(Integer::intValue).toArray();
        return LangError.value("setting an array element with a sequence. The requested array has an inhomogeneous "
                + "shape after " + dims + " dimensions. The detected shape was " + NumpyFormat.shapeTuple(detected)
                + " + inhomogeneous part.", span);
    }

    static double toDouble(Value v, Span span, String what) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof Value.Array a && a.array().size() == 1) {
            return a.array().item();
        }
        if (v instanceof Value.Var x && x.variable().size() == 1) {
            return x.variable().data.item();
        }
        throw LangError.type(what + " must be a number, not '" + v.typeName() + "'", span);
    }

    /**
     * An int, or a ValueError if it is too large for one. A whole float past the int range counts as
     * too large rather than as a float (integers past 2**53 are floats here: {@code zeros(10**20)}).
     */
    static int toInt(Value v, Span span, String what) {
        if (v instanceof Value.Bool b) {
            return b.value() ? 1 : 0;
        }
        if (isTooLargeForInt(v)) {
            throw LangError.value(what + " is too large: " + Repr.number((Value.Num) v) + " (the limit is "
                    + Integer.MAX_VALUE + ")", span);
        }
        if (v instanceof Value.Num n && n.isInt()) {
            return (int) n.value();
        }
        throw LangError.type("'" + v.typeName() + "' object cannot be interpreted as an integer (" + what + ")", span);
    }

    /** A whole number (an int, or a whole float) outside the range of a Java int. */
    static boolean isTooLargeForInt(Value v) {
        return v instanceof Value.Num n && (n.isInt() || n.value() == Math.rint(n.value()))
                && !Double.isInfinite(n.value()) && Math.abs(n.value()) > Integer.MAX_VALUE;
    }

    static int[] toShape(Value v, Span span, String what) {
        List<Value> items = v instanceof Value.Tuple t ? t.items() : v instanceof Value.ListValue l ? l.items() : null;
        if (items == null) {
            return new int[] {toInt(v, span, what)};
        }
        int[] shape = new int[items.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = toInt(items.get(i), span, what);
        }
        return shape;
    }

    /** A shape as the tuple value {@code (2, 3)}. */
    static Value.Tuple tuple(int[] shape) {
        List<Value> items = new ArrayList<>();
        for (int d : shape) {
            items.add(Value.Num.ofInt(d));
        }
        return new Value.Tuple(List.copyOf(items));
    }
}
