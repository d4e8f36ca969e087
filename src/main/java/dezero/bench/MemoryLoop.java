package dezero.bench;

import static dezero.functions.Functions.square;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.random.Well19937c;

/**
 * {@code memory_loop} (step 17): ten times {@code x = leaf(randn(N)); y = square(square(square(x)))}.
 * The timed loop takes its inputs made beforehand; a separate pass, with a full collection at
 * every step, measures what the loop holds ({@code held_arrays}) and its worst point
 * ({@code peak_arrays}), in arrays of 8N bytes, and counts the Variables and Functions of old
 * graphs still alive ({@link #measureAfter}).
 */
final class MemoryLoop implements Workload {
    private static final int ITERATIONS = 10;

    private NDArray[] inputs;
    private Variable x;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable y;
    /** Sees every y of the measuring pass; tests make it keep them, as a leaking engine would. */
    Consumer<Variable> keep = v -> { };
    /** The op whose outputs {@link #creatorKeepsOutput} checks; tests give it one holding outputs strongly. */
    UnaryOperator<Variable> op = v -> square(v);

    @Override
    public String name() {
        return "memory_loop";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(10_000, 1_000_000);
    }

    @Override
    public void setUp(int n) {
        Well19937c rng = new Well19937c(17);
        inputs = new NDArray[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            inputs[i] = NDArray.randn(rng, n);
        }
    }

    @Override
    public long[] run() {
        long t0 = System.nanoTime();
        for (NDArray in : inputs) {
            x = new Variable(in);
            y = square(square(square(x)));
        }
        return new long[] {System.nanoTime() - t0};
    }

    @Override
    public List<String> phaseKeys() {
        return List.of();
    }

    @Override
    public String check() {
        return ArrayOps.eighthPower(x.data, y.data);
    }

    @Override
    public void tearDown() {
        inputs = null;
        x = null;
        y = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of();
    }

    /**
     * A pass with a full collection at every step: {@code held_arrays} and {@code peak_arrays} from
     * the heap, then what step 17 is about, counted: {@code old_variables} and {@code old_functions}
     * of the first nine graphs still alive after the loop (0), {@code last_variables} and
     * {@code last_functions} of the graph {@code y} holds (4 and 3), and
     * {@code creator_keeps_output} ({@link #creatorKeepsOutput}: no when outputs are weak).
     */
    @Override
    public Map<String, String> measureAfter(int n) {
        Well19937c rng = new Well19937c(17);
        double bytes = 8.0 * n;
        long before = Machine.heapUsedAfterGc();
        long peak = 0;
        Variable lx = null;
        Variable ly = null;
        List<List<WeakReference<Object>>> variables = new ArrayList<>();
        List<List<WeakReference<Object>>> functions = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            lx = new Variable(NDArray.randn(rng, n));
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable a = square(lx);
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable b = square(a);
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Variable c = square(b);
            // The worst point: the new graph is complete and the old y still holds the last one.
            peak = Math.max(peak, Machine.heapUsedAfterGc());
            Reference.reachabilityFence(ly);
            ly = c;
            keep.accept(ly);
            variables.add(weak(lx, a, b, c));
            functions.add(weak(a.creator, b.creator, c.creator));
        }
        long after = Machine.heapUsedAfterGc();
        int oldVariables = 0;
        int oldFunctions = 0;
        for (int i = 0; i < ITERATIONS - 1; i++) {
            oldVariables += alive(variables.get(i));
            oldFunctions += alive(functions.get(i));
        }
        int lastVariables = alive(variables.get(ITERATIONS - 1));
        int lastFunctions = alive(functions.get(ITERATIONS - 1));
        Reference.reachabilityFence(lx);
        Reference.reachabilityFence(ly);
        boolean kept = creatorKeepsOutput(op, n);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("held_arrays", Result.decimal((after - before) / bytes, 3));
        m.put("peak_arrays", Result.decimal((Math.max(peak, after) - before) / bytes, 3));
        m.put("old_variables", String.valueOf(oldVariables));
        m.put("old_functions", String.valueOf(oldFunctions));
        m.put("last_variables", String.valueOf(lastVariables));
        m.put("last_functions", String.valueOf(lastFunctions));
        m.put("creator_keeps_output", kept ? "yes" : "no");
        String failure = Checks.firstFailure(
                Checks.that(oldVariables == 0 && oldFunctions == 0,
                        "old_graphs_alive:" + oldVariables + "_variables," + oldFunctions + "_functions"),
                Checks.that(lastVariables == 4 && lastFunctions == 3,
                        "last_graph:" + lastVariables + "_variables," + lastFunctions + "_functions,expected_4_and_3"),
                Checks.that(!kept, "a_function_keeps_its_output_alive"));
        if (failure != null) {
            m.put("check", failure);
        }
        return m;
    }

    /**
     * Step 17's weak outputs, seen on the JVM: {@code y = op(x)}, keep only {@code f = y.creator},
     * drop {@code y}: true when {@code y} survives a full collection (its creator holds it strongly).
     * A collector frees the cycle {@code y <-> f} once both are dropped, so only this shows the difference.
     */
    static boolean creatorKeepsOutput(UnaryOperator<Variable> op, int n) {
        Variable x = new Variable(NDArray.zeros(Math.max(1, Math.min(n, 1000))));
        Variable y = op.apply(x);
        Function f = y.creator;
        WeakReference<Variable> output = new WeakReference<>(y);
        y = null;
        Machine.heapUsedAfterGc();
        boolean kept = output.get() != null;
        Reference.reachabilityFence(f);
        Reference.reachabilityFence(x);
        return kept;
    }

    private static List<WeakReference<Object>> weak(Object... objects) {
        List<WeakReference<Object>> refs = new ArrayList<>();
        for (Object o : objects) {
            refs.add(new WeakReference<>(o));
        }
        return refs;
    }

    private static int alive(List<WeakReference<Object>> refs) {
        int n = 0;
        for (WeakReference<Object> r : refs) {
            n += r.get() != null ? 1 : 0;
        }
        return n;
    }
}
