package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sigmoid;
import static dezero.functions.Functions.sub;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** The logistic function {@code 1 / (1 + exp(-x))}, computed as DeZero does, {@code tanh(x * 0.5) * 0.5 + 0.5}; gradient {@code y (1 - y)}. */
public final class Sigmoid extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].sigmoid());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable y = output(0);
        if (y == null) {
            y = sigmoid(input(0));
        }
        if (!Config.isBackpropEnabled() && gys[0].data.sameFloat64Shape(y.data)) {
            // Nothing is recorded: the same gy * y * (1 - y) in one pass instead of three.
            return grads(new Variable(gys[0].data.mulYOneMinusY(y.data)));
        }
        return grads(mul(mul(gys[0], y), sub(1L, y))); // DeZero: gy * y * (1 - y)
    }
}
