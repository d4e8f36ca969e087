package dezero.lang.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code import}: built-in modules first (numpy, math, dezero, ...), then {@code NAME.py} or a
 * package {@code NAME/__init__.py} on the search path ({@code sys.path}); each module is loaded once.
 */
public final class Importer {
    private final Map<String, Supplier<PyModule>> builtinModules;
    private final LinkedHashMap<String, PyModule> loaded = new LinkedHashMap<>();
    /** {@code sys.path}: the script's directory first, as Python does. */
    public final PyList path = new PyList();
    private Interpreter interpreter;

    public Importer(Map<String, Supplier<PyModule>> builtinModules) {
        this.builtinModules = builtinModules;
    }

    void attach(Interpreter in) {
        this.interpreter = in;
    }

    /** {@code sys.modules}. */
    public Map<String, PyModule> modules() {
        return loaded;
    }

    /** Registers a module made elsewhere ({@code __main__}, {@code sys}). */
    public void put(String name, PyModule m) {
        loaded.put(name, m);
    }

    /** True when {@code name} is one of the built-in modules. */
    public boolean isBuiltin(String name) {
        return builtinModules.containsKey(name);
    }

    /** Imports {@code a.b.c} (each package on the way) and returns the top package {@code a}. */
    public PyModule importModule(String dotted, Frame from) {
        String[] parts = dotted.split("\\.");
        PyModule top = load(parts[0], null);
        PyModule parent = top;
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append('.').append(parts[i]);
            PyModule child = load(name.toString(), parent);
            parent.dict.put(parts[i], child);
            parent = child;
        }
        return top;
    }

    /** The module {@code a.b.c} itself, after {@link #importModule}. */
    public PyModule importModuleLeaf(String dotted, PyModule top) {
        return loaded.get(dotted) != null ? loaded.get(dotted) : top;
    }

    /** {@code from package import name} where name is a submodule not yet loaded; null if there is none. */
    Object submodule(PyModule parent, String name, Frame from) {
        String full = parent.name + "." + name;
        try {
            PyModule m = load(full, parent);
            parent.dict.put(name, m);
            return m;
        } catch (PyException e) {
            if (e.is(Types.MODULE_NOT_FOUND_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private PyModule load(String name, PyModule parent) {
        PyModule m = loaded.get(name);
        if (m != null) {
            return m;
        }
        Supplier<PyModule> builtin = builtinModules.get(name);
        if (builtin != null) {
            m = builtin.get();
            loaded.put(name, m);
            return m;
        }
        Path file = find(name);
        if (file == null) {
            PyException e = Py.error(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            e.value.dict.put("name", name);
            throw e;
        }
        m = new PyModule(name);
        m.dict.put("__file__", file.toString());
        m.dict.put("__builtins__", interpreter.builtins());
        if (file.getFileName().toString().equals("__init__.py")) {
            m.dict.put("__path__", new PyList(java.util.List.of(file.getParent().toString())));
        }
        loaded.put(name, m);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            loaded.remove(name);
            throw Py.error(Types.OS_ERROR, e.getMessage());
        }
        try {
            interpreter.run(text, file.toString(), m);
        } catch (RuntimeException e) {
            loaded.remove(name);
            throw e;
        }
        return m;
    }

    private Path find(String dotted) {
        String rel = dotted.replace('.', '/');
        for (Object dir : path.items) {
            if (!(dir instanceof String d)) {
                continue;
            }
            Path base = Path.of(d.isEmpty() ? "." : d).toAbsolutePath().normalize();
            Path pkg = base.resolve(rel).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) {
                return pkg;
            }
            Path mod = base.resolve(rel + ".py");
            if (Files.isRegularFile(mod)) {
                return mod;
            }
        }
        return null;
    }
}
