package dezero.functions;

import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Arrays;

/** {@code x0 + x1} with broadcasting. {@code add(x, x)} at 3 is 6.0. */
public final class Add extends Function {
    private int[] x0Shape;
    private int[] x1Shape;

    @Override
    public NDArray[] forward(NDArray... xs) {
        x0Shape = xs[0].shape();
        x1Shape = xs[1].shape();
        return outputs(xs[0].add(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        if (Arrays.equals(x0Shape, x1Shape)) {
            return grads(gy, gy);
        }
        return grads(sumTo(gy, x0Shape), sumTo(gy, x1Shape));
    }
}
