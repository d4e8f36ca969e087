package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.tanh;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code tanh(x)}; gradient {@code 1 - y ** 2}. */
public final class Tanh extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].tanh());
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable y = output(0);
        if (y == null) {
            y = tanh(input(0));
        }
        if (!Config.isBackpropEnabled() && gys[0].data.sameFloat64Shape(y.data)) {
            // Nothing is recorded: the same gy * (1 - y * y) in one pass instead of three.
            return grads(new Variable(gys[0].data.mulOneMinusSquare(y.data)));
        }
        return grads(mul(gys[0], sub(1L, mul(y, y)))); // DeZero: gy * (1 - y * y)
    }
}
