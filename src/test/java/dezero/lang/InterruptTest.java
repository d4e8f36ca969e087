package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (an interrupt of the evaluating thread, as the REPL sends it) during a long forward, a long
 * backward and a loop of {@code load}: the line ends with KeyboardInterrupt, the session goes on,
 * and a backward it stops leaves every named variable's grad as it was, or (if it had finished)
 * all of them set. How long each took to stop is printed, not asserted.
 */
class InterruptTest {
    /** How long a test waits for a line at most, so a missed interrupt fails instead of hanging. */
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    private final Session session = new Session();
    private volatile Thread evaluating;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "eval", 64L << 20);
        evaluating = t;
        return t;
    });

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
        Thread.interrupted();
    }

    private Result run(String line) throws Exception {
        return worker.submit(() -> session.eval(line)).get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs {@code line} on the worker, interrupts it {@code delayMillis} after it starts, reports the latency. */
    private Result interrupted(String what, String line, long delayMillis) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        long[] end = new long[1];
        Future<Result> f = worker.submit(() -> {
            started.countDown();
            Result r = session.eval(line);
            end[0] = System.nanoTime();
            return r;
        });
        started.await();
        Thread.sleep(delayMillis);
        long t0 = System.nanoTime();
        evaluating.interrupt();
        Result r = f.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        System.out.printf("InterruptTest: %s stopped %d ms after the interrupt%n", what,
                TimeUnit.NANOSECONDS.toMillis(end[0] - t0));
        return r;
    }

    @Test
    void ctrlCStopsANestedForwardOnTenMillionElements() throws Exception {
        assertEquals("", run("nograd on").err());
        assertEquals("", run("x = Variable(np.random.randn(10000000));").err());
        // 90 nested sin(cos(...)): every operation runs after the evaluator has gone down the tree.
        String chain = "y = F.sum(" + "sin(cos(".repeat(90) + "x" + "))".repeat(90) + ")";
        Result r = interrupted("a forward of 180 ops on 10,000,000 elements", chain, 500);
        assertEquals("KeyboardInterrupt", Eval.lastLine(r.err()));
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
        assertEquals(null, session.variables().get("y"));
        assertEquals("2\n", run("1 + 1").out());
    }

    @Test
    void ctrlCStopsALongBackwardAndNoGradIsChanged() throws Exception {
        String chain = "y = F.sum(" + "sin(cos(".repeat(15) + "x" + "))".repeat(15) + ")";
        assertEquals("", run("x = Variable(np.random.randn(2000000)); " + chain + ";").err());
        Result r = interrupted("a backward of 31 functions on 2,000,000 elements", "backward y", 150);
        assertEquals("KeyboardInterrupt", Eval.lastLine(r.err()));
        assertNull(session.variables().get("x").grad);
        Result full = run("backward y;");
        assertEquals("", full.err());
        assertEquals(2_000_000, session.variables().get("x").grad.size());
    }

    @Test
    void ctrlCStopsALoopOfLoadAndTheNextLoadStartsFromDepthZero() throws Exception {
        Path self = dir.resolve("self.dz");
        Files.writeString(self, "w = F.sum(sin(np.random.randn(3000000)))\nload " + self + "\n");
        Result r = interrupted("a script loading itself", "load " + self, 300);
        assertTrue(r.err().startsWith(self + ":") && r.err().contains(": KeyboardInterrupt"), r.err());
        Path one = dir.resolve("one.dz");
        Files.writeString(one, "v = 1\n");
        assertEquals("v = 1\n", run("load " + one).out());
    }

    /**
     * The listener interrupts at function {@code k} of a backward of 10 functions (or never, k = 11);
     * whatever k, the grads of the named variables are all as before that backward command or all as
     * after it (the command's promise: Python's y.backward() leaves what it did, as CPython would).
     * 5 seeds x 20 cases.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void interruptAtARandomFunctionOfBackwardLeavesGradsAllOrNone(long seed) {
        Random rnd = new Random(seed);
        String setup = "x = Variable(np.array([0.5, 1.5, -2.])); w = Variable(np.array([[1., 2.], [3., 4.], [5., 6.]])); "
                + "a = sin(x); b = a * x; h = matmul(reshape(b, (1, 3)), w); c = exp(tanh(h)) + F.sum(a); "
                + "y = F.sum(c * c);";
        for (int i = 0; i < 20; i++) {
            String backward = switch (rnd.nextInt(4)) {
                case 0 -> "backward y";
                case 1 -> "backward y retain";
                case 2 -> "backward y create_graph";
                default -> "backward y retain create_graph";
            };
            boolean gradsBefore = rnd.nextBoolean();
            Session reference = new Session();
            Session s = new Session();
            for (Session t : new Session[] {reference, s}) {
                assertEquals("", t.eval(setup + (gradsBefore ? "\nbackward y retain;" : "")).err());
            }
            assertEquals("", reference.eval(backward + ";").err());
            Map<String, NDArray> none = grads(s);
            Map<String, NDArray> all = grads(reference);
            int k = 1 + rnd.nextInt(11);
            AtomicInteger calls = new AtomicInteger();
            s.setBackwardListener((f, gen, gys, gxs) -> {
                if (calls.incrementAndGet() == k) {
                    Thread.currentThread().interrupt();
                }
            });
            Result r = s.eval(backward + ";");
            s.setBackwardListener(null);
            boolean stale = Thread.interrupted();
            Map<String, NDArray> after = grads(s);
            String what = "seed " + seed + ", " + backward + ", interrupted at function " + k + " of " + calls.get();
            if (r.status() == Result.Status.OK) {
                assertTrue(k >= calls.get(), what + ": only an interrupt at the last function, or none, lets it finish");
                assertEquals(k == calls.get(), stale, what);
                assertEquals(all, after, what);
            } else {
                assertEquals("KeyboardInterrupt", Eval.lastLine(r.err()), what);
                assertEquals(none, after, what);
            }
            assertEquals("2\n", s.eval("1 + 1").out(), what);
        }
    }

    /** Each named variable's grad (null for none), in definition order. */
    private static Map<String, NDArray> grads(Session s) {
        Map<String, NDArray> grads = new LinkedHashMap<>();
        for (Map.Entry<String, Variable> e : s.variables().entrySet()) {
            Variable g = e.getValue().grad;
            grads.put(e.getKey(), g == null ? null : g.data);
        }
        return grads;
    }

    @Test
    void anInterruptThatArrivesBetweenLinesStopsOnlyTheNextOne() throws IOException {
        Thread.currentThread().interrupt();
        assertEquals("KeyboardInterrupt", Eval.lastLine(session.eval("x = 1").err()));
        assertEquals("x = 1\n", session.eval("x = 1").out());
    }
}
