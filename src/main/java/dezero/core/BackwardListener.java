package dezero.core;

/**
 * Sees backward as it runs: called once per function, in the order backward runs them, after
 * the function computed its input gradients and before they are accumulated. The arrays are
 * the engine's own: read them, do not modify them.
 */
@FunctionalInterface
public interface BackwardListener {
    /**
     * @param f the function whose backward just ran
     * @param generation its generation
     * @param gys the gradients of its outputs (a zero gradient stands for an unused output)
     * @param gxs the gradients it computed for its inputs ({@code null} for an input it does
     *            not differentiate)
     */
    void onBackward(Function f, int generation, Variable[] gys, Variable[] gxs);
}
