package dezero.lang.syntax;

import java.util.List;

/**
 * A function's parameters: positional (with defaults for the last ones), {@code *args},
 * keyword-only (each with a default or null), {@code **kwargs}.
 */
public record Params(List<String> positional, List<Expr> defaults, String varargs, List<String> kwonly,
        List<Expr> kwDefaults, String varkw) {
    public static final Params NONE = new Params(List.of(), List.of(), null, List.of(), List.of(), null);

    /** Every parameter name, in order. */
    public List<String> names() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(positional);
        if (varargs != null) {
            all.add(varargs);
        }
        all.addAll(kwonly);
        if (varkw != null) {
            all.add(varkw);
        }
        return all;
    }
}
