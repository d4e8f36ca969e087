package dezero.viz;

import dezero.core.Function;
import dezero.core.Variable;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Follows, through weak references only, the values a session dropped (a name rebound to a
 * new value) and tells how many of those graphs the garbage collector has taken: a graph
 * counts as collected once its variable and that variable's creator are both gone (step 17:
 * with weak outputs nothing else keeps them). Not thread-safe: one per session.
 */
public final class DropTracker {
    private final List<Entry> alive = new ArrayList<>();
    /** The values followed, for de-duplication; Variable keeps Object's identity equals, and keys are weak. */
    private final Map<Variable, Boolean> followed = new WeakHashMap<>();
    private int collected;
    private int pruneAt = 64;

    /**
     * How many dropped graphs were followed and how many of them are collected.
     *
     * @param dropped distinct values ever passed to {@link #dropped(Variable)}
     * @param collected those whose variable and creator are both collected
     */
    public record Report(int dropped, int collected) {}

    /** A dropped value, held weakly with its creator. */
    private record Entry(WeakReference<Variable> variable, WeakReference<Function> creator) {
        boolean isCollected() {
            return variable.get() == null && creator.get() == null;
        }
    }

    /** Follows {@code v}, which a session no longer names; a value already followed is not counted twice. */
    public void dropped(Variable v) {
        if (v == null) {
            return;
        }
        if (followed.put(v, Boolean.TRUE) != null) {
            return;
        }
        if (alive.size() >= pruneAt) {
            prune();
            pruneAt = Math.max(64, 2 * alive.size());
        }
        alive.add(new Entry(new WeakReference<>(v), new WeakReference<>(v.creator)));
    }

    /** The counts now; run {@link Memory#heapUsedAfterGc()} (or a census) first for a fresh figure. */
    public Report report() {
        prune();
        return new Report(alive.size() + collected, collected);
    }

    /** Forgets everything followed so far (the REPL's {@code reset}). */
    public void clear() {
        alive.clear();
        followed.clear();
        collected = 0;
    }

    private void prune() {
        for (Iterator<Entry> it = alive.iterator(); it.hasNext();) {
            if (it.next().isCollected()) {
                it.remove();
                collected++;
            }
        }
    }
}
