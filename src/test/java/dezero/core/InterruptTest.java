package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's long loops stop at once when their thread is interrupted (Ctrl-C in the REPL):
 * backward at every function, matmul at every row, randn every 65,536 samples. Each stops with
 * {@link CancellationException} and consumes the interrupt.
 */
class InterruptTest {
    @AfterEach
    void noInterruptLeaksIntoLaterTests() {
        Thread.interrupted();
    }

    @Test
    void backwardStopsBeforeItsFirstFunction() {
        Variable x = new Variable(2.0);
        Variable y = x;
        for (int i = 0; i < 10; i++) {
            y = new Square().apply(y);
        }
        AtomicInteger steps = new AtomicInteger();
        Thread.currentThread().interrupt();
        Variable top = y;
        try (Config.Scope s = Config.listening((f, g, gys, gxs) -> steps.incrementAndGet())) {
            assertThrows(CancellationException.class, top::backward);
        }
        assertEquals(0, steps.get());
        assertNull(x.grad);
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void matmulStopsAtARow() {
        NDArray a = NDArray.ones(3, 4);
        NDArray b = NDArray.ones(4, 5);
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> a.matmul(b));
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(NDArray.full(4.0, 3, 5), a.matmul(b));
    }

    @Test
    void randnStopsAndTheNextCallRuns() {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> NDArray.randn(3));
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(3, NDArray.randn(3).size());
    }

    /** x ** 2 with its derivative 2x, for a chain. */
    private static final class Square extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].square());
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(new Variable(gys[0].data.mul(input(0).data).mul(2.0)));
        }
    }
}
