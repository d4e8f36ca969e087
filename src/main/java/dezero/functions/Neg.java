package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code -x}. */
public final class Neg extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].neg());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(Functions.neg(gys[0]));
    }
}
