package dezero.functions;

import dezero.core.NDArray;

/** The smallest element over {@code axis} (null: all); the gradient goes to every element equal to it. */
public final class Min extends Max {
    Min(int[] axis, boolean keepdims) {
        super(axis, keepdims);
    }

    /** DeZero's {@code Min(axis=None, keepdims=False)}. */
    public static Min overAll() {
        return new Min(null, false);
    }

    /** DeZero's {@code Min(axis, keepdims)}. */
    public static Min over(int[] axis, boolean keepdims) {
        return new Min(axis, keepdims);
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].min(axis, keepdims));
    }
}
