package dezero.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

/** Test helper: runs the garbage collector a bounded number of times until a condition holds. */
public final class Gc {
    private static final int ATTEMPTS = 50;

    private Gc() {}

    /** Polls {@code System.gc()} until {@code collected} is true; fails naming {@code what} otherwise. */
    public static void awaitCollected(String what, BooleanSupplier collected) {
        for (int i = 0; i < ATTEMPTS; i++) {
            if (collected.getAsBoolean()) {
                return;
            }
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + what + " to be collected");
            }
        }
        if (!collected.getAsBoolean()) {
            fail(what + " still reachable after " + ATTEMPTS + " garbage collections");
        }
    }
}
