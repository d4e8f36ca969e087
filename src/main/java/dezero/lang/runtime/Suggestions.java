package dezero.lang.runtime;

import java.util.ArrayList;
import java.util.List;

/** CPython 3.11's "Did you mean" hints for names and attributes. */
public final class Suggestions {
    /** CPython offers nothing when there are this many names to choose from. */
    private static final int MAX_CANDIDATES = 750;
    private static final List<String> BUILTIN_CONSTANTS = List.of("None", "Ellipsis", "NotImplemented", "False",
            "True");
    /** Names longer than this are never compared. */
    private static final int MAX_LENGTH = 40;

    private Suggestions() {}

    /**
     * CPython 3.11's hint for a NameError: it looks in three places in turn and takes the first
     * that offers a name: the running code's own variables (a function's, in the order the code
     * declares them, bound yet or not), then the globals, then the builtins.
     */
    static String forName(String name, Frame f, PyModule builtins) {
        List<String> own = switch (f.kind) {
            case FUNCTION -> new ArrayList<>(f.function.scope.locals());
            case COMPREHENSION -> new ArrayList<>(f.locals.keySet());
            default -> List.of();
        };
        String best = closest(name, own);
        if (best == null) {
            best = closest(name, new ArrayList<>(f.module.dict.keySet()));
        }
        if (best == null) {
            // CPython's builtins module holds the constants too, so 'Trrue' is close to 'True'
            List<String> candidates = new ArrayList<>(BUILTIN_CONSTANTS);
            candidates.addAll(builtins.dict.keySet());
            best = closest(name, candidates);
        }
        return hint(best);
    }

    private static String hint(String best) {
        return best == null ? "" : ". Did you mean: '" + best + "'?";
    }

    /**
     * A NameError's hint, kept as the exception's peer: looked for when the error is reported, as
     * CPython does (an error a program catches costs no search), in the frame it was raised in.
     */
    record Hint(java.util.function.Supplier<String> text) {}

    /**
     * What a report adds after an exception's message, as CPython 3.11 prints it but leaves it out
     * of {@code str(e)}: a NameError's hint, or for an AttributeError that carries {@code name} and
     * {@code obj} (as {@link Py#noAttributeError} makes them) the closest name in {@code dir(obj)}.
     */
    public static String forReport(PyObject exc) {
        if (exc.peer instanceof Hint h) {
            return h.text().get();
        }
        if (!exc.type.isSubtypeOf(Types.ATTRIBUTE_ERROR) || !(exc.dict.get("name") instanceof String name)
                || !exc.dict.containsKey("obj")) {
            return "";
        }
        return hint(closest(name, new ArrayList<>(Py.dir(exc.dict.get("obj")))));
    }

    /** CPython's choice: the candidate with the smallest weighted edit distance within its limit. */
    static String closest(String name, List<String> candidates) {
        if (name.length() > MAX_LENGTH || candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name) || c.length() > MAX_LENGTH) {
                continue;
            }
            int limit = (name.length() + c.length() + 3) * 2 / 6;
            int d = distance(name, c);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance with CPython's costs: a case-only change costs 1, any other edit 2. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j * 2;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i * 2;
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                int sub = x == y ? 0 : Character.toLowerCase(x) == Character.toLowerCase(y) ? 1 : 2;
                cur[j] = Math.min(Math.min(prev[j] + 2, cur[j - 1] + 2), prev[j - 1] + sub);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
