package dezero.functions;

import static dezero.functions.Functions.reshape;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** numpy's reshape (one dimension may be -1); the gradient is reshaped back. */
public final class Reshape extends Function {
    private final int[] shape;
    private int[] xShape;

    public Reshape(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        xShape = xs[0].shape();
        return outputs(xs[0].reshape(shape));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(reshape(gys[0], xShape));
    }
}
