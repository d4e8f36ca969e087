package dezero.core;

/**
 * An argument has the right type but a value the operation does not accept, as numpy's
 * {@code ValueError}: a seed outside {@code [0, 2**32)}, {@code low >= high}, probabilities
 * that do not sum to 1. The message is numpy's.
 */
public final class ArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ArgumentException(String message) {
        super(message);
    }
}
