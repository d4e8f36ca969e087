package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.sub;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Test-local two-output function: {@code (x0 + x1, x0 - x1)}. */
final class AddSub extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].add(xs[1]), xs[0].sub(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(add(gys[0], gys[1]), sub(gys[0], gys[1]));
    }
}
