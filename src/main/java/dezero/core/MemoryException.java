package dezero.core;

/**
 * An array does not fit in the Java heap that is free, as numpy's {@code MemoryError}: the
 * message names the array's size and shape and what the heap has left. Nothing was allocated.
 */
public final class MemoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MemoryException(long bytes, int[] shape, long free, long max) {
        super("Unable to allocate " + size(bytes) + " for an array with shape " + Shapes.compact(shape)
                + " and data type float64 (the Java heap has " + size(Math.max(0, free)) + " free of "
                + size(max) + ")");
    }

    /** {@code 763 MiB}, {@code 74.5 GiB}: binary units as numpy names them. */
    static String size(long bytes) {
        if (bytes < 1L << 20) {
            return (bytes >> 10) + " KiB";
        }
        if (bytes < 1L << 30) {
            return (bytes >> 20) + " MiB";
        }
        return String.format("%.1f GiB", bytes / (double) (1L << 30));
    }
}
