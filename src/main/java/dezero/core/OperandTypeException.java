package dezero.core;

/**
 * An operand whose type the operation does not take: Python's {@code TypeError}, with its text,
 * e.g. {@code unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'}.
 */
public final class OperandTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OperandTypeException(String message) {
        super(message);
    }
}
