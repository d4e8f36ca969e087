package dezero.bench;

import static dezero.functions.Functions.square;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;

/**
 * {@code memory_loop} (step 17): ten times {@code x = leaf(randn(N)); y = square(square(square(x)))}.
 * The timed loop takes its inputs made beforehand; a separate pass, with a full collection at
 * every step, measures what the loop holds ({@code held_arrays}) and its worst point
 * ({@code peak_arrays}), in arrays of 8N bytes.
 */
final class MemoryLoop implements Workload {
    private static final int ITERATIONS = 10;

    private NDArray[] inputs;
    private Variable x;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable y;

    @Override
    public String name() {
        return "memory_loop";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(10_000, 1_000_000);
    }

    @Override
    public void setUp(int n) {
        Well19937c rng = new Well19937c(17);
        inputs = new NDArray[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            inputs[i] = NDArray.randn(rng, n);
        }
    }

    @Override
    public long[] run() {
        long t0 = System.nanoTime();
        for (NDArray in : inputs) {
            x = new Variable(in);
            y = square(square(square(x)));
        }
        return new long[] {System.nanoTime() - t0};
    }

    @Override
    public List<String> phaseKeys() {
        return List.of();
    }

    @Override
    public String check() {
        return ArrayOps.eighthPower(x.data, y.data);
    }

    @Override
    public void tearDown() {
        inputs = null;
        x = null;
        y = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of();
    }

    @Override
    public Map<String, String> measureAfter(int n) {
        Well19937c rng = new Well19937c(17);
        double bytes = 8.0 * n;
        long before = Machine.heapUsedAfterGc();
        long peak = 0;
        Variable lx = null;
        Variable ly = null;
        for (int i = 0; i < ITERATIONS; i++) {
            lx = new Variable(NDArray.randn(rng, n));
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable a = square(lx);
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable b = square(a);
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable c = square(b);
            // The worst point: the new graph is complete and the old y still holds the last one.
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Reference.reachabilityFence(ly);
            ly = c;
        }
        long after = Machine.heapUsedAfterGc();
        Reference.reachabilityFence(lx);
        Reference.reachabilityFence(ly);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("held_arrays", Result.decimal((after - before) / bytes, 3));
        m.put("peak_arrays", Result.decimal((Math.max(peak, after) - before) / bytes, 3));
        return m;
    }
}
