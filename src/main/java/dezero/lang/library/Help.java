package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.BoundMethod;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyFunction;
import dezero.lang.runtime.PyModule;
import dezero.lang.runtime.PyType;
import dezero.lang.syntax.Params;
import java.util.ArrayList;
import java.util.List;

/** {@code help(obj)} (and the REPL's {@code help NAME}): the signature and description of a function, a class or a module, as pydoc lays them out. */
public final class Help {
    private Help() {}

    public static String text(Object v) {
        if (v instanceof BoundMethod m) {
            v = m.function();
        }
        if (v instanceof Builtin b) {
            String doc = b.doc == null ? b.name + "(...)" : b.doc;
            String[] lines = doc.split("\n", -1);
            StringBuilder out = new StringBuilder("Help on built-in function " + b.name + ":\n\n" + lines[0] + "\n");
            for (int i = 1; i < lines.length; i++) {
                out.append("    ").append(lines[i]).append('\n');
            }
            return out.append('\n').toString();
        }
        if (v instanceof PyFunction f) {
            StringBuilder out = new StringBuilder("Help on function " + f.name + " in module " + f.module.name
                    + ":\n\n" + f.name + "(" + signature(f.params) + ")\n");
            String doc = PyFunction.docstring(f.body);
            if (doc != null) {
                for (String line : doc.strip().split("\n")) {
                    out.append("    ").append(line.strip()).append('\n');
                }
            }
            return out.append('\n').toString();
        }
        if (v instanceof PyType t) {
            return "Help on class " + t.name + " in module " + t.module + ":\n\nclass " + t.name + "\n\n";
        }
        if (v instanceof PyModule m) {
            List<String> names = new ArrayList<>();
            m.dict.keySet().stream().filter(n -> !n.startsWith("_")).sorted().forEach(names::add);
            return "Help on module " + m.name + ":\n\nNAME\n    " + m.name + "\n\nCONTENTS\n    "
                    + String.join(", ", names) + "\n\n";
        }
        return "Help on " + Py.typeName(v) + " object:\n\n" + Py.repr(v) + "\n\n";
    }

    private static String signature(Params p) {
        List<String> parts = new ArrayList<>();
        int firstDefault = p.positional().size() - p.defaults().size();
        for (int i = 0; i < p.positional().size(); i++) {
            parts.add(i >= firstDefault ? p.positional().get(i) + "=..." : p.positional().get(i));
        }
        if (p.varargs() != null) {
            parts.add("*" + p.varargs());
        }
        parts.addAll(p.kwonly());
        if (p.varkw() != null) {
            parts.add("**" + p.varkw());
        }
        return String.join(", ", parts);
    }

}
