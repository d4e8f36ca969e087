package dezero.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Backward's queue of functions: {@link #pop} gives the largest generation first and, among
 * equal generations, the one added last (DeZero's stable sort by generation, then
 * {@code pop()}); {@link #add} ignores a function already added to this heap (DeZero's
 * {@code seen_set}). A max-heap on (generation, insertion number): O(log n) per function, where
 * DeZero re-sorts its list on every insert.
 */
final class FunctionHeap implements AutoCloseable {
    private static final AtomicLong HEAPS = new AtomicLong();
    /** The heaps of the backward runs in progress, on any thread. */
    private static final Set<Long> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final VarHandle QUEUED_BY;

    static {
        try {
            QUEUED_BY = MethodHandles.lookup().findVarHandle(Function.class, "queuedBy", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }


    /** Marks the functions added here, in {@link Function#queuedBy}, instead of a hash set. */
    private final long id = HEAPS.incrementAndGet();
    private Function[] items = new Function[16];
    /** The key of each entry beside it, {@code generation << 32 | insertion}: sifting compares primitives. */
    private long[] keys = new long[16];
    private int size;
    private long insertions;

    FunctionHeap() {
        ACTIVE.add(id);
    }

    /** Ends this run: its functions may be queued by others. */
    @Override
    public void close() {
        ACTIVE.remove(id);
    }

    /**
     * Marks {@code f} as queued here. The gradients of a graph live in its variables, so two runs
     * through one function at once would mix them: the second is refused while the first is in
     * progress (runs through separate graphs, even over shared leaves, never meet here).
     */
    private void claim(Function f) {
        long other = (long) QUEUED_BY.getVolatile(f);
        while (other != id) {
            if (other != 0 && ACTIVE.contains(other)) {
                throw new IllegalStateException("backward is already running through " + f.name()
                        + " on another thread; a graph keeps its gradients in its variables, so run one backward"
                        + " through a graph at a time (graphs that only share leaves may run at once)");
            }
            long witness = (long) QUEUED_BY.compareAndExchange(f, other, id);
            if (witness == other) {
                return;
            }
            other = witness;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Adds {@code f} unless this heap has already seen it. */
    void add(Function f) {
        if (f.queuedBy == id) {
            return;
        }
        claim(f);
        long key = (long) f.generation() << 32 | insertions++;
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (key <= keys[parent]) {
                break;
            }
            items[i] = items[parent];
            keys[i] = keys[parent];
            i = parent;
        }
        items[i] = f;
        keys[i] = key;
    }

    /** Removes and returns the function backward runs next. */
    Function pop() {
        if (size == 0) {
            throw new IllegalStateException("pop from an empty FunctionHeap");
        }
        Function top = items[0];
        int n = --size;
        Function last = items[n];
        long lastKey = keys[n];
        items[n] = null;
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && keys[child + 1] > keys[child]) {
                child++;
            }
            if (keys[child] <= lastKey) {
                break;
            }
            items[i] = items[child];
            keys[i] = keys[child];
            i = child;
        }
        if (n > 0) {
            items[i] = last;
            keys[i] = lastKey;
        }
        return top;
    }
}
