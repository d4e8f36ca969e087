package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.sub;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code sum((x0 - x1) ** 2) / len(x0)} in one node. */
public final class MeanSquaredError extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray diff = xs[0].sub(xs[1]);
        return outputs(diff.pow(2L).sum().div((long) length(diff)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable diff = sub(input(0), input(1));
        Variable gx0 = mul(mul(gys[0], diff), 2.0 / length(diff.data));
        return grads(gx0, neg(gx0));
    }

    /** Python's {@code len(diff)}. */
    private static int length(NDArray a) {
        return new Variable(a).len();
    }
}
