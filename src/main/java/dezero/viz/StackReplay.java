package dezero.viz;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Replays backward on scratch gradients, never touching a variable's {@code grad}: the
 * algorithm of steps 14-15 (a plain stack, pop the last, run it, push the creators of its
 * inputs; no generations, so a function reached twice runs twice) beside DeZero's step-16
 * order (largest generation first, the last queued first among equals, each function once).
 * For {@code x=2; a=square(x); y=add(square(a), square(a))} the stack runs
 * {@code Add Square Square Square Square} and gives {@code x.grad = 96.0}; the generation
 * order runs {@code Add Square Square Square} and gives 64.0.
 */
public final class StackReplay {
    /**
     * Function runs after which the stack replay stops: a function reached by k paths runs k
     * times, so stacked diamonds grow exponentially. The generation replay runs each once.
     */
    public static final int DEFAULT_MAX_RUNS = 1_000_000;

    private static final int INTERRUPT_CHECK_MASK = 1023;

    private StackReplay() {}

    /**
     * One replay: the functions in the order they ran and the gradients they left.
     *
     * @param order the functions in the order their backward ran (a function may repeat)
     * @param complete false when the replay stopped at its run limit
     */
    public record Run(List<Function> order, Map<Variable, NDArray> grads, boolean complete) {
        /** The gradient this replay gave {@code v} (null if none); {@code grads} is an identity map. */
        public NDArray grad(Variable v) {
            return grads.get(v);
        }
    }

    /**
     * Both replays from {@code y}, and the leaves of its graph in the order the text tree shows them.
     *
     * @param leaves the variables without a creator, whose gradients backward is for
     */
    public record Comparison(Variable y, Run stack, Run generation, List<Variable> leaves) {}

    /** Both replays, the stack one stopped after {@link #DEFAULT_MAX_RUNS} function runs. */
    public static Comparison compare(Variable y) {
        return compare(y, DEFAULT_MAX_RUNS);
    }

    /**
     * Both replays, the stack one stopped after {@code maxRuns} function runs.
     *
     * @throws CancellationException when the thread is interrupted
     */
    public static Comparison compare(Variable y, int maxRuns) {
        return new Comparison(y, stack(y, maxRuns), generation(y), leaves(y));
    }

    /** The steps 14-15 algorithm: a plain stack, no generations. */
    public static Run stack(Variable y, int maxRuns) {
        return replay(y, maxRuns, new Pending() {
            private final ArrayDeque<Function> stack = new ArrayDeque<>();

            @Override
            public void add(Function f) {
                stack.push(f);
            }

            @Override
            public Function next() {
                return stack.poll();
            }
        });
    }

    /** The step-16 algorithm: largest generation first, last queued first among equals, each once. */
    public static Run generation(Variable y) {
        return replay(y, Integer.MAX_VALUE, new Pending() {
            private record Queued(Function f, long order) {}

            private final PriorityQueue<Queued> heap = new PriorityQueue<>(
                    Comparator.comparingInt((Queued q) -> q.f().generation()).thenComparingLong(Queued::order)
                            .reversed());
            private final Set<Function> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            private long order;

            @Override
            public void add(Function f) {
                if (seen.add(f)) {
                    heap.add(new Queued(f, order++));
                }
            }

            @Override
            public Function next() {
                Queued q = heap.poll();
                return q == null ? null : q.f();
            }
        });
    }

    /** The functions waiting to run, in the order of one algorithm. */
    private interface Pending {
        void add(Function f);

        /** The next function to run, or null when none is left. */
        Function next();
    }

    private static Run replay(Variable y, int maxRuns, Pending pending) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("maxRuns must be at least 1, got " + maxRuns);
        }
        Map<Variable, NDArray> grads = new IdentityHashMap<>();
        grads.put(y, y.grad != null ? y.grad.data : NDArray.onesLike(y.data));
        List<Function> order = new ArrayList<>();
        if (y.creator != null) {
            pending.add(y.creator);
        }
        try (Config.Scope scope = Config.noGrad()) {
            Function f;
            while ((f = pending.next()) != null) {
                if (order.size() == maxRuns) {
                    return new Run(Collections.unmodifiableList(order), Collections.unmodifiableMap(grads), false);
                }
                if ((order.size() & INTERRUPT_CHECK_MASK) == INTERRUPT_CHECK_MASK && Thread.interrupted()) {
                    throw new CancellationException("interrupted");
                }
                order.add(f);
                runOne(f, grads, pending);
            }
        }
        return new Run(Collections.unmodifiableList(order), Collections.unmodifiableMap(grads), true);
    }

    /** Runs {@code f}'s backward on the scratch gradients and queues the creators of its inputs. */
    private static void runOne(Function f, Map<Variable, NDArray> grads, Pending pending) {
        List<Variable> outs = f.outputs();
        Variable[] gys = new Variable[outs.size()];
        for (int i = 0; i < gys.length; i++) {
            Variable o = outs.get(i);
            NDArray g = o == null ? null : grads.get(o);
            gys[i] = new Variable(g != null ? g : NDArray.zeros(f.outputShape(i)));
        }
        Variable[] gxs = f.backward(gys);
        List<Variable> xs = f.inputs();
        if (gxs.length != xs.size()) {
            throw new IllegalStateException(f.name() + ".backward returned " + gxs.length + " gradients for "
                    + xs.size() + " inputs");
        }
        for (int i = 0; i < gxs.length; i++) {
            if (gxs[i] == null) {
                continue;
            }
            Variable x = xs.get(i);
            grads.merge(x, gxs[i].data, NDArray::add);
            if (x.creator != null) {
                pending.add(x.creator);
            }
        }
    }

    /** The variables without a creator, in the pre-order of the text tree. */
    static List<Variable> leaves(Variable y) {
        List<Variable> leaves = new ArrayList<>();
        for (Variable v : Reach.preorder(y)) {
            if (v.creator == null) {
                leaves.add(v);
            }
        }
        return leaves;
    }
}
