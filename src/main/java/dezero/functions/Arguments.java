package dezero.functions;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.List;

/**
 * The arguments of one call of an {@link Op}, bound to its parameter names (positional, keyword
 * and defaults already resolved by the caller: the language). Each accessor converts as DeZero
 * does and throws the caller's error when the value does not fit.
 */
public interface Arguments {
    /** The argument as a Variable: DeZero's {@code as_variable} (an ndarray or a number becomes a leaf). */
    Variable variable(String name);

    /** The argument as an array: DeZero's {@code as_array}. */
    NDArray array(String name);

    /** A number (an int or a float). */
    double number(String name);

    /** An int. */
    int integer(String name);

    /** A bool. */
    boolean bool(String name);

    /** True when the argument is {@code None}. */
    boolean isNone(String name);

    /** A shape or a tuple of axes: a tuple, a list or one int. */
    int[] shape(String name);

    /** The arguments a {@code *rest} parameter collected, as the caller holds them. */
    List<Object> rest();

    /** The argument as the caller holds it (an index of {@code get_item}, a callable). */
    Object value(String name);

    /** {@link #variable} or null for {@code None}. */
    default Variable variableOrNull(String name) {
        return isNone(name) ? null : variable(name);
    }

    /** {@link #shape} or null for {@code None} ({@code axis=None}: all axes). */
    default int[] axesOrNull(String name) {
        return isNone(name) ? null : shape(name);
    }
}
