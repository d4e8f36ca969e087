package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HarnessTest {
    /** Counts the calls and reports fixed phase times: 3 ms headline, 1 ms and 2 ms phases. */
    private static final class Counting implements Workload {
        int setUps;
        int runs;
        int checks;
        int tearDowns;
        String failureAtRun = null;
        int failRun = -1;

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<Integer> sizes() {
            return List.of(1);
        }

        @Override
        public void setUp(int n) {
            setUps++;
        }

        @Override
        public long[] run() {
            runs++;
            return new long[] {3_000_000L * runs, 1_000_000, 2_000_000};
        }

        @Override
        public List<String> phaseKeys() {
            return List.of("fwd_s", "bwd_s");
        }

        @Override
        public String check() {
            checks++;
            return checks == failRun ? failureAtRun : null;
        }

        @Override
        public void tearDown() {
            tearDowns++;
        }

        @Override
        public Map<String, String> extras(int n, double median, double[] phaseMedians) {
            return Map.of("sum_phases", Result.seconds(phaseMedians[0] + phaseMedians[1]));
        }
    }

    @Test
    void zeroBudgetRunsTheWarmUpThenThreeRepetitions() {
        Counting w = new Counting();
        Result r = new Harness(5, 0).measure(w, 1, 0);
        assertEquals(8, w.runs);
        assertEquals(8, w.setUps);
        assertEquals(8, w.checks);
        assertEquals(8, w.tearDowns);
        assertEquals(3, r.reps());
        // Timed runs 6, 7, 8 report 18, 21 and 24 ms.
        assertEquals(0.021, r.median(), 1e-12);
        assertEquals(0.018, r.min(), 1e-12);
        assertEquals(0.024, r.max(), 1e-12);
        assertEquals("0.001", r.extras().get("fwd_s"));
        assertEquals("0.002", r.extras().get("bwd_s"));
        assertEquals("0.003", r.extras().get("sum_phases"));
    }

    @Test
    void aLargeBudgetStopsAtFifteenRepetitions() {
        Counting w = new Counting();
        Result r = new Harness(0, 0).measure(w, 1, 3600);
        assertEquals(Harness.MAX_REPS, r.reps());
        assertEquals(Harness.MAX_REPS, w.runs);
    }

    @Test
    void warmUpLastsAtLeastItsSeconds() {
        Counting w = new Counting();
        long t0 = System.nanoTime();
        new Harness(1, 0.05).measure(w, 1, 0);
        assertTrue(System.nanoTime() - t0 >= 50_000_000L);
        assertTrue(w.runs > 4);
    }

    @Test
    void aFailedCheckInAnyRunFailsTheResult() {
        Counting w = new Counting();
        w.failRun = 2;
        w.failureAtRun = "y=1.0,expected=2.0";
        Result r = new Harness(1, 0).measure(w, 1, 0);
        assertEquals("y=1.0,expected=2.0", r.failure());
        assertTrue(r.line().contains(" check=FAIL(y=1.0,expected=2.0) "), r.line());
    }

    @Test
    void medianIsNumpys() {
        assertEquals(2.0, Harness.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Harness.median(new double[] {4, 1, 3, 2}));
    }
}
