package dezero.functions;

import static dezero.functions.Functions.div;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 / x1} with broadcasting. {@code 6 / 3} is 2.0. */
public final class Div extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].div(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        Variable x0 = input(0);
        Variable x1 = input(1);
        Variable gx0 = div(gy, x1);
        Variable gx1 = mul(gy, div(neg(x0), pow(x1, 2)));
        return grads(sumTo(gx0, x0.data.shape()), sumTo(gx1, x1.data.shape()));
    }
}
