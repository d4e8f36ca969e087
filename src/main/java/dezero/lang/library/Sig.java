package dezero.lang.library;

import dezero.lang.runtime.Calls;
import dezero.lang.runtime.PyNone;
import java.util.Map;

/**
 * A built-in function's signature, written as Python writes one ({@code "x", "axis=None",
 * "keepdims=False"}): binds positional and keyword arguments to values, defaults filled in.
 */
public final class Sig {
    private final String name;
    private final String[] params;
    private final Object[] defaults;

    private Sig(String name, String[] params, Object[] defaults) {
        this.name = name;
        this.params = params;
        this.defaults = defaults;
    }

    /** {@code Sig.of("sum", "iterable", "start=0")}. */
    public static Sig of(String name, String... params) {
        String[] names = new String[params.length];
        Object[] defaults = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            int eq = params[i].indexOf('=');
            if (eq < 0) {
                names[i] = params[i];
            } else {
                names[i] = params[i].substring(0, eq);
                defaults[i] = literal(params[i].substring(eq + 1));
            }
        }
        return new Sig(name, names, defaults);
    }

    private static Object literal(String s) {
        switch (s) {
            case "None":
                return PyNone.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            default:
                break;
        }
        if (s.startsWith("'")) {
            return s.substring(1, s.length() - 1);
        }
        if (s.contains(".") || s.contains("e")) {
            return Double.parseDouble(s);
        }
        return Long.parseLong(s);
    }

    /** The arguments in parameter order. */
    public Object[] bind(Object[] args, Map<String, Object> kwargs) {
        return Calls.builtinArgs(name, params, defaults, args, kwargs);
    }

    public String name() {
        return name;
    }
}
