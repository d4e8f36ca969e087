package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.core.Gc;
import dezero.core.Variable;
import java.lang.ref.WeakReference;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Deep and wide graphs: backward is iterative, so it runs on a thread with a small stack. The
 * measured times are printed, never asserted; a GC before each backward keeps the previous
 * tests' garbage out of the figure.
 */
class DeepGraphTest {
    /** Far less than surefire's -Xss4m: a recursive backward would overflow it within a few thousand nodes. */
    private static final long SMALL_STACK = 256 * 1024;
    private static final int CHAIN = 1_000_000;
    private static final int FAN_IN = 100_000;

    @Test
    void millionOpChainBackpropagatesAndIsCollectedOnASmallStack() throws Exception {
        onSmallStack(DeepGraphTest::chain);
    }

    private static void chain() {
        Variable x = new Variable(0.0);
        Variable y = add(x, 1.0);
        WeakReference<Variable> firstNode = new WeakReference<>(y);
        long t0 = System.nanoTime();
        for (int i = 1; i < CHAIN; i++) {
            y = add(y, 1.0);
        }
        timedBackward(String.format("chain of %,d adds", CHAIN), t0, y);
        assertEquals(CHAIN, y.data.item());
        assertEquals(CHAIN, y.generation);
        assertEquals(1.0, x.grad.data.item());
        y = null;
        Gc.awaitCollected("the first node of the dropped chain", () -> firstNode.get() == null);
    }

    @Test
    void hundredThousandFanInBackpropagates() throws Exception {
        onSmallStack(DeepGraphTest::fanIn);
    }

    private static void fanIn() {
        Variable x = new Variable(1.5);
        Variable y = new Variable(0.0);
        long t0 = System.nanoTime();
        for (int i = 0; i < FAN_IN; i++) {
            y = add(y, square(x));
        }
        timedBackward(String.format("fan-in of %,d squares", FAN_IN), t0, y);
        assertEquals(FAN_IN * 2.25, y.data.item());
        assertEquals(FAN_IN * 3.0, x.grad.data.item());
    }

    /** Runs {@code y.backward()} after a GC and prints how long building (since {@code buildStart}) and backward took. */
    private static void timedBackward(String graph, long buildStart, Variable y) {
        long built = System.nanoTime();
        System.gc();
        long start = System.nanoTime();
        y.backward();
        long end = System.nanoTime();
        System.out.printf("DeepGraphTest: %s: build %.0f ms, backward %.0f ms%n",
                graph, (built - buildStart) / 1e6, (end - start) / 1e6);
    }

    private static void onSmallStack(Runnable body) throws Exception {
        FutureTask<Void> task = new FutureTask<>(body, null);
        new Thread(null, task, "small-stack", SMALL_STACK).start();
        try {
            task.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
