package dezero.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a {@link Workload} as BENCH.md says: warm-up of at least {@code warmupRuns} runs and
 * {@code warmupSeconds}, then repetitions until the budget (at least 3, at most 15), with
 * {@code System.gc()} before each repetition outside the timed region; medians.
 */
public final class Harness {
    /** The fewest timed repetitions. */
    public static final int MIN_REPS = 3;
    /** The most timed repetitions. */
    public static final int MAX_REPS = 15;
    /** The budget when none is given, in seconds. */
    public static final double DEFAULT_BUDGET = 5.0;

    private final int warmupRuns;
    private final double warmupSeconds;

    /** BENCH.md's warm-up: at least 5 runs and 1 s. */
    public Harness() {
        this(5, 1.0);
    }

    /** A harness with another warm-up (tests use a short one; results then say nothing of speed). */
    public Harness(int warmupRuns, double warmupSeconds) {
        this.warmupRuns = warmupRuns;
        this.warmupSeconds = warmupSeconds;
    }

    /** Warms up, measures and checks {@code w} at size {@code n} within {@code budgetSeconds}. */
    public Result measure(Workload w, int n, double budgetSeconds) {
        String failure = null;
        long warmStart = System.nanoTime();
        for (int i = 0; i < warmupRuns || seconds(System.nanoTime() - warmStart) < warmupSeconds; i++) {
            failure = first(failure, once(w, n, false).failure());
        }
        int phases = w.phaseKeys().size() + 1;
        double[][] samples = new double[phases][MAX_REPS];
        int reps = 0;
        long start = System.nanoTime();
        while (reps < MIN_REPS || reps < MAX_REPS && seconds(System.nanoTime() - start) < budgetSeconds) {
            Rep r = once(w, n, true);
            for (int p = 0; p < phases; p++) {
                samples[p][reps] = seconds(r.times()[p]);
            }
            failure = first(failure, r.failure());
            reps++;
        }
        double[] headline = Arrays.copyOf(samples[0], reps);
        double[] phaseMedians = new double[phases - 1];
        for (int p = 1; p < phases; p++) {
            phaseMedians[p - 1] = median(Arrays.copyOf(samples[p], reps));
        }
        double med = median(headline);
        Map<String, String> extras = new LinkedHashMap<>();
        for (int p = 1; p < phases; p++) {
            extras.put(w.phaseKeys().get(p - 1), Result.seconds(phaseMedians[p - 1]));
        }
        extras.putAll(w.extras(n, med, phaseMedians));
        Map<String, String> after = new LinkedHashMap<>(w.measureAfter(n));
        failure = first(failure, after.remove("check"));
        extras.putAll(after);
        double min = Arrays.stream(headline).min().orElseThrow();
        double max = Arrays.stream(headline).max().orElseThrow();
        return new Result(w.name(), n, med, reps, min, max, extras, failure, Machine.rssPeakKb(), Machine.version());
    }

    /** The phase times of one repetition and what its check found wrong (null when right). */
    private record Rep(long[] times, String failure) {}

    private static Rep once(Workload w, int n, boolean collect) {
        w.setUp(n);
        if (collect) {
            System.gc();
        }
        long[] times = w.run();
        String failure = w.check();
        w.tearDown();
        return new Rep(times, failure);
    }

    private static String first(String kept, String next) {
        return kept != null ? kept : next;
    }

    private static double seconds(long nanos) {
        return nanos * 1e-9;
    }

    /** numpy's median: the middle value, or the mean of the two middle ones. */
    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }
}
