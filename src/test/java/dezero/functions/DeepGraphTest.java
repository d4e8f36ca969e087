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
        // issue 2, point 14
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
        long t1 = System.nanoTime();
        System.gc();
        long t2 = System.nanoTime();
        y.backward();
        long t3 = System.nanoTime();
        System.out.printf("DeepGraphTest: chain of %,d adds: build %.0f ms, backward %.0f ms%n",
                CHAIN, (t1 - t0) / 1e6, (t3 - t2) / 1e6);
        assertEquals(CHAIN, y.data.item());
        assertEquals(CHAIN, y.generation);
        assertEquals(1.0, x.grad.data.item());
        y = null;
        Gc.awaitCollected("the first node of the dropped chain", () -> firstNode.get() == null);
    }

    @Test
    void hundredThousandFanInBackpropagates() throws Exception {
        // issue 2, point 14
        onSmallStack(DeepGraphTest::fanIn);
    }

    private static void fanIn() {
        Variable x = new Variable(1.5);
        Variable y = new Variable(0.0);
        long t0 = System.nanoTime();
        for (int i = 0; i < FAN_IN; i++) {
            y = add(y, square(x));
        }
        long t1 = System.nanoTime();
        System.gc();
        long t2 = System.nanoTime();
        y.backward();
        long t3 = System.nanoTime();
        System.out.printf("DeepGraphTest: fan-in of %,d squares: build %.0f ms, backward %.0f ms%n",
                FAN_IN, (t1 - t0) / 1e6, (t3 - t2) / 1e6);
        assertEquals(FAN_IN * 2.25, y.data.item());
        assertEquals(FAN_IN * 3.0, x.grad.data.item());
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
