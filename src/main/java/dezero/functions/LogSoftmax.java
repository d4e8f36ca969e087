package dezero.functions;

import static dezero.functions.Functions.exp;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.sum;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x - logsumexp(x, axis)} (DeZero's default axis 1), in one node. */
public final class LogSoftmax extends Function {
    private final int[] axis;

    /** DeZero's {@code LogSoftmax(axis)}. */
    public LogSoftmax(int... axis) {
        this.axis = axis.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].sub(Kernels.logsumexp(xs[0], axis)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable y = output(0);
        if (y == null) {
            y = new Variable(forward(input(0).data)[0]);
        }
        Variable gy = gys[0];
        return grads(sub(gy, mul(exp(y), sum(gy, axis, true))));
    }
}
