package dezero.lang.runtime;

import dezero.lang.syntax.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;

/** List, set, dict and generator comprehensions, each in its own scope as in Python 3. */
final class Comprehensions {
    private Comprehensions() {}

    static Object eval(Interpreter in, Expr.Comprehension c, Frame f) {
        Frame scope = new Frame(Frame.Kind.COMPREHENSION, null, new HashMap<>(), f, f.module, f.filename);
        scope.line = f.line;
        if (c.kind() == '(') {
            // A generator expression: lazy, as Python's; its first iterable is evaluated now.
            Object first = in.eval(c.generators().get(0).iter(), f);
            return new PyIterator(lazy(in, c, scope, first), "generator");
        }
        List<Object> out = new ArrayList<>();
        loop(in, c.generators(), 0, scope, collect(in, c.elt(), scope, out), null);
        if (c.kind() == '[') {
            return new PyList(out);
        }
        PySet set = new PySet();
        for (Object o : out) {
            set.add(o);
        }
        return set;
    }

    static Object evalDict(Interpreter in, Expr.DictComp d, Frame f) {
        Frame scope = new Frame(Frame.Kind.COMPREHENSION, null, new HashMap<>(), f, f.module, f.filename);
        PyDict out = new PyDict();
        loop(in, d.generators(), 0, scope, new Runnable() {
            @Override
            public void run() {
                out.put(in.eval(d.key(), scope), in.eval(d.value(), scope));
            }
        }, null);
        return out;
    }

    /**
     * The body that adds each item to {@code out}. Here and in {@link #evalDict} classes, not
     * lambdas: a comprehension is often the first thing in a program that would link one, and
     * a JVM's first lambda costs milliseconds.
     */
    private static Runnable collect(Interpreter in, Expr elt, Frame scope, List<Object> out) {
        return new Runnable() {
            @Override
            public void run() {
                out.add(in.eval(elt, scope));
            }
        };
    }

    private static void loop(Interpreter in, List<Expr.ComprehensionFor> gens, int k, Frame scope, Runnable body,
            Object firstIterable) {
        Expr.ComprehensionFor g = gens.get(k);
        Object iterable = k == 0 && firstIterable != null ? firstIterable : in.eval(g.iter(), k == 0 ? scope.enclosing : scope);
        Iterator<Object> it = Py.iter(iterable);
        outer:
        while (it.hasNext()) {
            in.checkInterrupt();
            in.assign(g.target(), it.next(), scope);
            for (Expr cond : g.ifs()) {
                if (!Py.truthy(in.eval(cond, scope))) {
                    continue outer;
                }
            }
            if (k + 1 < gens.size()) {
                loop(in, gens, k + 1, scope, body, null);
            } else {
                body.run();
            }
        }
    }

    /** A generator expression's items, computed one at a time as they are asked for. */
    private static Iterator<Object> lazy(Interpreter in, Expr.Comprehension c, Frame scope, Object first) {
        if (c.generators().size() == 1) {
            Expr.ComprehensionFor g = c.generators().get(0);
            Iterator<Object> source = Py.iter(first);
            return new Iterator<>() {
                Object next;
                boolean ready;

                @Override
                public boolean hasNext() {
                    while (!ready && source.hasNext()) {
                        in.checkInterrupt();
                        in.assign(g.target(), source.next(), scope);
                        boolean keep = true;
                        for (Expr cond : g.ifs()) {
                            if (!Py.truthy(in.eval(cond, scope))) {
                                keep = false;
                                break;
                            }
                        }
                        if (keep) {
                            next = in.eval(c.elt(), scope);
                            ready = true;
                        }
                    }
                    return ready;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    ready = false;
                    return next;
                }
            };
        }
        List<Object> out = new ArrayList<>();
        loop(in, c.generators(), 0, scope, collect(in, c.elt(), scope, out), first);
        return out.iterator();
    }
}
