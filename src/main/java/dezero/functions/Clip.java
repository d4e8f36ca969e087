package dezero.functions;

import static dezero.functions.Functions.mul;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.function.DoubleUnaryOperator;

/** numpy's {@code clip(x, x_min, x_max)}; the gradient passes where {@code x_min <= x <= x_max}. */
public final class Clip extends Function {
    private final double min;
    private final double max;

    /** DeZero's {@code Clip(x_min, x_max)}. */
    public Clip(double min, double max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        // numpy's clip is minimum(maximum(x, x_min), x_max): NaN stays NaN. A class, not a lambda:
        // softmax cross entropy clips, in programs that link no lambda otherwise.
        return outputs(xs[0].map(new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double v) {
                return v != v ? v : Math.min(Math.max(v, min), max);
            }
        }));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        NDArray x = input(0).data;
        NDArray mask = x.ge(NDArray.weakFloat(min)).mul(x.le(NDArray.weakFloat(max)));
        return grads(mul(gys[0], new Variable(mask)));
    }
}
