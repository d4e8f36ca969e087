package dezero.core;

import java.util.concurrent.CancellationException;

/** Cooperative cancellation: long loops of the engine stop when their thread is interrupted. */
final class Interrupts {
    private Interrupts() {}

    /** Throws {@link CancellationException} (clearing the flag) if this thread was interrupted. */
    static void check() {
        if (Thread.interrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
