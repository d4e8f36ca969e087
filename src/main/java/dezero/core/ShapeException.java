package dezero.core;

/**
 * A shape does not fit the operation: operands that do not broadcast, a reshape to a
 * different size, matrices that do not align, an axis out of range, or an array over the
 * size limit. The message is numpy's where numpy has one.
 */
public final class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ShapeException(String message) {
        super(message);
    }
}
