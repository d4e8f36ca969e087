package dezero.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The builtins registry: one table (name to arity, signature, doc line, implementation) read
 * by the evaluator, {@code help}, the completer and the highlighter. It also holds the modules
 * {@code np} and {@code np.random}, whose members are entries of the same table, so the
 * {@code np.} prefix is optional.
 */
public final class Builtins {
    /** Groups in the order {@code help} lists them. */
    public static final List<String> GROUPS = List.of("functions", "arrays", "python");

    private static final Builtins STANDARD = new Builtins(standardEntries());

    private final Map<String, Builtin> byName = new LinkedHashMap<>();
    private final Map<String, Value> modules = new LinkedHashMap<>();

    private Builtins(List<Builtin> entries) {
        for (Builtin b : entries) {
            byName.put(b.name(), b);
        }
        Map<String, Value> random = new LinkedHashMap<>();
        random.put("randn", new Value.BuiltinFn(byName.get("randn")));
        random.put("seed", new Value.BuiltinFn(byName.get("seed")));
        Value.Module randomModule = new Value.Module("numpy.random", Collections.unmodifiableMap(random));
        Map<String, Value> np = new LinkedHashMap<>();
        for (Builtin b : entries) {
            if (b.group().equals("arrays") && !random.containsKey(b.name())) {
                np.put(b.name(), new Value.BuiltinFn(b));
            }
        }
        np.put("random", randomModule);
        modules.put("np", new Value.Module("numpy", Collections.unmodifiableMap(np)));
        modules.put("random", randomModule);
    }

    /** The standard table: DeZero's functions, numpy's array makers and a few of Python's builtins. */
    public static Builtins standard() {
        return STANDARD;
    }

    private static List<Builtin> standardEntries() {
        List<Builtin> all = new ArrayList<>();
        OpBuiltins.addTo(all);
        ArrayBuiltins.addTo(all);
        PythonBuiltins.addTo(all);
        return all;
    }

    /** The entry called {@code name}, or null. */
    public Builtin get(String name) {
        return byName.get(name);
    }

    /** All entries in registry order. */
    public List<Builtin> all() {
        return List.copyOf(byName.values());
    }

    /** The entries of one group of {@link #GROUPS}. */
    public List<Builtin> group(String group) {
        return byName.values().stream().filter(b -> b.group().equals(group)).toList();
    }

    /** The modules by the name they are bound to: {@code np}, {@code random}. */
    public Map<String, Value> modules() {
        return Collections.unmodifiableMap(modules);
    }

    /** True for a name the registry binds: a builtin or a module. */
    public boolean isBound(String name) {
        return byName.containsKey(name) || modules.containsKey(name);
    }

    /** The value a global name has: a builtin function, a module, or null. */
    public Value lookup(String name) {
        Builtin b = byName.get(name);
        return b != null ? new Value.BuiltinFn(b) : modules.get(name);
    }
}
