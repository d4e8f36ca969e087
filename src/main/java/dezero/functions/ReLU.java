package dezero.functions;

import static dezero.functions.Functions.mul;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code max(x, 0)}; its gradient passes where {@code x > 0}. {@code relu([-1, 2])} is {@code [0. 2.]}. */
public final class ReLU extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].maximum(NDArray.weakFloat(0.0)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        NDArray mask = input(0).data.gt(NDArray.weakInt(0));
        return grads(mul(gys[0], new Variable(mask)));
    }
}
