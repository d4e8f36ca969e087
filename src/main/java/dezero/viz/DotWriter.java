package dezero.viz;

import dezero.core.Function;
import dezero.core.Variable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Graphviz DOT in the visual language of DeZero's {@code get_dot_graph}: variables are orange
 * ellipses labelled {@code name: (shape) float64}, functions light-blue boxes labelled with
 * their class, edges input -> function -> output. Unlike DeZero's writer each node is declared
 * once, and node ids are numbers in traversal order (not memory addresses), so the same graph
 * always gives the same text.
 */
final class DotWriter {
    private static final int INTERRUPT_CHECK_MASK = 1023;

    private final Labels labels;
    private final boolean verbose;
    private final Appendable out;
    private final Map<Object, Integer> ids = new IdentityHashMap<>();
    private final Set<Function> queued = Collections.newSetFromMap(new IdentityHashMap<>());

    DotWriter(Map<Variable, String> names, boolean verbose, Appendable out) {
        this.labels = new Labels(names);
        this.verbose = verbose;
        this.out = out;
    }

    /** Writes the graph that produced {@code y}: the output first, then functions as DeZero pops them. */
    void write(Variable y) {
        emit("digraph g {\n");
        declare(y);
        ArrayDeque<Function> todo = new ArrayDeque<>();
        if (y.creator != null) {
            todo.push(y.creator);
            queued.add(y.creator);
        }
        int steps = 0;
        while (!todo.isEmpty()) {
            if ((++steps & INTERRUPT_CHECK_MASK) == 0 && Thread.interrupted()) {
                throw new CancellationException("interrupted");
            }
            Function f = todo.pop();
            int fid = number(f);
            emit(fid + " [label=\"" + escape(f.name()) + "\", color=lightblue, style=filled, shape=box]\n");
            for (Variable x : f.inputs()) {
                declare(x);
                emit(ids.get(x) + " -> " + fid + "\n");
                Function c = x.creator;
                if (c != null && queued.add(c)) {
                    todo.push(c);
                }
            }
            for (Variable o : f.outputs()) {
                if (o != null) {
                    declare(o);
                    emit(fid + " -> " + ids.get(o) + "\n");
                }
            }
        }
        emit("}\n");
    }

    private void declare(Variable v) {
        if (ids.containsKey(v)) {
            return;
        }
        int id = number(v);
        String name = labels.knownName(v);
        String label = name == null ? "" : name;
        if (verbose) {
            label += (name == null ? "" : ": ") + Labels.shapeAndDtype(v.data);
        }
        emit(id + " [label=\"" + escape(label) + "\", color=orange, style=filled]\n");
    }

    /** The node's number, given on first use: 1, 2, 3, ... in the order nodes are written. */
    private int number(Object node) {
        return ids.computeIfAbsent(node, k -> ids.size() + 1);
    }

    private void emit(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DOT text: " + e.getMessage(), e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
