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
            List<Integer> shape = new ArrayList<>();
            List<Double> data = new ArrayList<>();
            flatten(v, 0, shape, data, span);
            double[] d = new double[data.size()];
            for (int i = 0; i < d.length; i++) {
                d[i] = data.get(i);
            }
            return NDArray.of(d, shape.stream().mapToInt(Integer::intValue).toArray());
        }
        if (v instanceof Value.Var) {
            throw LangError.type(what + " must be an array, not a Variable (use its .data)", span);
        }
        throw LangError.type(what + " must be a Variable, an array, a list or a number, not '" + v.typeName() + "'",
                span);
    }

    private static void flatten(Value v, int level, List<Integer> shape, List<Double> data, Span span) {
        List<Value> items = v instanceof Value.ListValue l ? l.items() : v instanceof Value.Tuple t ? t.items() : null;
        if (items == null && v instanceof Value.Array a) {
            addArray(a.array(), level, shape, data, span);
            return;
        }
        if (items == null) {
            if (level != shape.size()) {
                throw inhomogeneous(shape, level, span);
            }
            data.add(toDouble(v, span, "an array element"));
            return;
        }
        if (level == shape.size()) {
            if (!data.isEmpty()) {
                throw inhomogeneous(shape, level, span);
            }
            shape.add(items.size());
        } else if (level > shape.size() || shape.get(level) != items.size()) {
            throw inhomogeneous(shape, level, span);
        }
        for (Value item : items) {
            flatten(item, level + 1, shape, data, span);
        }
    }

    private static void addArray(NDArray a, int level, List<Integer> shape, List<Double> data, Span span) {
        int[] s = a.shape();
        for (int i = 0; i < s.length; i++) {
            if (level + i == shape.size() && data.isEmpty()) {
                shape.add(s[i]);
            } else if (level + i >= shape.size() || shape.get(level + i) != s[i]) {
                throw inhomogeneous(shape, level + i, span);
            }
        }
        for (double d : a.toArray()) {
            data.add(d);
        }
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

    static int toInt(Value v, Span span, String what) {
        if (v instanceof Value.Bool b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof Value.Num n && n.isInt()) {
            if (Math.abs(n.value()) > Integer.MAX_VALUE) {
                throw LangError.value(what + " is too large: " + Repr.number(n), span);
            }
            return (int) n.value();
        }
        throw LangError.type("'" + v.typeName() + "' object cannot be interpreted as an integer (" + what + ")", span);
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
