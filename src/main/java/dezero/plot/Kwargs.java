package dezero.plot;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyword arguments as the language passes them (String, Number, Boolean, double[] or a List),
 * read with matplotlib's errors: an unknown name is its AttributeError, a wrong type a TypeError.
 */
final class Kwargs {
    private final Map<String, ?> map;

    Kwargs(Map<String, ?> map, String owner, Set<String> known) {
        this.map = map == null ? Map.of() : map;
        for (String key : this.map.keySet()) {
            if (!known.contains(key)) {
                throw new PlotException(PlotException.Kind.AttributeError,
                        owner + ".set() got an unexpected keyword argument '" + key + "'");
            }
        }
    }

    /** The value of the first of {@code names} present (aliases such as lw/linewidth), or null. */
    Object get(String... names) {
        Object found = null;
        String first = null;
        for (String name : names) {
            if (map.containsKey(name) && map.get(name) != null) {
                if (found != null) {
                    throw new PlotException(PlotException.Kind.TypeError,
                            "Got both '" + first + "' and '" + name + "', which are aliases of one another");
                }
                found = map.get(name);
                first = name;
            }
        }
        return found;
    }

    String string(String... names) {
        Object v = get(names);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new PlotException(PlotException.Kind.TypeError,
                names[0] + " must be a string, not " + typeName(v));
    }

    Double number(String... names) {
        Object v = get(names);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new PlotException(PlotException.Kind.TypeError,
                names[0] + " must be a real number, not " + typeName(v));
    }

    /** A scalar or a sequence of numbers as an array (a scalar gives one element). */
    static double[] numbers(Object v, String name) {
        if (v instanceof Number n) {
            return new double[] {n.doubleValue()};
        }
        if (v instanceof double[] a) {
            return a;
        }
        if (v instanceof List<?> list) {
            double[] a = new double[list.size()];
            for (int i = 0; i < a.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw new PlotException(PlotException.Kind.TypeError,
                            name + " must be numbers, not " + typeName(list.get(i)));
                }
                a[i] = n.doubleValue();
            }
            return a;
        }
        throw new PlotException(PlotException.Kind.TypeError, name + " must be numbers, not " + typeName(v));
    }

    static String typeName(Object v) {
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof Number) {
            return "int";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof List<?>) {
            return "list";
        }
        return v.getClass().getSimpleName();
    }
}
