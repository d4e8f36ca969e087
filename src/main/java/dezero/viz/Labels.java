package dezero.viz;

import dezero.core.NDArray;
import dezero.core.NumpyFormat;
import dezero.core.Variable;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the views name variables and shorten values. A variable is called by its session name
 * (from an identity map), else by its own {@code name}, else by a placeholder {@code x1},
 * {@code x2}, ... handed out in the order the view first asks; a placeholder never repeats a
 * session name.
 */
final class Labels {
    /** Values shown of an array before {@code ...}. */
    static final int SHOWN_VALUES = 3;

    private final Map<Variable, String> names = new IdentityHashMap<>();
    private final Map<Variable, String> placeholders = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private int next = 1;

    Labels(Map<Variable, String> sessionNames) {
        names.putAll(sessionNames);
        taken.addAll(sessionNames.values());
    }

    /** The session name, the variable's own name, or null. */
    String knownName(Variable v) {
        String n = names.get(v);
        return n != null ? n : v.name;
    }

    /** The session name, the variable's own name, or its placeholder. */
    String name(Variable v) {
        String n = knownName(v);
        if (n != null) {
            return n;
        }
        String p = placeholders.get(v);
        if (p == null) {
            // Not computeIfAbsent's lambda: `graph` is among a session's first commands, where a
            // JVM's first lambda costs milliseconds.
            p = nextPlaceholder();
            placeholders.put(v, p);
        }
        return p;
    }

    private String nextPlaceholder() {
        String p;
        do {
            p = "x" + next++;
        } while (taken.contains(p));
        taken.add(p);
        return p;
    }

    /** A value in a few characters: {@code 2.0}, {@code (3,) [1.0 2.0 3.0]}, {@code (2, 3) [0.5 0.5 0.5 ...]}. */
    static String brief(NDArray a) {
        if (a.ndim() == 0) {
            return NumpyFormat.pyFloat(a.flat(0));
        }
        StringBuilder sb = new StringBuilder(NumpyFormat.shapeTuple(a.shape())).append(" [");
        int shown = Math.min(a.size(), SHOWN_VALUES);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : " ").append(NumpyFormat.pyFloat(a.flat(i)));
        }
        return sb.append(a.size() > shown ? " ...]" : "]").toString();
    }

    /** A gradient or {@code None}. */
    static String brief(Variable v) {
        return v == null ? "None" : brief(v.data);
    }

    /** DeZero's verbose label part: {@code () float64}, {@code (2, 3) float64}. */
    static String shapeAndDtype(NDArray a) {
        return NumpyFormat.shapeTuple(a.shape()) + " float64";
    }
}
