package dezero.core;

/**
 * A value does not fit where it must go, as numpy's {@code OverflowError}: a Python integer
 * out of the bounds of an integer dtype, a random range that is not finite. The message is numpy's.
 */
public final class OverflowException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public OverflowException(String message) {
        super(message);
    }
}
