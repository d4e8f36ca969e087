package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.sumTo;

import dezero.core.Config;
import dezero.core.DType;
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
        NDArray x0 = input(0).data;
        NDArray x1 = input(1).data;
        NDArray gy = gys[0].data;
        if (!Config.isBackpropEnabled() && x0.sameFloat64Shape(x1) && gy.ndim() == 0 && gy.dtype() == DType.FLOAT64) {
            // Nothing is recorded: the same gy * diff * (2 / len) in one pass, diff not kept.
            NDArray gx = x0.scaledDifference(x1, gy.item(), 2.0 / length(x0));
            return grads(new Variable(gx), new Variable(gx.neg()));
        }
        Variable diff = sub(input(0), input(1));
        Variable gx = mul(mul(gys[0], diff), 2.0 / length(diff.data));
        // DeZero returns gx and -gx as they are; where an input was broadcast (a (N,) target
        // against (N, 1) predictions) its gradient is summed back to its own shape.
        return grads(fitTo(gx, input(0)), fitTo(neg(gx), input(1)));
    }

    private static Variable fitTo(Variable g, Variable x) {
        return java.util.Arrays.equals(g.shape(), x.shape()) ? g : sumTo(g, x.shape());
    }

    /** Python's {@code len(diff)}. */
    private static int length(NDArray a) {
        return new Variable(a).len();
    }
}
