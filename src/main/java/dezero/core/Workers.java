package dezero.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The helper threads of large kernels (matrix products, {@code tanh} of large arrays): the calling
 * thread does one part and up to {@code THREADS - 1} daemon threads the others, as numpy's BLAS
 * uses the machine's cores. Each output element is computed by one thread, as in one thread.
 */
final class Workers {
    /**
     * Threads for one product: the system property {@code dezero.threads} when set (1 turns the
     * helpers off), else the cores the JVM sees, at most 4 (past that the rows get short).
     */
    static final int THREADS = threads(System.getProperty("dezero.threads"),
            Runtime.getRuntime().availableProcessors());
    /** Multiply-adds a part must have to be worth a hand-over to another thread (about 0.1 ms). */
    static final long MIN_PART = 1L << 20;

    private Workers() {}

    /** The thread count for a {@code dezero.threads} value (null or not a positive integer: the cores, at most 4). */
    static int threads(String property, int cores) {
        if (property != null && property.matches("[0-9]{1,3}") && Integer.parseInt(property) > 0) {
            return Integer.parseInt(property);
        }
        return Math.max(1, Math.min(4, cores));
    }

    /** How many parts a product of {@code m x k} by {@code k x n} is split into on {@code threads} (1 = no helper). */
    static int parts(int m, int k, int n, int threads) {
        long work = (long) m * k * n;
        return (int) Math.max(1, Math.min(Math.min(threads, m / 2), work / MIN_PART));
    }

    /** {@code parts + 1} row boundaries from 0 to {@code m}, each part an even number of rows but the last. */
    static int[] bounds(int m, int parts) {
        int[] b = new int[parts + 1];
        for (int t = 1; t < parts; t++) {
            b[t] = (int) ((long) m * t / parts) & ~1;
        }
        b[parts] = m;
        return b;
    }

    /** A part of a loop over elements: {@code [from, to)}. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over {@code [0, n)} in parts of at least {@code minPart} elements, at most
     * {@link #THREADS} of them; in this thread alone when {@code n} is under two parts.
     */
    static void split(int n, int minPart, Range body) {
        int parts = (int) Math.max(1, Math.min(THREADS, (long) n / minPart));
        if (parts == 1) {
            body.run(0, n);
            return;
        }
        List<Callable<Void>> others = new ArrayList<>();
        for (int t = 1; t < parts; t++) {
            int from = (int) ((long) n * t / parts);
            int to = (int) ((long) n * (t + 1) / parts);
            others.add(() -> {
                body.run(from, to);
                return null;
            });
        }
        run(others, () -> body.run(0, (int) ((long) n / parts)));
    }

    /** Runs {@code others} on the helper threads and {@code mine} on this one; returns when all are done. */
    static void run(List<Callable<Void>> others, Runnable mine) {
        List<Future<Void>> futures = others.stream().map(Pool.EXECUTOR::submit).toList();
        try {
            mine.run();
        } finally {
            for (Future<Void> f : futures) {
                await(f);
            }
        }
    }

    /** Waits for a helper even when this thread is interrupted (the flag is kept for its next check). */
    private static void await(Future<Void> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The threads, made on first use: a program that multiplies no large matrices starts none. */
    private static final class Pool {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), r -> {
            Thread t = new Thread(r, "dezero-gemm");
            t.setDaemon(true);
            return t;
        });
    }
}
