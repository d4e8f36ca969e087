package dezero.lang.runtime;

import dezero.core.NumpyFormat;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Python's text forms of its own values: string quoting, float repr, containers. */
public final class Text {
    /**
     * The containers being printed on this thread. A subclass, not withInitial's method reference,
     * and no lambdas below: printing is often the first thing a program does that would link a
     * lambda, and a JVM's first costs milliseconds.
     */
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> PRINTING = new ThreadLocal<>() {
        @Override
        protected IdentityHashMap<Object, Boolean> initialValue() {
            return new IdentityHashMap<>();
        }
    };

    private Text() {}

    /**
     * The code points of {@code s}, by a loop: {@code String.codePoints().toArray()} links a
     * lambda, and string indexing, iteration and formatting are on the way of most programs,
     * where a JVM's first lambda costs milliseconds.
     */
    public static int[] codePoints(String s) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        for (int i = 0, at = 0; i < cps.length; i++) {
            cps[i] = s.codePointAt(at);
            at += Character.charCount(cps[i]);
        }
        return cps;
    }

    /** Python's {@code repr(float)}. */
    public static String floatRepr(double d) {
        return NumpyFormat.pyFloat(d);
    }

    /** Python's {@code repr(str)}: single quotes unless the text has one and no double quote. */
    public static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (cp == q) {
                        b.append('\\').append(q);
                    } else if (cp < 0x20 || cp == 0x7f) {
                        b.append(String.format("\\x%02x", cp));
                    } else if (!isPrintable(cp)) {
                        b.append(cp <= 0xff ? String.format("\\x%02x", cp)
                                : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.append(q).toString();
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && cp != ' '));
    }

    /** Items' reprs joined by ", ". */
    public static String join(Collection<?> items) {
        StringJoiner j = new StringJoiner(", ");
        for (Object o : items) {
            j.add(Py.repr(o));
        }
        return j.toString();
    }

    static String dict(PyDict d) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Map.Entry<Object, Object> e : d.map.entrySet()) {
            j.add(Py.repr(e.getKey()) + ": " + Py.repr(e.getValue()));
        }
        return j.toString();
    }

    /**
     * The repr of a list, tuple or dict, which may contain itself: {@code [...]}, {@code (...)} or
     * {@code {...}} at the second visit.
     */
    static String container(Object container) {
        IdentityHashMap<Object, Boolean> seen = PRINTING.get();
        if (seen.containsKey(container)) {
            return container instanceof PyList ? "[...]" : container instanceof PyTuple ? "(...)" : "{...}";
        }
        seen.put(container, Boolean.TRUE);
        try {
            if (container instanceof PyList l) {
                return "[" + join(l.items) + "]";
            }
            if (container instanceof PyTuple t) {
                return "(" + join(List.of(t.items)) + ")";
            }
            return dict((PyDict) container);
        } finally {
            seen.remove(container);
        }
    }
}
