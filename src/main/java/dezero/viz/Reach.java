package dezero.viz;

import dezero.core.Function;
import dezero.core.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The distinct variables and functions reachable from some variables through
 * {@code creator -> inputs} (and optionally through {@code grad}), found without recursion so
 * that a 1,000,000-deep chain is fine.
 */
final class Reach {
    private static final int INTERRUPT_CHECK_MASK = 1023;

    final Set<Variable> variables = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Function> functions = Collections.newSetFromMap(new IdentityHashMap<>());

    private Reach() {}

    /**
     * Walks from {@code roots}; with {@code followGrads} a variable's {@code grad} (and the graph
     * that made it, under create_graph) counts as reachable too.
     *
     * @throws CancellationException when the thread is interrupted
     */
    static Reach from(Collection<Variable> roots, boolean followGrads) {
        Reach r = new Reach();
        ArrayDeque<Variable> todo = new ArrayDeque<>();
        for (Variable v : roots) {
            if (v != null && r.variables.add(v)) {
                todo.push(v);
            }
        }
        int steps = 0;
        while (!todo.isEmpty()) {
            if ((++steps & INTERRUPT_CHECK_MASK) == 0 && Thread.interrupted()) {
                throw new CancellationException("interrupted");
            }
            Variable v = todo.pop();
            if (followGrads && v.grad != null && r.variables.add(v.grad)) {
                todo.push(v.grad);
            }
            Function f = v.creator;
            if (f == null || !r.functions.add(f)) {
                continue;
            }
            for (Variable x : f.inputs()) {
                if (r.variables.add(x)) {
                    todo.push(x);
                }
            }
        }
        return r;
    }

    /**
     * The distinct variables of the graph that produced {@code y} in the order the text tree
     * prints them: depth first, a variable before its creator's inputs, inputs left to right.
     */
    static List<Variable> preorder(Variable y) {
        List<Variable> order = new ArrayList<>();
        Set<Variable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Function> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Variable> todo = new ArrayDeque<>();
        todo.push(y);
        while (!todo.isEmpty()) {
            if ((order.size() & INTERRUPT_CHECK_MASK) == INTERRUPT_CHECK_MASK && Thread.interrupted()) {
                throw new CancellationException("interrupted");
            }
            Variable v = todo.pop();
            if (!seen.add(v)) {
                continue;
            }
            order.add(v);
            Function f = v.creator;
            if (f != null && expanded.add(f)) {
                List<Variable> xs = f.inputs();
                for (int i = xs.size() - 1; i >= 0; i--) {
                    todo.push(xs.get(i));
                }
            }
        }
        return order;
    }

    /** Variables plus functions. */
    int nodes() {
        return variables.size() + functions.size();
    }
}
