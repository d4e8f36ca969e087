package dezero.lang.runtime;

import dezero.lang.syntax.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds a call's arguments to a function's parameters, with CPython's errors. */
public final class Calls {
    private Calls() {}

    /** How a callable is named in messages: {@code f()}, {@code Square.forward()}. */
    static String describe(Object callee) {
        if (callee instanceof PyFunction f) {
            return f.qualname + "()";
        }
        if (callee instanceof BoundMethod m) {
            return describe(m.function());
        }
        if (callee instanceof Builtin b) {
            return b.name + "()";
        }
        if (callee instanceof PyType t) {
            return t.name + "()";
        }
        return Py.typeName(callee) + " object";
    }

    static void bind(PyFunction fn, Object[] args, Map<String, Object> kwargs, Map<String, Object> locals) {
        Params p = fn.params;
        if (kwargs.isEmpty() && fn.simple && args.length == p.positional().size()) {
            List<String> names = p.positional();
            for (int i = 0; i < args.length; i++) {
                locals.put(names.get(i), args[i]);
            }
            return;
        }
        List<String> pos = p.positional();
        int npos = pos.size();
        String name = fn.qualname + "()";
        if (args.length > npos && p.varargs() == null) {
            int required = npos - fn.defaults.length;
            String takes = fn.defaults.length == 0 ? npos + " positional argument" + (npos == 1 ? "" : "s")
                    : "from " + required + " to " + npos + " positional arguments";
            int given = args.length;
            String kwPart = "";
            throw Py.typeError(name + " takes " + takes + " but " + given + (given == 1 ? " was" : " were")
                    + " given" + kwPart);
        }
        int n = Math.min(args.length, npos);
        for (int i = 0; i < n; i++) {
            locals.put(pos.get(i), args[i]);
        }
        if (p.varargs() != null) {
            Object[] rest = args.length > npos ? java.util.Arrays.copyOfRange(args, npos, args.length) : new Object[0];
            locals.put(p.varargs(), new PyTuple(rest));
        }
        PyDict extra = p.varkw() != null ? new PyDict() : null;
        if (!kwargs.isEmpty()) {
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                String k = e.getKey();
                int at = pos.indexOf(k);
                if (at >= 0 || p.kwonly().contains(k)) {
                    if (at >= 0 && at < args.length) {
                        throw Py.typeError(name + " got multiple values for argument '" + k + "'");
                    }
                    locals.put(k, e.getValue());
                } else if (extra != null) {
                    extra.put(k, e.getValue());
                } else {
                    throw Py.typeError(name + " got an unexpected keyword argument '" + k + "'");
                }
            }
        }
        if (args.length < npos) {
            int firstDefault = npos - fn.defaults.length;
            List<String> missing = new ArrayList<>();
            for (int i = args.length; i < npos; i++) {
                String param = pos.get(i);
                if (!locals.containsKey(param)) {
                    if (i >= firstDefault) {
                        locals.put(param, fn.defaults[i - firstDefault]);
                    } else {
                        missing.add(param);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw Py.typeError(name + " missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + names(missing));
            }
        }
        if (!p.kwonly().isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < p.kwonly().size(); i++) {
                String k = p.kwonly().get(i);
                if (!locals.containsKey(k)) {
                    if (fn.kwDefaults[i] != null) {
                        locals.put(k, fn.kwDefaults[i]);
                    } else {
                        missing.add(k);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw Py.typeError(name + " missing " + missing.size() + " required keyword-only argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + names(missing));
            }
        }
        if (extra != null) {
            locals.put(p.varkw(), extra);
        }
    }

    /** {@code 'x'}, {@code 'x' and 'y'}, {@code 'x', 'y', and 'z'}. */
    static String names(List<String> names) {
        List<String> q = names.stream().map(s -> "'" + s + "'").toList();
        if (q.size() == 1) {
            return q.get(0);
        }
        if (q.size() == 2) {
            return q.get(0) + " and " + q.get(1);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + ", and " + q.get(q.size() - 1);
    }

    /**
     * Binds a built-in function's arguments by parameter names ({@code "x", "axis=None"}): the values
     * in order, defaults filled in, with CPython's errors. A default is written in Python.
     */
    public static Object[] builtinArgs(String fname, String[] params, Object[] defaults, Object[] args,
            Map<String, Object> kwargs) {
        Object[] out = new Object[params.length];
        if (args.length > params.length) {
            throw Py.typeError(fname + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s")
                    + " (" + args.length + " given)");
        }
        System.arraycopy(args, 0, out, 0, args.length);
        if (!kwargs.isEmpty()) {
            Map<String, Object> left = new LinkedHashMap<>(kwargs);
            for (int i = 0; i < params.length; i++) {
                if (left.containsKey(params[i])) {
                    if (i < args.length) {
                        throw Py.typeError(fname + "() got multiple values for argument '" + params[i] + "'");
                    }
                    out[i] = left.remove(params[i]);
                }
            }
            if (!left.isEmpty()) {
                throw Py.typeError(fname + "() got an unexpected keyword argument '" + left.keySet().iterator().next()
                        + "'");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            if (out[i] == null) {
                if (defaults != null && i < defaults.length && defaults[i] != null) {
                    out[i] = defaults[i];
                } else {
                    missing.add(params[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Py.typeError(fname + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names(missing));
        }
        return out;
    }
}
