package dezero.viz;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * What the graph keeps alive (step 17), for the REPL's {@code mem}: the distinct Variables and
 * Functions reachable from some roots, the bytes of their arrays, and the JVM heap in use
 * after a garbage collection.
 *
 * <pre>
 * 6 Variables (1 is a grad), 4 Functions reachable from 3 names; arrays hold 48 bytes
 * heap in use after GC: 12.4 MB
 * dropped graphs: 10, collected: 10
 * </pre>
 */
public final class Memory {
    /** At most this many {@code System.gc()} calls while waiting for the heap to settle. */
    static final int MAX_GC_ROUNDS = 8;
    private static final long GC_PAUSE_MS = 20;

    private Memory() {}

    /**
     * A census of the graph reachable from some roots.
     *
     * @param roots the distinct roots counted
     * @param variables distinct Variables reachable through creator -> inputs and through grads
     * @param grads how many of those Variables are some variable's grad
     * @param functions distinct Functions reachable through creators
     * @param arrayBytes 8 bytes per element of the distinct arrays those Variables hold
     * @param heapUsedBytes the JVM heap in use after a garbage collection
     */
    public record Census(int roots, int variables, int grads, int functions, long arrayBytes, long heapUsedBytes) {}

    /**
     * Counts what {@code roots} keep alive, then collects garbage and measures the heap. A
     * Function's outputs are weak references, so they count only when reachable otherwise.
     *
     * @throws CancellationException when the thread is interrupted
     */
    public static Census census(Collection<Variable> roots) {
        Set<Variable> distinctRoots = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Variable v : roots) {
            if (v != null) {
                distinctRoots.add(v);
            }
        }
        Reach reach = Reach.from(distinctRoots, true);
        Set<NDArray> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Variable> grads = Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (Variable v : reach.variables) {
            if (arrays.add(v.data)) {
                bytes += (long) v.data.size() * Double.BYTES;
            }
            if (v.grad != null) {
                grads.add(v.grad);
            }
        }
        return new Census(distinctRoots.size(), reach.variables.size(), grads.size(), reach.functions.size(),
                bytes, heapUsedAfterGc());
    }

    /**
     * Heap in use after asking for garbage collection until the figure stops falling (at most
     * {@link #MAX_GC_ROUNDS} rounds, so it is bounded even on a JVM that ignores the request).
     *
     * @throws CancellationException when the thread is interrupted
     */
    public static long heapUsedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < MAX_GC_ROUNDS; round++) {
            System.gc();
            try {
                Thread.sleep(GC_PAUSE_MS);
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted while waiting for garbage collection");
            }
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= best) {
                return best;
            }
            best = used;
        }
        return best;
    }

    /** The REPL's {@code mem} text: the census, and the dropped graphs {@code tracker} followed. */
    public static String format(Census c, DropTracker.Report dropped) {
        StringBuilder sb = new StringBuilder();
        sb.append(plural(c.variables(), "Variable"));
        if (c.grads() > 0) {
            sb.append(" (").append(c.grads()).append(c.grads() == 1 ? " is a grad)" : " are grads)");
        }
        sb.append(", ").append(plural(c.functions(), "Function"))
                .append(" reachable from ").append(plural(c.roots(), "name")).append("; arrays hold ")
                .append(bytes(c.arrayBytes())).append('\n');
        sb.append("heap in use after GC: ").append(bytes(c.heapUsedBytes())).append('\n');
        if (dropped.dropped() > 0) {
            sb.append("dropped graphs: ").append(dropped.dropped()).append(", collected: ")
                    .append(dropped.collected()).append('\n');
        }
        return sb.toString();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code 40 bytes}, {@code 7.6 KB}, {@code 12.4 MB}, {@code 1.2 GB} (powers of 1024). */
    static String bytes(long n) {
        if (n < 1024) {
            return n + (n == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
