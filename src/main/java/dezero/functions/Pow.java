package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.pow;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * {@code x ** c} for a constant exponent, a Python float or int (an int array raised to an int
 * stays int). {@code x ** 3} at 2 is 8.0, its gradient 12.0.
 */
public final class Pow extends Function {
    private final double c;
    private final boolean intExponent;

    /** A float exponent. */
    public Pow(double c) {
        this.c = c;
        this.intExponent = false;
    }

    /** An int exponent. */
    public Pow(long c) {
        this.c = c;
        this.intExponent = true;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(intExponent ? xs[0].pow((long) c) : xs[0].pow(c));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        // DeZero's c * x ** (c - 1) * gy, with c a constant input as DeZero's mul makes it.
        if (intExponent) {
            return grads(mul(mul(pow(x, (long) c - 1), (long) c), gys[0]));
        }
        return grads(mul(mul(pow(x, c - 1), c), gys[0]));
    }
}
