package dezero.lang.syntax;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds a function body's {@link Scope}: the names it binds, its declarations, whether it yields. */
final class ScopeBuilder {
    private final Set<String> bound = new LinkedHashSet<>();
    private final Set<String> globals = new HashSet<>();
    private final Set<String> nonlocals = new HashSet<>();
    private boolean generator;

    private ScopeBuilder() {}

    static Scope of(Params params, List<Stmt> body) {
        ScopeBuilder b = new ScopeBuilder();
        b.bound.addAll(params.names());
        b.statements(body);
        b.bound.removeAll(b.globals);
        b.bound.removeAll(b.nonlocals);
        return new Scope(java.util.Collections.unmodifiableSet(new LinkedHashSet<>(b.bound)), Set.copyOf(b.globals), Set.copyOf(b.nonlocals), b.generator);
    }

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            for (var part : a.targets()) {
                target(part);
            }
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            target(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                target(a.target());
                expr(a.value());
            }
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            statements(i.body());
            statements(i.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            statements(w.body());
            statements(w.orelse());
        } else if (s instanceof Stmt.For f) {
            target(f.target());
            expr(f.iter());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            bound.add(f.name());
            for (var part : f.decorators()) {
                expr(part);
            }
            for (var part : f.params().defaults()) {
                expr(part);
            }
        } else if (s instanceof Stmt.ClassDef c) {
            bound.add(c.name());
            for (var part : c.bases()) {
                expr(part);
            }
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expr(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            statements(w.body());
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (Stmt.Handler h : t.handlers()) {
                if (h.name() != null) {
                    bound.add(h.name());
                }
                statements(h.body());
            }
            statements(t.orelse());
            statements(t.finalbody());
        } else if (s instanceof Stmt.Delete d) {
            for (var part : d.targets()) {
                target(part);
            }
        } else if (s instanceof Stmt.Global g) {
            globals.addAll(g.names());
        } else if (s instanceof Stmt.Nonlocal n) {
            nonlocals.addAll(n.names());
        } else if (s instanceof Stmt.Import i) {
            for (Stmt.Alias a : i.names()) {
                bound.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom i) {
            for (Stmt.Alias a : i.names()) {
                if (!a.name().equals("*")) {
                    bound.add(a.asname() != null ? a.asname() : a.name());
                }
            }
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (Stmt.MatchCase c : m.cases()) {
                pattern(c.pattern());
                if (c.guard() != null) {
                    expr(c.guard());
                }
                statements(c.body());
            }
        }
    }

    /** The names a pattern binds, and the expressions (values, classes) it reads. */
    private void pattern(Pattern p) {
        if (p instanceof Pattern.Capture c) {
            bound.add(c.name());
        } else if (p instanceof Pattern.Star s && s.name() != null) {
            bound.add(s.name());
        } else if (p instanceof Pattern.Value v) {
            expr(v.value());
        } else if (p instanceof Pattern.Sequence seq) {
            seq.items().forEach(this::pattern);
        } else if (p instanceof Pattern.Mapping m) {
            m.keys().forEach(this::expr);
            m.values().forEach(this::pattern);
            if (m.rest() != null) {
                bound.add(m.rest());
            }
        } else if (p instanceof Pattern.ClassPattern c) {
            expr(c.cls());
            c.positional().forEach(this::pattern);
            c.keywordPatterns().forEach(this::pattern);
        } else if (p instanceof Pattern.Or o) {
            o.alternatives().forEach(this::pattern);
        } else if (p instanceof Pattern.As a) {
            pattern(a.pattern());
            bound.add(a.name());
        }
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bound.add(n.id());
        } else if (t instanceof Expr.TupleExpr tu) {
            for (var part : tu.elts()) {
                target(part);
            }
        } else if (t instanceof Expr.ListExpr l) {
            for (var part : l.elts()) {
                target(part);
            }
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else {
            expr(t);
        }
    }

    /** Looks for yields and walrus targets; nested functions and lambdas are their own scopes. */
    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Yield y) {
            generator = true;
            expr(y.value());
        } else if (e instanceof Expr.NamedExpr n) {
            bound.add(n.target().id());
            expr(n.value());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            for (var part : b.values()) {
                expr(part);
            }
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            for (var part : c.comparators()) {
                expr(part);
            }
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            for (var part : c.args()) {
                expr(part);
            }
            for (var k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.TupleExpr t) {
            for (var part : t.elts()) {
                expr(part);
            }
        } else if (e instanceof Expr.ListExpr l) {
            for (var part : l.elts()) {
                expr(part);
            }
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.Comprehension c) {
            for (var g : c.generators()) {
                expr(g.iter());
            }
        } else if (e instanceof Expr.DictComp d) {
            for (var g : d.generators()) {
                expr(g.iter());
            }
        }
    }
}
