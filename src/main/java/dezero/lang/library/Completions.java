package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyModule;
import dezero.lang.syntax.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Tab offers at a prompt over the interpreter: the names of {@code __main__}, the builtins and
 * the keywords; after a dot, the attributes ({@code dir}) of what the dotted name holds, found by
 * lookups alone, so completing never runs the user's code beyond attribute access.
 */
public final class Completions {
    private Completions() {}

    /** The completions of {@code word} ({@code sq}, {@code np.ra}, {@code model.}), sorted. */
    public static List<String> of(PyModule main, PyModule builtins, String word) {
        Set<String> out = new TreeSet<>();
        int dot = word.lastIndexOf('.');
        if (dot < 0) {
            for (String n : main.dict.keySet()) {
                add(out, n, word, "");
            }
            for (String n : builtins.dict.keySet()) {
                add(out, n, word, "");
            }
            for (String n : Keywords.ALL) {
                add(out, n, word, "");
            }
            return new ArrayList<>(out);
        }
        Object target = resolve(main, builtins, word.substring(0, dot));
        if (target == null) {
            return List.of();
        }
        String prefix = word.substring(0, dot + 1);
        String partial = word.substring(dot + 1);
        Object names;
        try {
            names = builtins.dict.get("dir") instanceof Builtin b ? b.body.call(new Object[] {target}, Map.of())
                    : new PyList();
        } catch (RuntimeException e) {
            return List.of();
        }
        for (Object n : Py.toList(names)) {
            add(out, (String) n, partial, prefix);
        }
        return new ArrayList<>(out);
    }

    /** The object a dotted name holds ({@code np.random}), found by lookups alone; null if none. */
    public static Object resolve(PyModule main, PyModule builtins, String dotted) {
        String[] parts = dotted.split("\\.", -1);
        Object v = main.dict.get(parts[0]);
        if (v == null) {
            v = builtins.dict.get(parts[0]);
        }
        for (int i = 1; v != null && i < parts.length; i++) {
            try {
                v = Py.getattrOrNull(v, parts[i]);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return v;
    }

    private static void add(Set<String> out, String name, String partial, String prefix) {
        if (name.startsWith(partial) && (!name.startsWith("_") || partial.startsWith("_"))) {
            out.add(prefix + name);
        }
    }
}
