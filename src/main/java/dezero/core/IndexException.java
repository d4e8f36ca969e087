package dezero.core;

/**
 * An index does not fit the array, as numpy's {@code IndexError}: out of bounds, too many
 * indices, a boolean mask of the wrong shape. The message is numpy's.
 */
public final class IndexException extends IndexOutOfBoundsException {
    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }
}
