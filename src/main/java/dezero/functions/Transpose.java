package dezero.functions;

import static dezero.functions.Functions.transpose;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Reverses or permutes the axes; the gradient is permuted back. */
public final class Transpose extends Function {
    private final int[] axes;

    /** Reverses the axes ({@code x.T}). */
    public Transpose() {
        this.axes = null;
    }

    /** Permutes the axes: output axis {@code i} is input axis {@code axes[i]}. */
    public Transpose(int... axes) {
        this.axes = axes.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(axes == null ? xs[0].transpose() : xs[0].transpose(axes));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        if (axes == null) {
            return grads(transpose(gys[0]));
        }
        int n = axes.length;
        int[] inverse = new int[n];
        for (int i = 0; i < n; i++) {
            inverse[axes[i] < 0 ? axes[i] + n : axes[i]] = i;
        }
        return grads(transpose(gys[0], inverse));
    }
}
