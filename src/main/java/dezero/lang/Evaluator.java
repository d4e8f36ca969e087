package dezero.lang;

import dezero.core.MemoryException;
import dezero.core.NDArray;
import dezero.core.ShapeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Evaluates expressions against a {@link Session}'s names and the builtins registry. Engine
 * exceptions are turned into the language's errors at the node that caused them, and the thread's
 * interrupt flag is checked before every call and operator runs, so Ctrl-C stops a long line.
 */
final class Evaluator {
    private final Session session;

    Evaluator(Session session) {
        this.session = session;
    }

    Value eval(Expr e) {
        if (e instanceof Expr.Num n) {
            return number(n);
        }
        if (e instanceof Expr.Str s) {
            return new Value.Str(s.value());
        }
        if (e instanceof Expr.Keyword k) {
            return switch (k.word()) {
                case "True" -> new Value.Bool(true);
                case "False" -> new Value.Bool(false);
                default -> Value.NONE;
            };
        }
        if (e instanceof Expr.Name n) {
            return session.lookup(n.name(), n.span());
        }
        if (e instanceof Expr.ListExpr l) {
            return new Value.ListValue(all(l.items()));
        }
        if (e instanceof Expr.TupleExpr t) {
            return new Value.Tuple(all(t.items()));
        }
        checkInterrupt();
        if (e instanceof Expr.Unary u) {
            Value v = eval(u.operand());
            return guarded(u.span(), () -> Operators.unary(u.op(), v, u.span()));
        }
        if (e instanceof Expr.Binary b) {
            Value left = eval(b.left());
            Value right = eval(b.right());
            return guarded(b.span(), () -> Operators.binary(b.op(), left, right, b.span()));
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.Attribute a) {
            Value object = eval(a.object());
            return guarded(a.span(), () -> Attributes.get(object, a.name(), a.span()));
        }
        Expr.Index i = (Expr.Index) e;
        Value object = eval(i.object());
        Value index = eval(i.index());
        return guarded(i.span(), () -> index(object, index, i.span()));
    }

    private Value call(Expr.Call c) {
        Value callee = eval(c.callee());
        List<Args.Arg> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(new Args.Arg(null, eval(a), a.span()));
        }
        for (Expr.Kwarg k : c.kwargs()) {
            args.add(new Args.Arg(k.name(), eval(k.value()), k.nameSpan().to(k.value().span())));
        }
        Builtin b;
        Value self = null;
        if (callee instanceof Value.BuiltinFn f) {
            b = f.builtin();
        } else if (callee instanceof Value.Method m) {
            b = Attributes.method(m.self(), m.name());
            self = m.self();
        } else {
            throw LangError.type("'" + callee.typeName() + "' object is not callable", c.callee().span());
        }
        Builtin builtin = b;
        Value receiver = self;
        return guarded(c.span(), () -> builtin.impl().call(Args.bind(builtin, receiver, args, c.span(), session)));
    }

    private static Value index(Value object, Value index, Span span) {
        List<Value> items = object instanceof Value.ListValue l ? l.items()
                : object instanceof Value.Tuple t ? t.items() : null;
        if (object instanceof Value.Var) {
            throw LangError.type("'Variable' object is not subscriptable (DeZero's steps 11-18 have no get_item; "
                    + "index its .data)", span);
        }
        if (items == null && !(object instanceof Value.Array)) {
            throw LangError.type("'" + object.typeName() + "' object is not subscriptable", span);
        }
        int n = items != null ? items.size() : sizeOfFirstAxis(((Value.Array) object).array(), span);
        boolean tooLarge = Convert.isTooLargeForInt(index);
        int i = tooLarge ? Integer.MAX_VALUE : Convert.toInt(index, span, "index");
        int k = i < 0 ? i + n : i;
        if (tooLarge || k < 0 || k >= n) {
            String msg = items != null ? object.typeName() + " index out of range"
                    : "index " + Repr.str(index) + " is out of bounds for axis 0 with size " + n;
            throw new LangError(LangError.Kind.IndexError, msg, span);
        }
        return items != null ? items.get(k) : row(((Value.Array) object).array(), k);
    }

    private static int sizeOfFirstAxis(NDArray a, Span span) {
        if (a.ndim() == 0) {
            throw new LangError(LangError.Kind.IndexError, "too many indices for array: array is 0-dimensional, "
                    + "but 1 were indexed", span);
        }
        return a.shape()[0];
    }

    private static Value row(NDArray a, int k) {
        int[] shape = a.shape();
        if (shape.length == 1) {
            return Value.Num.ofFloat(a.flat(k));
        }
        int[] rest = java.util.Arrays.copyOfRange(shape, 1, shape.length);
        int n = a.size() / shape[0];
        double[] d = NDArray.newBuffer(rest);
        for (int j = 0; j < n; j++) {
            d[j] = a.flat(k * n + j);
        }
        return new Value.Array(NDArray.wrap(d, rest));
    }

    private List<Value> all(List<Expr> items) {
        List<Value> values = new ArrayList<>(items.size());
        for (Expr x : items) {
            values.add(eval(x));
        }
        return List.copyOf(values);
    }

    private static Value number(Expr.Num n) {
        double v = Double.parseDouble(n.lexeme());
        return new Value.Num(v, n.isInt() && Math.abs(v) <= (1L << 53));
    }

    /** Throws KeyboardInterrupt when this thread was interrupted (clearing the flag). */
    static void checkInterrupt() {
        if (Thread.interrupted()) {
            throw LangError.interrupted();
        }
    }

    /**
     * Runs an engine step, mapping its exceptions to the language's errors at {@code span}. The
     * interrupt is checked first: the operands are evaluated by then, and in {@code f(g(h(x)))} every
     * operation runs after the evaluator has gone down the whole tree.
     */
    static Value guarded(Span span, java.util.function.Supplier<Value> step) {
        checkInterrupt();
        try {
            return step.get();
        } catch (LangError e) {
            throw e.orAt(span);
        } catch (RuntimeException e) {
            throw fromEngine(e, span);
        }
    }

    /** The language's error for an engine exception. */
    static LangError fromEngine(RuntimeException e, Span span) {
        if (e instanceof CancellationException) {
            return LangError.interrupted();
        }
        if (e instanceof MemoryException) {
            return new LangError(LangError.Kind.MemoryError, e.getMessage(), span);
        }
        if (e instanceof ShapeException || e instanceof IllegalArgumentException) {
            return LangError.value(e.getMessage(), span);
        }
        if (e instanceof IndexOutOfBoundsException) {
            return new LangError(LangError.Kind.IndexError, e.getMessage(), span);
        }
        return new LangError(LangError.Kind.InternalError, e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), span);
    }
}
