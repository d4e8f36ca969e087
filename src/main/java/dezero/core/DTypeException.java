package dezero.core;

/**
 * An operation does not accept these dtypes, as numpy's {@code TypeError} (its
 * {@code UFuncTypeError} included): subtracting booleans, an unknown dtype name, an in-place
 * result that cannot be cast back. The message is numpy's.
 */
public final class DTypeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DTypeException(String message) {
        super(message);
    }
}
