package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.OperandTypeException;
import dezero.core.Variable;
import java.util.Arrays;

/**
 * The ops of DeZero as static functions, the one public facade of this package:
 * {@code import static dezero.functions.Functions.*;} then {@code add(square(x), x)}.
 * Each call creates a fresh {@link Function} (a function is used once).
 */
public final class Functions {
    private Functions() {}

    /** {@code x0 + x1}, broadcasting. {@code add(square(x), x)} at 3 is 12.0. */
    public static Variable add(Variable x0, Variable x1) {
        return new Add().apply(x0, x1);
    }

    /** {@code x + c}: the constant becomes an input of the graph, as in DeZero. */
    public static Variable add(Variable x, double c) {
        return new Add().apply(x, constant(c));
    }

    /** {@code c + x} (DeZero's {@code __radd__}: {@code add(x, c)}, the constant second). */
    public static Variable add(double c, Variable x) {
        return new Add().apply(x, constant(c));
    }

    /** {@code x0 - x1}, broadcasting. */
    public static Variable sub(Variable x0, Variable x1) {
        return new Sub().apply(x0, x1);
    }

    /** {@code x - c}. */
    public static Variable sub(Variable x, double c) {
        return new Sub().apply(x, constant(c));
    }

    /** {@code c - x}. */
    public static Variable sub(double c, Variable x) {
        return new Sub().apply(constant(c), x);
    }

    /** {@code x0 * x1}, broadcasting. */
    public static Variable mul(Variable x0, Variable x1) {
        return new Mul().apply(x0, x1);
    }

    /** {@code x * c}. */
    public static Variable mul(Variable x, double c) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code c * x} (DeZero's {@code __rmul__}: {@code mul(x, c)}, the constant second). */
    public static Variable mul(double c, Variable x) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code x0 / x1}, broadcasting. */
    public static Variable div(Variable x0, Variable x1) {
        return new Div().apply(x0, x1);
    }

    /** {@code x / c}. */
    public static Variable div(Variable x, double c) {
        return new Div().apply(x, constant(c));
    }

    /** {@code c / x}. */
    public static Variable div(double c, Variable x) {
        return new Div().apply(constant(c), x);
    }

    /** {@code -x}. */
    public static Variable neg(Variable x) {
        return new Neg().apply(x);
    }

    /** {@code x ** c}. {@code pow(x, 3)} at 2 is 8.0, gradient 12.0. */
    public static Variable pow(Variable x, double c) {
        return new Pow(c).apply(x);
    }

    /**
     * {@code x ** c} with a Variable exponent: DeZero's {@code Pow} takes a constant only, and numpy
     * refuses the Variable.
     *
     * @throws OperandTypeException always, with Python's text
     */
    public static Variable pow(Variable x, Variable c) {
        throw new OperandTypeException(
                "unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'");
    }

    /** {@code x ** 2}. {@code square(x)} at 3 is 9.0, gradient 6.0. */
    public static Variable square(Variable x) {
        return new Square().apply(x);
    }

    /** {@code e ** x}. */
    public static Variable exp(Variable x) {
        return new Exp().apply(x);
    }

    /** Natural logarithm. */
    public static Variable log(Variable x) {
        return new Log().apply(x);
    }

    /** Sine (radians). {@code sin(x)} at 0 is 0.0, gradient {@code cos(0)} = 1.0. */
    public static Variable sin(Variable x) {
        return new Sin().apply(x);
    }

    /** Cosine (radians). {@code cos(x)} at 0 is 1.0; its gradient is {@code -sin(x)}. */
    public static Variable cos(Variable x) {
        return new Cos().apply(x);
    }

    /** Hyperbolic tangent. {@code tanh(x)} at 0 is 0.0, gradient {@code 1 - tanh(x)^2} = 1.0. */
    public static Variable tanh(Variable x) {
        return new Tanh().apply(x);
    }

    /** {@code 1 / (1 + exp(-x))}. */
    public static Variable sigmoid(Variable x) {
        return new Sigmoid().apply(x);
    }

    /** The sum of all elements. {@code sum([1, 2, 3])} is 6.0. */
    public static Variable sum(Variable x) {
        return new Sum(null, false).apply(x);
    }

    /** The sum along one axis. {@code sum(x, 0)} of a 2x3 has shape (3,). */
    public static Variable sum(Variable x, int axis) {
        return new Sum(new int[] {axis}, false).apply(x);
    }

    /** The sum along one axis, kept as 1 when {@code keepdims}. */
    public static Variable sum(Variable x, int axis, boolean keepdims) {
        return new Sum(new int[] {axis}, keepdims).apply(x);
    }

    /** The sum along {@code axes} (null: all), kept as 1 when {@code keepdims}. */
    public static Variable sum(Variable x, int[] axes, boolean keepdims) {
        return new Sum(axes, keepdims).apply(x);
    }

    /** Sums broadcast axes away down to {@code shape} (x itself when it has that shape). */
    public static Variable sumTo(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new SumTo(shape).apply(x);
    }

    /** Broadcasts {@code x} to {@code shape} (x itself when it has that shape). */
    public static Variable broadcastTo(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new BroadcastTo(shape).apply(x);
    }

    /** numpy's reshape, one dimension may be -1 (x itself when it has that shape). */
    public static Variable reshape(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new Reshape(shape).apply(x);
    }

    /** Reverses the axes ({@code x.T}). */
    public static Variable transpose(Variable x) {
        return new Transpose().apply(x);
    }

    /** Permutes the axes. */
    public static Variable transpose(Variable x, int... axes) {
        return new Transpose(axes).apply(x);
    }

    /** The matrix product {@code x @ W} of 1-d and 2-d operands. */
    public static Variable matmul(Variable x, Variable w) {
        return new MatMul().apply(x, w);
    }

    /** A constant operand as DeZero makes it ({@code as_array(c)}): a leaf Variable input of the graph. */
    private static Variable constant(double c) {
        return new Variable(NDArray.scalar(c));
    }
}
