package dezero.lang.runtime;

import dezero.lang.syntax.Pattern;
import dezero.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code match} statement: the first case whose pattern matches the subject (and whose guard
 * holds) binds its names and runs, as Python 3.10 specifies. A sequence pattern takes lists,
 * tuples and ranges (not str, nor arrays); a mapping pattern takes dicts; a class pattern checks
 * isinstance and reads attributes, its positional items through {@code __match_args__}.
 */
final class PatternMatching {
    /** Classes whose one positional sub-pattern matches the subject itself ({@code case int(n):}). */
    private static final Set<PyType> SELF_MATCHING = Set.of(Types.BOOL, Types.DICT, Types.FLOAT, Types.INT,
            Types.LIST, Types.SET, Types.STR, Types.TUPLE);

    private final Interpreter in;
    private final Frame f;

    private PatternMatching(Interpreter in, Frame f) {
        this.in = in;
        this.f = f;
    }

    /** Runs the statement; returns what running the chosen body returned, or {@code normal} when none matched. */
    static int run(Interpreter in, Stmt.Match m, Frame f, int normal) {
        PatternMatching pm = new PatternMatching(in, f);
        Object subject = in.eval(m.subject(), f);
        for (Stmt.MatchCase c : m.cases()) {
            f.line = c.pattern().pos().line();
            Map<String, Object> bindings = new LinkedHashMap<>();
            if (pm.matches(c.pattern(), subject, bindings)) {
                for (Map.Entry<String, Object> e : bindings.entrySet()) {
                    in.store(e.getKey(), e.getValue(), f);
                }
                if (c.guard() == null || Py.truthy(in.eval(c.guard(), f))) {
                    return in.exec(c.body(), f);
                }
            }
        }
        return normal;
    }

    private boolean matches(Pattern p, Object subject, Map<String, Object> bindings) {
        if (p instanceof Pattern.Wildcard) {
            return true;
        }
        if (p instanceof Pattern.Capture c) {
            bindings.put(c.name(), subject);
            return true;
        }
        if (p instanceof Pattern.Value v) {
            Object value = in.eval(v.value(), f);
            if (v.identity()) {
                return subject == value || value.equals(subject) && Py.type(subject) == Py.type(value);
            }
            try {
                return Ops.eq(subject, value);
            } catch (RuntimeException e) {
                // a comparison that fails (an array's truth) points at its literal, as CPython's does
                PyException error = Errors.fromJava(e);
                f.line = v.pos().line();
                if (error.pending == null) {
                    error.pending = v.pos();
                }
                throw error;
            }
        }
        if (p instanceof Pattern.As a) {
            if (!matches(a.pattern(), subject, bindings)) {
                return false;
            }
            bindings.put(a.name(), subject);
            return true;
        }
        if (p instanceof Pattern.Or o) {
            for (Pattern alternative : o.alternatives()) {
                Map<String, Object> tried = new LinkedHashMap<>(bindings);
                if (matches(alternative, subject, tried)) {
                    bindings.putAll(tried);
                    return true;
                }
            }
            return false;
        }
        if (p instanceof Pattern.Sequence s) {
            return sequence(s, subject, bindings);
        }
        if (p instanceof Pattern.Mapping m) {
            return mapping(m, subject, bindings);
        }
        if (p instanceof Pattern.ClassPattern c) {
            return classPattern(c, subject, bindings);
        }
        throw new IllegalStateException("a star pattern outside a sequence: " + p);
    }

    private static boolean isSequence(Object v) {
        Object items = v instanceof PyObject o && o.peer != null ? o.peer : v;
        return items instanceof PyList || items instanceof PyTuple || items instanceof PyRange;
    }

    private boolean sequence(Pattern.Sequence s, Object subject, Map<String, Object> bindings) {
        if (!isSequence(subject)) {
            return false;
        }
        List<Object> items = Py.toList(subject);
        List<Pattern> patterns = s.items();
        if (s.star() < 0) {
            if (items.size() != patterns.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                if (!matches(patterns.get(i), items.get(i), bindings)) {
                    return false;
                }
            }
            return true;
        }
        int before = s.star();
        int after = patterns.size() - before - 1;
        if (items.size() < before + after) {
            return false;
        }
        for (int i = 0; i < before; i++) {
            if (!matches(patterns.get(i), items.get(i), bindings)) {
                return false;
            }
        }
        for (int i = 0; i < after; i++) {
            if (!matches(patterns.get(before + 1 + i), items.get(items.size() - after + i), bindings)) {
                return false;
            }
        }
        String name = ((Pattern.Star) patterns.get(before)).name();
        if (name != null) {
            bindings.put(name, new PyList(new ArrayList<>(items.subList(before, items.size() - after))));
        }
        return true;
    }

    private boolean mapping(Pattern.Mapping m, Object subject, Map<String, Object> bindings) {
        Object items = subject instanceof PyObject o && o.peer instanceof PyDict ? o.peer : subject;
        if (!(items instanceof PyDict d)) {
            return false;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            Object key = in.eval(m.keys().get(i), f);
            for (Object seen : keys) {
                if (Ops.eq(seen, key)) {
                    throw Py.valueError("mapping pattern checks duplicate key (" + Py.repr(key) + ")");
                }
            }
            keys.add(key);
            Object value = d.get(key);
            if (value == null || !matches(m.values().get(i), value, bindings)) {
                return false;
            }
        }
        if (m.rest() != null) {
            PyDict rest = new PyDict();
            for (Map.Entry<Object, Object> e : d.map.entrySet()) {
                boolean taken = false;
                for (Object key : keys) {
                    taken |= Ops.eq(key, e.getKey());
                }
                if (!taken) {
                    rest.map.put(e.getKey(), e.getValue());
                }
            }
            bindings.put(m.rest(), rest);
        }
        return true;
    }

    private boolean classPattern(Pattern.ClassPattern c, Object subject, Map<String, Object> bindings) {
        Object cls = in.eval(c.cls(), f);
        if (!(cls instanceof PyType type)) {
            throw Py.typeError("called match pattern must be a class");
        }
        if (!Py.type(subject).isSubtypeOf(type)) {
            return false;
        }
        List<String> names = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        if (!c.positional().isEmpty()) {
            if (SELF_MATCHING.contains(type)) {
                if (c.positional().size() > 1) {
                    throw Py.typeError(type.name + "() accepts 1 positional sub-pattern (" + c.positional().size()
                            + " given)");
                }
                if (!matches(c.positional().get(0), subject, bindings)) {
                    return false;
                }
            } else {
                Object matchArgs = type.lookup("__match_args__");
                List<Object> args = matchArgs instanceof PyTuple t ? List.of(t.items) : List.of();
                if (matchArgs != null && !(matchArgs instanceof PyTuple)) {
                    throw Py.typeError(type.name + ".__match_args__ must be a tuple (got " + Py.typeName(matchArgs) + ")");
                }
                if (c.positional().size() > args.size()) {
                    throw Py.typeError(type.name + "() accepts " + args.size() + " positional sub-pattern"
                            + (args.size() == 1 ? "" : "s") + " (" + c.positional().size() + " given)");
                }
                for (int i = 0; i < c.positional().size(); i++) {
                    names.add(Py.str(args.get(i)));
                    patterns.add(c.positional().get(i));
                }
            }
        }
        names.addAll(c.keywords());
        patterns.addAll(c.keywordPatterns());
        for (int i = 0; i < names.size(); i++) {
            Object value = Py.getattrOrNull(subject, names.get(i));
            if (value == null || !matches(patterns.get(i), value, bindings)) {
                return false;
            }
        }
        return true;
    }
}
