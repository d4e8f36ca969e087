package dezero.core;

/** A division by zero that numpy reports as Python's {@code ZeroDivisionError} (an arange with a zero step). */
public final class ZeroDivisionException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public ZeroDivisionException(String message) {
        super(message);
    }
}
