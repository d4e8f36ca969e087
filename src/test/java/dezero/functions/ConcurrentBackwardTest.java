package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Backward from several threads at once: graphs of their own over one shared leaf add into its
 * grad without losing an update (as PyTorch's autograd does), and two backwards through one graph
 * at once are refused with a clear error, never a silently wrong gradient.
 */
class ConcurrentBackwardTest {
    private static final int THREADS = 4;

    @Test
    void graphsOfTheirOwnOverASharedLeafLoseNoUpdate() throws Exception {
        // DeZero, run one after the other: x = Variable(np.array(1.0)); 20000 times y = x ** 2; y.backward()
        // -> x.grad = variable(40000.0); the four threads split the 20000.
        Variable x = new Variable(1.0);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5000; i++) {
                        square(x).backward();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40000.0, x.grad.data.item());
    }

    @Test
    void twoBackwardsThroughOneGraphAtOnceAreRefusedOrBothRight() throws Exception {
        // DeZero: x = Variable(np.array(0.5)); y = x; 2000 times y = y + x; y.backward() -> x.grad = 2001.0.
        for (int round = 0; round < 5; round++) {
            Variable x = new Variable(0.5);
            Variable y = x;
            for (int i = 0; i < 2000; i++) {
                y = add(y, x);
            }
            Variable top = y;
            CyclicBarrier start = new CyclicBarrier(2);
            AtomicInteger finished = new AtomicInteger();
            List<Throwable> refused = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        top.backward();
                        finished.incrementAndGet();
                    } catch (IllegalStateException e) {
                        synchronized (refused) {
                            refused.add(e);
                        }
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) {
                th.join();
            }
            assertEquals(2, finished.get() + refused.size(), "each backward finished or was refused");
            assertTrue(finished.get() >= 1, "one backward always finishes");
            for (Throwable e : refused) {
                assertTrue(e.getMessage().startsWith("backward is already running through Add on another thread"),
                        e.getMessage());
            }
            assertEquals(2001.0 * finished.get(), x.grad.data.item(), "each finished backward added the true grad");
        }
    }
}
