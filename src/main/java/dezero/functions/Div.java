package dezero.functions;

import static dezero.functions.Functions.div;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.square;
import static dezero.functions.Functions.sumTo;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** {@code x0 / x1} with broadcasting, or with a constant on either side. {@code 6 / 3} is 2.0. */
public final class Div extends Function {
    private final Double constant;
    private final boolean constantOnLeft;

    /** Two inputs. */
    public Div() {
        this.constant = null;
        this.constantOnLeft = false;
    }

    /** One input and a constant: {@code c / x} when {@code constantOnLeft}, else {@code x / c}. */
    public Div(double c, boolean constantOnLeft) {
        this.constant = c;
        this.constantOnLeft = constantOnLeft;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        if (constant != null) {
            return outputs(constantOnLeft ? xs[0].rdiv(constant) : xs[0].div(constant));
        }
        return outputs(xs[0].div(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        Variable x0 = input(0);
        if (constant != null) {
            // d(x/c) = gy/c ; d(c/x) = -c gy / x^2
            return grads(constantOnLeft ? mul(neg(div(gy, square(x0))), constant) : div(gy, constant));
        }
        Variable x1 = input(1);
        Variable gx0 = div(gy, x1);
        Variable gx1 = mul(gy, div(neg(x0), square(x1)));
        return grads(sumTo(gx0, x0.data.shape()), sumTo(gx1, x1.data.shape()));
    }
}
