package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.sum;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code exp(x - max) / sum(exp(x - max))} along {@code axis} (DeZero's default 1), in one node. */
public final class Softmax extends Function {
    private final int[] axis;

    /** DeZero's {@code Softmax(axis)}: one axis or several. */
    public Softmax(int... axis) {
        this.axis = axis.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray y = xs[0].sub(xs[0].max(axis, true)).exp();
        return outputs(y.div(y.sum(axis, true)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable y = output(0);
        if (y == null) {
            y = new Variable(forward(input(0).data)[0]);
        }
        Variable gx = mul(y, gys[0]);
        Variable sumdx = sum(gx, axis, true);
        return grads(sub(gx, mul(y, sumdx)));
    }
}
