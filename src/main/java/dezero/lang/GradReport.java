package dezero.lang;

import dezero.core.GradientShapeException;
import dezero.core.NumpyFormat;
import dezero.core.Variable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Backward as the session runs it: all or nothing for the grads of the session's variables,
 * then one {@code name.grad = ...} line for each variable that holds a grad, in definition order.
 */
final class GradReport {
    private GradReport() {}

    /**
     * A ValueError naming the variable whose data changed shape under a graph, as the user wrote
     * it ({@code x.data = np.ones(4)}), when the session has a name for it.
     */
    private static LangError changedShape(Session session, Variable v, GradientShapeException e) {
        String input = null;
        String output = null;
        for (Map.Entry<String, Variable> n : session.variables().entrySet()) {
            if (input == null && n.getValue() == e.input()) {
                input = n.getKey();
            }
            if (output == null && n.getValue() == v) {
                output = n.getKey();
            }
        }
        if (input == null) {
            return LangError.value(e.getMessage(), Span.NONE);
        }
        return LangError.value(input + ".data changed shape from " + NumpyFormat.shapeTuple(e.gradientShape()) + " to "
                + NumpyFormat.shapeTuple(e.input().data.shape()) + " after " + (output == null ? "the graph" : output)
                + " was computed from it; backward needs the shapes of the forward pass: compute "
                + (output == null ? "it" : output) + " again", Span.NONE);
    }

    static void backward(Session session, Variable v, boolean retainGrad, boolean createGraph) {
        Map<Variable, Variable> before = new IdentityHashMap<>();
        for (Variable x : session.variables().values()) {
            before.put(x, x.grad);
        }
        try {
            v.backward(retainGrad, createGraph);
        } catch (GradientShapeException e) {
            restore(before);
            throw changedShape(session, v, e);
        } catch (RuntimeException | Error e) {
            restore(before);
            throw e;
        }
        if (!session.silenced()) {
            // Loops, not forEach lambdas: `backward` is often in a session's first lines (see Session.start).
            for (Map.Entry<String, Variable> e : session.variables().entrySet()) {
                Variable x = e.getValue();
                if (x.grad != null) {
                    String prefix = e.getKey() + ".grad = ";
                    session.print(prefix + Repr.indentContinuation(Session.repr(x.grad), prefix.length()));
                }
            }
        }
    }

    /** Puts back the grads a failed backward may have changed. */
    private static void restore(Map<Variable, Variable> before) {
        for (Map.Entry<Variable, Variable> e : before.entrySet()) {
            e.getKey().grad = e.getValue();
        }
    }
}
