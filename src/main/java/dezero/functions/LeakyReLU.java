package dezero.functions;

import static dezero.functions.Functions.mul;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x} where {@code x > 0}, else {@code slope * x}. {@code leaky_relu([-1, 2])} is {@code [-0.2  2. ]}. */
public final class LeakyReLU extends Function {
    private final double slope;

    /** DeZero's {@code LeakyReLU(slope)}. */
    public LeakyReLU(double slope) {
        this.slope = slope;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].map(v -> v <= 0 ? v * slope : v));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        // DeZero: mask = (x > 0).astype(gy.dtype); mask[mask <= 0] = slope
        NDArray mask = input(0).data.gt(NDArray.weakInt(0)).astype(gys[0].data.dtype()).map(v -> v > 0 ? v : slope);
        return grads(mul(gys[0], new Variable(mask)));
    }
}
