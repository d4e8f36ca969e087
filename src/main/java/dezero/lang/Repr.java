package dezero.lang;

import dezero.core.NumpyFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How values print: {@link #repr} as the REPL echoes them, {@link #str} as {@code print} shows
 * them. Numbers and arrays go through {@link NumpyFormat}, so they print as Python and numpy do;
 * an array echoes as numpy's {@code str} ({@code [1. 2. 3.]}).
 */
public final class Repr {
    private Repr() {}

    /** Python's {@code repr}: strings quoted, {@code None} as {@code None}. */
    public static String repr(Value v) {
        if (v instanceof Value.Str s) {
            return quote(s.value());
        }
        if (v instanceof Value.ListValue l) {
            return "[" + items(l.items()) + "]";
        }
        if (v instanceof Value.Tuple t) {
            return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)" : "(" + items(t.items()) + ")";
        }
        return str(v);
    }

    /** Python's {@code str}: a string as is, everything else as its repr. */
    public static String str(Value v) {
        if (v instanceof Value.Num n) {
            return number(n);
        }
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? "True" : "False";
        }
        if (v instanceof Value.NoneValue) {
            return "None";
        }
        if (v instanceof Value.Array a) {
            return a.array().toString();
        }
        if (v instanceof Value.Var x) {
            return x.variable().toString();
        }
        if (v instanceof Value.Fn f) {
            return f.function().toString();
        }
        if (v instanceof Value.BuiltinFn b) {
            return "<function " + b.builtin().name() + ">";
        }
        if (v instanceof Value.Method m) {
            return "<bound method " + m.self().typeName() + "." + m.name() + ">";
        }
        if (v instanceof Value.Module m) {
            return "<module '" + m.name() + "'>";
        }
        return repr(v);
    }

    /** An {@code int} as digits, a {@code float} as Python's repr ({@code 3.0}, {@code 1e-05}). */
    public static String number(Value.Num n) {
        if (n.isInt()) {
            return Long.toString((long) n.value());
        }
        return NumpyFormat.pyFloat(n.value());
    }

    /** Indents every line after the first by {@code width} spaces, to sit under a prefix. */
    public static String indentContinuation(String text, int width) {
        return text.replace("\n", "\n" + " ".repeat(width));
    }

    private static String items(List<Value> items) {
        return items.stream().map(Repr::repr).collect(Collectors.joining(", "));
    }

    private static String quote(String s) {
        String q = s.contains("'") && !s.contains("\"") ? "\"" : "'";
        StringBuilder sb = new StringBuilder(q);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (String.valueOf(c).equals(q)) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }
}
