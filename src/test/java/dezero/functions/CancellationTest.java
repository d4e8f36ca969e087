package dezero.functions;

import static dezero.functions.Functions.add;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Config;
import dezero.core.Variable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl-C in the REPL interrupts the thread; a long backward must stop within a few steps. */
class CancellationTest {
    private static final int CHAIN = 200_000;
    /** Backward stops this soon after an interrupt at the latest (it checks at every function). */
    private static final int CHECK_INTERVAL = 1024;

    @AfterEach
    void clearInterruptOfThisThread() {
        Thread.interrupted();
    }

    private static Variable chain(Variable x) {
        Variable y = x;
        for (int i = 0; i < CHAIN; i++) {
            y = add(y, 1.0);
        }
        return y;
    }

    @Test
    void backwardInAnInterruptedThreadThrowsCancellation() {
        Variable x = new Variable(0.0);
        Variable y = chain(x);
        AtomicInteger steps = new AtomicInteger();
        Thread.currentThread().interrupt();
        try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> steps.incrementAndGet())) {
            assertThrows(CancellationException.class, y::backward);
        }
        assertTrue(steps.get() < CHECK_INTERVAL, "stopped after " + steps.get() + " steps");
        assertNull(x.grad);
        assertFalse(Thread.interrupted(), "the interrupt was consumed by the cancellation");
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void interruptFromAnotherThreadStopsARunningBackward() throws Exception {
        Variable x = new Variable(0.0);
        Variable y = chain(x);
        CountDownLatch running = new CountDownLatch(1);
        AtomicInteger stepsAfterInterrupt = new AtomicInteger(-1);
        FutureTask<Void> backward = new FutureTask<>(() -> {
            try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> {
                if (running.getCount() > 0) {
                    running.countDown();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                }
                stepsAfterInterrupt.incrementAndGet();
            })) {
                y.backward();
            }
            return null;
        });
        Thread worker = new Thread(backward, "backward");
        worker.start();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        worker.interrupt();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(worker.isAlive());
        Exception e = assertThrows(Exception.class, () -> backward.get(0, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof CancellationException, "cause: " + e.getCause());
        assertTrue(stepsAfterInterrupt.get() < CHECK_INTERVAL, "ran " + stepsAfterInterrupt.get()
                + " steps after the interrupt");
        assertNull(x.grad);
    }
}
