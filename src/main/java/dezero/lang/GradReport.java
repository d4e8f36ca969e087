package dezero.lang;

import dezero.core.Variable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Backward as the session runs it: all or nothing for the grads of the session's variables,
 * then one {@code name.grad = ...} line for each variable that holds a grad, in definition order.
 */
final class GradReport {
    private GradReport() {}

    static void backward(Session session, Variable v, boolean retainGrad, boolean createGraph) {
        Map<Variable, Variable> before = new IdentityHashMap<>();
        for (Variable x : session.variables().values()) {
            before.put(x, x.grad);
        }
        try {
            v.backward(retainGrad, createGraph);
        } catch (RuntimeException | Error e) {
            before.forEach((x, grad) -> x.grad = grad);
            throw e;
        }
        if (!session.silenced()) {
            session.values().forEach((name, value) -> {
                if (value instanceof Value.Var x && x.variable().grad != null) {
                    String prefix = name + ".grad = ";
                    session.print(prefix + Repr.indentContinuation(x.variable().grad.toString(), prefix.length()));
                }
            });
        }
    }
}
