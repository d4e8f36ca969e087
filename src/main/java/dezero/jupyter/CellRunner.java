package dezero.jupyter;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread that runs the session's code, with a large stack as the REPL's worker. An
 * {@code interrupt_request} interrupts it while a cell runs, which the session turns into
 * KeyboardInterrupt; between cells an interrupt does nothing.
 */
final class CellRunner {
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "dezero-kernel-eval", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private Thread running;

    /** Runs {@code body} on the evaluation thread and waits for it; what it throws is rethrown. */
    void run(Runnable body) {
        Future<?> f = executor.submit(() -> {
            synchronized (lock) {
                running = Thread.currentThread();
                Thread.interrupted();
            }
            try {
                body.run();
            } finally {
                synchronized (lock) {
                    running = null;
                    Thread.interrupted();
                }
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                    interrupt();
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Interrupts the running cell, if one runs; true if one did. */
    boolean interrupt() {
        synchronized (lock) {
            if (running == null) {
                return false;
            }
            running.interrupt();
            return true;
        }
    }

    /** Stops the thread (interrupting a running cell). */
    void shutdown() {
        executor.shutdownNow();
    }
}
