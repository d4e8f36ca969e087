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
    /** An array of exponents, element by element (numpy's broadcasting), or null for the number above. */
    private final NDArray exponents;

    /** A float exponent. */
    public Pow(double c) {
        this.c = c;
        this.intExponent = false;
        this.exponents = null;
    }

    /** An int exponent. */
    public Pow(long c) {
        this.c = c;
        this.intExponent = true;
        this.exponents = null;
    }

    /** An array of constant exponents, as DeZero's Pow takes an ndarray {@code c}: {@code x ** [2, 3]} is {@code [x0², x1³]}. */
    public Pow(NDArray c) {
        this.c = Double.NaN;
        this.intExponent = false;
        this.exponents = c;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        if (exponents != null) {
            return outputs(xs[0].pow(exponents));
        }
        return outputs(intExponent ? xs[0].pow((long) c) : xs[0].pow(c));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        if (exponents != null) {
            // c * x ** (c - 1) * gy, c a constant array
            return grads(mul(mul(new Pow(exponents.sub(1L)).apply(x), new Variable(exponents)), gys[0]));
        }
        // DeZero's c * x ** (c - 1) * gy, with c a constant input as DeZero's mul makes it.
        if (intExponent) {
            return grads(mul(mul(pow(x, (long) c - 1), (long) c), gys[0]));
        }
        return grads(mul(mul(pow(x, c - 1), c), gys[0]));
    }
}
