package dezero.viz;

import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.core.NDArray;
import dezero.core.Variable;
import org.junit.jupiter.api.Test;

class DropTrackerTest {
    private static final int GC_ATTEMPTS = 20;

    @Test
    void droppedGraphIsReportedCollected() {
        DropTracker tracker = new DropTracker();
        dropAGraph(tracker);
        assertEquals(1, tracker.report().dropped());
        assertEquals(new DropTracker.Report(1, 1), collectUntilSettled(tracker, 1));
    }

    @Test
    void graphStillNamedElsewhereIsNotCollected() {
        DropTracker tracker = new DropTracker();
        Variable kept = square(square(new Variable(NDArray.zeros(1000))));
        tracker.dropped(kept);
        Memory.heapUsedAfterGc();
        assertEquals(new DropTracker.Report(1, 0), tracker.report());
        assertEquals(1000, kept.size());
    }

    @Test
    void sameValueDroppedTwiceCountsOnce() {
        DropTracker tracker = new DropTracker();
        Variable v = new Variable(1.0);
        tracker.dropped(v);
        tracker.dropped(v);
        tracker.dropped(null);
        assertEquals(new DropTracker.Report(1, 0), tracker.report());
        assertEquals(1.0, v.data.item());
    }

    @Test
    void manyDroppedGraphsAreCollectedAndClearForgetsThem() {
        DropTracker tracker = new DropTracker();
        for (int i = 0; i < 200; i++) {
            dropAGraph(tracker);
        }
        assertEquals(new DropTracker.Report(200, 200), collectUntilSettled(tracker, 200));
        tracker.clear();
        assertEquals(new DropTracker.Report(0, 0), tracker.report());
    }

    /** Builds {@code y = square(square(x))} and drops it, keeping no strong reference. */
    private static void dropAGraph(DropTracker tracker) {
        Variable y = square(square(new Variable(NDArray.zeros(1000))));
        tracker.dropped(y);
    }

    private static DropTracker.Report collectUntilSettled(DropTracker tracker, int expected) {
        DropTracker.Report r = tracker.report();
        for (int i = 0; i < GC_ATTEMPTS && r.collected() < expected; i++) {
            Memory.heapUsedAfterGc();
            r = tracker.report();
        }
        return r;
    }
}
