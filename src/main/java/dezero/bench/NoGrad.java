package dezero.bench;

import static dezero.functions.Functions.square;

import dezero.core.Config;
import dezero.core.Variable;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code no_grad}: the {@code array_ops} forward inside {@code Config.noGrad()} (the headline)
 * and with recording on, alternating which runs first in each sample.
 */
final class NoGrad implements Workload {
    /** Below this size the heap measurement of held memory is noise, so it is shown but not checked. */
    private static final int HELD_CHECK_MIN = 100_000;

    private Variable x;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable plain;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable recorded;
    private int sample;

    @Override
    public String name() {
        return "no_grad";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(1_000_000, 100);
    }

    @Override
    public void setUp(int n) {
        x = new Variable(ArrayOps.input(n));
    }

    @Override
    public long[] run() {
        long noGrad;
        long withGrad;
        if ((sample++ & 1) == 0) {
            withGrad = timeRecorded();
            noGrad = timePlain();
        } else {
            noGrad = timePlain();
            withGrad = timeRecorded();
        }
        return new long[] {noGrad, withGrad};
    }

    private long timePlain() {
        long t0 = System.nanoTime();
        try (var scope = Config.noGrad()) {
            plain = square(square(square(x)));
        }
        return System.nanoTime() - t0;
    }

    private long timeRecorded() {
        long t0 = System.nanoTime();
        recorded = square(square(square(x)));
        return System.nanoTime() - t0;
    }

    @Override
    public List<String> phaseKeys() {
        return List.of("grad_fwd_s");
    }

    @Override
    public String check() {
        return Checks.firstFailure(
                Checks.that(plain.creator == null, "no_grad_output_has_a_creator"),
                Checks.that(recorded.creator != null, "recorded_output_has_no_creator"),
                ArrayOps.eighthPower(x.data, plain.data),
                ArrayOps.eighthPower(x.data, recorded.data));
    }

    @Override
    public void tearDown() {
        x = null;
        plain = null;
        recorded = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of("speedup", Result.decimal(phaseMedians[0] / median, 3));
    }

    /** {@code held_arrays}: what a no-grad forward leaves on the heap, in arrays of 8N bytes (1 = the output only). */
    @Override
    public Map<String, String> measureAfter(int n) {
        setUp(n);
        long before = Machine.heapUsedAfterGc();
        Variable y;
        try (var scope = Config.noGrad()) {
            y = square(square(square(x)));
        }
        double held = (Machine.heapUsedAfterGc() - before) / (8.0 * n);
        Reference.reachabilityFence(y);
        tearDown();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("held_arrays", Result.decimal(held, 3));
        if (n >= HELD_CHECK_MIN && held > 1.5) {
            m.put("check", "no_grad_forward_held_" + Result.decimal(held, 3) + "_arrays");
        }
        return m;
    }
}
