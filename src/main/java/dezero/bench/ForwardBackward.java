package dezero.bench;

import dezero.core.Variable;
import java.util.List;

/** A workload whose timed region is one forward (the graph build) then {@code backward()}: phases {@code fwd_s}, {@code bwd_s}. */
abstract class ForwardBackward implements Workload {
    /** The variable backward started from in the last run; package-private so tests can spoil it. */
    Variable y;

    /** Builds the graph of one run and returns the variable backward starts from. */
    abstract Variable forward();

    @Override
    public final long[] run() {
        long t0 = System.nanoTime();
        Variable v = forward();
        long t1 = System.nanoTime();
        v.backward();
        long t2 = System.nanoTime();
        y = v;
        return new long[] {t2 - t0, t1 - t0, t2 - t1};
    }

    @Override
    public final List<String> phaseKeys() {
        return List.of("fwd_s", "bwd_s");
    }
}
