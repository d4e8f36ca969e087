package dezero.functions;

import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Config;
import dezero.core.Variable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Step 18's no_grad, with the engine's per-thread mode. */
class NoGradTest {
    @Test
    void squareUnderNoGradRecordsNothing() {
        Square f = new Square();
        Variable y;
        try (Config.Scope scope = Config.noGrad()) {
            y = f.apply(new Variable(2.0));
        }
        assertEquals(4.0, y.data.item());
        assertNull(y.creator);
        assertEquals(0, y.generation);
        assertEquals(List.of(), f.inputs());
        assertEquals(List.of(), f.outputs());
    }

    @Test
    void modeIsRestoredAfterTheBlockAndAfterAnException() {
        try (Config.Scope scope = Config.noGrad()) {
            assertFalse(Config.isBackpropEnabled());
        }
        assertTrue(Config.isBackpropEnabled());
        assertThrows(ArithmeticException.class, () -> {
            try (Config.Scope scope = Config.noGrad()) {
                square(new Variable(2.0));
                throw new ArithmeticException("inside no_grad");
            }
        });
        assertTrue(Config.isBackpropEnabled());
        assertNotNull(square(new Variable(2.0)).creator);
    }

    @Test
    void valueMadeUnderNoGradIsALeafAfterwards() {
        Variable x = new Variable(2.0);
        Variable a;
        try (Config.Scope scope = Config.noGrad()) {
            a = square(x);
        }
        Variable y = square(a);
        y.backward();
        assertEquals(16.0, y.data.item());
        assertEquals(8.0, a.grad.data.item());
        assertNull(x.grad);
    }

    @Test
    void anotherThreadsModeIsUnaffected() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        FutureTask<Variable> other = new FutureTask<>(() -> {
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            return square(new Variable(3.0));
        });
        try (Config.Scope scope = Config.noGrad()) {
            new Thread(other, "other").start();
            inside.countDown();
            Variable made = other.get(10, TimeUnit.SECONDS);
            assertNotNull(made.creator, "the other thread recorded its graph");
            assertEquals(1, made.generation);
            assertNull(square(new Variable(3.0)).creator, "this thread is still in no_grad");
        }
    }
}
