package dezero.functions;

import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 - x1} with broadcasting. */
public final class Sub extends Function {
    private int[] x0Shape;
    private int[] x1Shape;

    @Override
    public NDArray[] forward(NDArray... xs) {
        x0Shape = xs[0].shape();
        x1Shape = xs[1].shape();
        return outputs(xs[0].sub(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        return grads(sumTo(gy, x0Shape), sumTo(neg(gy), x1Shape));
    }
}
