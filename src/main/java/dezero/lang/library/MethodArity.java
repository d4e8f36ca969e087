package dezero.lang.library;

import dezero.lang.runtime.Py;
import java.util.HashMap;
import java.util.Map;

/**
 * How many positional arguments the methods of str, list, tuple, dict and set take, and the
 * words CPython 3.11 uses when a call gives another number: four styles, one per way CPython
 * declares a method (no arguments, exactly one, Argument Clinic's "expected", the older
 * "takes"). Checked before the method runs, so a missing argument is CPython's TypeError rather
 * than whatever the body would do with the array it indexes. The table was read off CPython's
 * own messages (src/test/resources/dezero/lang/library/gen_method_arity.py).
 */
final class MethodArity {
    /** How CPython words a wrong count. */
    enum Style {
        /** {@code str.upper() takes no arguments (1 given)} */
        NO_ARGS,
        /** {@code list.append() takes exactly one argument (0 given)} */
        ONE_ARG,
        /** {@code center expected at least 1 argument, got 0}; {@code insert expected 2 arguments, got 0} */
        EXPECTED,
        /** {@code find() takes at least 1 argument (0 given)} */
        TAKES
    }

    /** A method's allowed counts of positional arguments. */
    record Arity(Style style, int min, int max) {
        /** Raises CPython's TypeError when {@code n} positional arguments are not allowed. */
        void check(String type, String method, int n) {
            if (n >= min && n <= max) {
                return;
            }
            throw Py.typeError(switch (style) {
                case NO_ARGS -> type + "." + method + "() takes no arguments (" + n + " given)";
                case ONE_ARG -> type + "." + method + "() takes exactly one argument (" + n + " given)";
                case EXPECTED -> min == max ? method + " expected " + arguments(min) + ", got " + n
                        : method + " expected at " + (n < min ? "least " + arguments(min) : "most " + arguments(max))
                                + ", got " + n;
                case TAKES -> method + "() takes at " + (n < min ? "least " + arguments(min) : "most " + arguments(max))
                        + " (" + n + " given)";
            });
        }

        private static String arguments(int k) {
            return k + (k == 1 ? " argument" : " arguments");
        }
    }

    private static final Arity NONE = new Arity(Style.NO_ARGS, 0, 0);
    private static final Arity ONE = new Arity(Style.ONE_ARG, 1, 1);
    private static final Map<String, Arity> BY_METHOD = new HashMap<>();

    static {
        for (String m : new String[] {"capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal",
                "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
                "lower", "swapcase", "title", "upper"}) {
            BY_METHOD.put("str." + m, NONE);
        }
        for (String m : new String[] {"format_map", "join", "partition", "removeprefix", "removesuffix",
                "rpartition", "translate", "zfill"}) {
            BY_METHOD.put("str." + m, ONE);
        }
        for (String m : new String[] {"center", "ljust", "rjust"}) {
            BY_METHOD.put("str." + m, new Arity(Style.EXPECTED, 1, 2));
        }
        for (String m : new String[] {"lstrip", "rstrip", "strip"}) {
            BY_METHOD.put("str." + m, new Arity(Style.EXPECTED, 0, 1));
        }
        BY_METHOD.put("str.replace", new Arity(Style.EXPECTED, 2, 3));
        BY_METHOD.put("str.maketrans", new Arity(Style.EXPECTED, 1, 3));
        for (String m : new String[] {"count", "endswith", "find", "index", "rfind", "rindex", "startswith"}) {
            BY_METHOD.put("str." + m, new Arity(Style.TAKES, 1, 3));
        }
        BY_METHOD.put("str.encode", new Arity(Style.TAKES, 0, 2));
        BY_METHOD.put("str.expandtabs", new Arity(Style.TAKES, 0, 1));
        BY_METHOD.put("str.split", new Arity(Style.TAKES, 0, 2));
        BY_METHOD.put("str.rsplit", new Arity(Style.TAKES, 0, 2));
        BY_METHOD.put("str.splitlines", new Arity(Style.TAKES, 0, 1));

        for (String m : new String[] {"clear", "copy", "reverse"}) {
            BY_METHOD.put("list." + m, NONE);
        }
        for (String m : new String[] {"append", "count", "extend", "remove"}) {
            BY_METHOD.put("list." + m, ONE);
        }
        BY_METHOD.put("list.index", new Arity(Style.EXPECTED, 1, 3));
        BY_METHOD.put("list.insert", new Arity(Style.EXPECTED, 2, 2));
        BY_METHOD.put("list.pop", new Arity(Style.EXPECTED, 0, 1));
        // sort's own check says "takes no positional arguments" for one or two
        BY_METHOD.put("list.sort", new Arity(Style.TAKES, 0, 2));

        BY_METHOD.put("tuple.count", ONE);
        BY_METHOD.put("tuple.index", new Arity(Style.EXPECTED, 1, 3));

        for (String m : new String[] {"clear", "copy", "items", "keys", "popitem", "values"}) {
            BY_METHOD.put("dict." + m, NONE);
        }
        for (String m : new String[] {"fromkeys", "get", "pop", "setdefault"}) {
            BY_METHOD.put("dict." + m, new Arity(Style.EXPECTED, 1, 2));
        }
        BY_METHOD.put("dict.update", new Arity(Style.EXPECTED, 0, 1));

        for (String m : new String[] {"clear", "copy", "pop"}) {
            BY_METHOD.put("set." + m, NONE);
        }
        for (String m : new String[] {"add", "discard", "isdisjoint", "issubset", "issuperset", "remove",
                "symmetric_difference", "symmetric_difference_update"}) {
            BY_METHOD.put("set." + m, ONE);
        }

        for (String m : new String[] {"as_integer_ratio", "bit_count", "bit_length", "conjugate"}) {
            BY_METHOD.put("int." + m, NONE);
        }
        for (String m : new String[] {"as_integer_ratio", "conjugate", "hex", "is_integer"}) {
            BY_METHOD.put("float." + m, NONE);
        }
    }

    private MethodArity() {}

    /** The allowed counts of {@code type.method}, or null when any count reaches the method's body. */
    static Arity of(String type, String method) {
        return BY_METHOD.get(type + "." + method);
    }
}
