package dezero.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DeZero's backward (step 16 onward), iterative: functions run largest generation first and,
 * among equal generations, the one queued last first (DeZero's stable sort and pop), each
 * once per run. A heap keyed on (generation, queue order) gives that order in O(log n).
 */
final class Backprop {
    private static final AtomicLong RUNS = new AtomicLong();
    /** The runs in progress, on any thread. */
    private static final Set<Long> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final VarHandle QUEUED_BY;

    static {
        try {
            QUEUED_BY = MethodHandles.lookup().findVarHandle(Function.class, "queuedBy", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Backprop() {}

    static void run(Variable start, boolean retainGrad, boolean createGraph, BackwardListener listener) {
        if (start.grad == null) {
            start.grad = new Variable(NDArray.onesLike(start.data));
        }
        Function first = start.creator;
        if (first == null) {
            return;
        }
        long run = RUNS.incrementAndGet();
        Heap heap = new Heap();
        ACTIVE.add(run);
        try (Config.Scope mode = Config.using("enable_backprop", createGraph)) {
            claim(first, run);
            heap.push(first, run);
            while (!heap.isEmpty()) {
                // At every function: one step on a large array can take a tenth of a second.
                Interrupts.check();
                Function f = heap.pop();
                int nOut = f.outputCount();
                Variable[] outs = new Variable[nOut];
                Variable[] gys = new Variable[nOut];
                for (int i = 0; i < nOut; i++) {
                    Variable y = f.output(i);
                    outs[i] = y;
                    // An unused output, or one already collected, contributes a zero gradient.
                    gys[i] = y != null && y.grad != null ? y.grad : new Variable(NDArray.zeros(f.outputShape(i)));
                }
                Variable[] gxs = f.backward(gys);
                Variable[] xs = f.inputsRef();
                if (gxs.length != xs.length) {
                    throw new IllegalStateException(f.name() + ".backward returned " + gxs.length
                            + " gradients for " + xs.length + " inputs");
                }
                if (listener != null) {
                    listener.onBackward(f, f.generation(), gys, gxs);
                }
                for (int i = 0; i < xs.length; i++) {
                    Variable gx = gxs[i];
                    if (gx == null) {
                        continue;
                    }
                    Variable x = xs[i];
                    if (!Arrays.equals(gx.data.shapeRef(), x.data.shapeRef())) {
                        throw new GradientShapeException(f.name(), i, x, gx.data.shapeRef());
                    }
                    Function c = x.creator;
                    if (c == null) {
                        // A leaf may be shared by graphs other threads run backward through.
                        synchronized (x) {
                            x.grad = x.grad == null ? gx : accumulate(x.grad, gx, createGraph);
                        }
                    } else {
                        boolean queue = c.queuedBy != run;
                        if (queue) {
                            claim(c, run);
                        }
                        x.grad = x.grad == null ? gx : accumulate(x.grad, gx, createGraph);
                        if (queue) {
                            heap.push(c, run);
                        }
                    }
                }
                if (!retainGrad) {
                    for (Variable y : outs) {
                        if (y != null) {
                            y.grad = null;
                        }
                    }
                }
            }
        } finally {
            ACTIVE.remove(run);
        }
    }

    /**
     * Marks {@code f} as queued by {@code run}. The gradients of a graph live in its variables, so
     * two runs through one function at once would mix them: the second is refused while the first
     * is in progress (runs through separate graphs, even over shared leaves, never meet here).
     */
    private static void claim(Function f, long run) {
        long other = (long) QUEUED_BY.getVolatile(f);
        while (other != run) {
            if (other != 0 && ACTIVE.contains(other)) {
                throw new IllegalStateException("backward is already running through " + f.name()
                        + " on another thread; a graph keeps its gradients in its variables, so run one backward"
                        + " through a graph at a time (graphs that only share leaves may run at once)");
            }
            long witness = (long) QUEUED_BY.compareAndExchange(f, other, run);
            if (witness == other) {
                return;
            }
            other = witness;
        }
    }

    /** {@code x.grad + gx}, never in place (grads may be shared); recorded when creating a graph. */
    private static Variable accumulate(Variable grad, Variable gx, boolean createGraph) {
        if (createGraph) {
            return new Accumulate().apply(grad, gx);
        }
        return new Variable(grad.data.add(gx.data));
    }

    /** The addition backward uses to sum gradients when it records a graph. */
    static final class Accumulate extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].add(xs[1]));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(gys[0], gys[0]);
        }

        @Override
        public String name() {
            return "Add";
        }
    }

    /**
     * Max-heap on (generation, queue order). The key of each entry sits in a {@code long[]}
     * beside it ({@code generation << 32 | order}), so sifting compares primitives instead of
     * reading the fields of functions spread over the heap.
     */
    private static final class Heap {
        private Function[] items = new Function[16];
        private long[] keys = new long[16];
        private int size;
        private long order;

        boolean isEmpty() {
            return size == 0;
        }

        void push(Function f, long run) {
            f.queuedBy = run;
            long key = (long) f.generation() << 32 | order++;
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

        Function pop() {
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
}
