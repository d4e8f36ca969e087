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

    /** From this many elements (4 KiB) an array is made by {@link #zeroed}. */
    static final int BULK = 512;

    /**
     * A zeroed array of {@code n} elements. The launcher keeps this method out of the JIT
     * (scripts/lib/jvm-flags.sh), so that the array comes from the VM's allocator, which zeroes
     * memory forwards in bulk: C1's compiled code, which the launcher runs, zeroes an array with a
     * loop of single stores running backwards, 0.98 us for 8 KiB against 0.48 through the VM
     * (a micro-benchmark, one run). Small arrays stay inline, where the call would cost more.
     */
    static double[] zeroed(int n) {
        return new double[n];
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
