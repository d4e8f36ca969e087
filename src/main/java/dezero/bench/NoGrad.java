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
 * and with recording on, alternating in each sample (A B B A). A forward on a small
 * array takes under a microsecond, so a sample times a batch of {@code 1_000_000 / N} forwards
 * (at least 1, at most 10,000) per mode and reports the time of one.
 */
final class NoGrad implements Workload {
    /** Elements a batch covers per mode: one forward at N = 1,000,000, 10,000 at N = 100. */
    private static final int BATCH_ELEMENTS = 1_000_000;
    private static final int MAX_BATCH = 10_000;
    /** Bytes of outputs kept for the held-memory measurement, so small N is not lost in noise. */
    private static final long HELD_BYTES = 8_000_000;

    private Variable x;
    private int batch;
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
        batch = (int) Math.max(1, Math.min(MAX_BATCH, BATCH_ELEMENTS / n));
    }

    /**
     * One untimed no-grad forward (so neither mode meets the caches as the collection before
     * the sample left them), then the two modes in the order A B B A, A alternating between
     * samples: each mode gets the same positions, so order costs neither of them.
     */
    @Override
    public long[] run() {
        try (var scope = Config.noGrad()) {
            plain = square(square(square(x)));
        }
        long noGrad;
        long withGrad;
        if ((sample++ & 1) == 0) {
            withGrad = timeRecorded();
            noGrad = timePlain() + timePlain();
            withGrad += timeRecorded();
        } else {
            noGrad = timePlain();
            withGrad = timeRecorded() + timeRecorded();
            noGrad += timePlain();
        }
        return new long[] {noGrad / 2, withGrad / 2};
    }

    private long timePlain() {
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            try (var scope = Config.noGrad()) {
                plain = square(square(square(x)));
            }
        }
        return (System.nanoTime() - t0) / batch;
    }

    private long timeRecorded() {
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            recorded = square(square(square(x)));
        }
        return (System.nanoTime() - t0) / batch;
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

    /**
     * {@code held_arrays}: what a no-grad forward leaves on the heap, in outputs of one no-grad op
     * (1 = the output only, about 4 if the graph were kept), over enough forwards to be measurable.
     * The unit is measured, not taken as 8N bytes, so that at small N a Variable's own fields are
     * not counted as kept arrays (N = 1 used to report 12 and fail).
     */
    @Override
    public Map<String, String> measureAfter(int n) {
        setUp(n);
        int copies = (int) Math.max(1, HELD_BYTES / (8L * n));
        long forward = held(copies, () -> square(square(square(x))));
        long one = held(copies, () -> square(x));
        double held = (double) forward / Math.max(1, one);
        tearDown();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("held_arrays", Result.decimal(held, 3));
        if (held > 2) {
            m.put("check", "no_grad_forward_held_" + Result.decimal(held, 3) + "_arrays");
        }
        return m;
    }

    /** Bytes that {@code copies} results of {@code forward}, run without recording, keep on the heap. */
    private static long held(int copies, java.util.function.Supplier<Variable> forward) {
        Variable[] outputs = new Variable[copies];
        long before = Machine.heapUsedAfterGc();
        try (var scope = Config.noGrad()) {
            for (int i = 0; i < copies; i++) {
                outputs[i] = forward.get();
            }
        }
        long held = Machine.heapUsedAfterGc() - before;
        Reference.reachabilityFence(outputs);
        return held;
    }
}
