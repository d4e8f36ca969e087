package dezero.bench;

import java.util.List;
import java.util.Map;

/**
 * One workload of BENCH.md, run by the {@link Harness} as: {@link #setUp} (untimed), the timed
 * {@link #run}, {@link #check} of the values (untimed), {@link #tearDown}. An instance is used
 * by one thread for one size at a time.
 */
public interface Workload {
    /** The name on the command line and in the result line, {@code scalar_chain}. */
    String name();

    /** The sizes BENCH.md's table runs, in order ({@code dezero bench all}). */
    List<Integer> sizes();

    /** Creates the inputs of one repetition of size {@code n}; not timed. */
    void setUp(int n);

    /**
     * The timed region. Returns the phase times in nanoseconds: element 0 is the headline time,
     * the others are named by {@link #phaseKeys()}.
     */
    long[] run();

    /** Keys of the phases after the headline in {@link #run}'s result, {@code fwd_s}. */
    List<String> phaseKeys();

    /** Verifies the values of the last run: null when they are right, else what is wrong. */
    String check();

    /** Drops what the last repetition made; not timed. */
    default void tearDown() {}

    /**
     * Extra keys computed from the median headline time and the phases' medians (seconds, in
     * {@link #phaseKeys()} order), in the order they are printed.
     */
    Map<String, String> extras(int n, double median, double[] phaseMedians);

    /**
     * Measurements made once after the timed repetitions (e.g. held memory), printed after the
     * other extras; may fail the check by returning a key {@code check} with the reason.
     */
    default Map<String, String> measureAfter(int n) {
        return Map.of();
    }
}
