package dezero.core;

/**
 * Fresh result arrays for the kernels. The element count is checked against
 * {@link NDArray#MAX_SIZE} ({@link ShapeException}), and a large array against the free heap
 * ({@link MemoryException}), before anything is allocated: a line that would need more memory
 * than the Java heap has fails cleanly instead of running the JVM out of memory.
 */
final class Buffers {
    /** From this many elements (4 MiB) an allocation first checks the free heap. */
    static final int LARGE = 1 << 19;
    /** Heap kept free for everything else: the session, the terminal, the error message. */
    static final long RESERVE = 64L << 20;

    private Buffers() {}

    /** A zeroed array for {@code shape}, its size checked against {@link NDArray#MAX_SIZE}. */
    static double[] of(int[] shape) {
        return of(Shapes.size(shape), shape);
    }

    /** A zeroed array of {@code n} elements for an array of {@code shape} (whose size is {@code n}). */
    static double[] of(int n, int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                // a kernel's arithmetic gone negative (a convolution larger than its input): numpy's words
                throw new ShapeException("negative dimensions are not allowed");
            }
        }
        long bytes = 8L * n;
        if (n >= LARGE) {
            ensureFree(bytes, shape);
        }
        try {
            return n >= BULK ? zeroed(n) : new double[n];
        } catch (OutOfMemoryError e) {
            Runtime rt = Runtime.getRuntime();
            throw new MemoryException(bytes, shape, free(rt), rt.maxMemory());
        }
    }

    /** From this many elements (640 bytes) an array is made by {@link #zeroed}. */
    static final int BULK = 80;

    /**
     * A zeroed array of {@code n} elements from the VM's allocator, through
     * {@code Array.newInstance}: a call into the VM, which zeroes memory forwards in bulk, where
     * C1's compiled code (which the launcher runs) zeroes an array with a loop of single stores
     * running backwards. Under C1, one run of a micro-benchmark: 1000 elements 370 ns against 924
     * inline, 100 elements 61 ns against 157; below about 72 elements the inline loop is faster.
     * C2 compiles the call as an ordinary allocation.
     */
    static double[] zeroed(int n) {
        return (double[]) java.lang.reflect.Array.newInstance(double.class, n);
    }

    /**
     * Checks that {@code bytes} of scratch space for a result of {@code shape} (matmul's packed
     * operands and accumulators) fit in the free heap, as {@link #of(int, int[])} does for results.
     */
    static void reserve(long bytes, int[] shape) {
        if (bytes >= 8L * LARGE) {
            ensureFree(bytes, shape);
        }
    }

    /** Collects garbage once if the heap looks too full; fails if it still is. */
    private static void ensureFree(long bytes, int[] shape) {
        Runtime rt = Runtime.getRuntime();
        if (free(rt) >= bytes + RESERVE) {
            return;
        }
        System.gc();
        long free = free(rt);
        if (free < bytes + RESERVE) {
            throw new MemoryException(bytes, shape, free - RESERVE, rt.maxMemory());
        }
    }

    /** What the heap can still grow by: its maximum minus what is in use (garbage included). */
    private static long free(Runtime rt) {
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }
}
