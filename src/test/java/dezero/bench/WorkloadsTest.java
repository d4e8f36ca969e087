package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadsTest {
    private static final Harness QUICK = new Harness(1, 0);

    private static Workload named(String name) {
        return Workloads.all().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theTableOfBenchMdInOrder() {
        assertEquals(List.of("scalar_chain", "wide_fanin", "array_ops", "no_grad", "memory_loop", "mlp_step", "train_spiral",
                "interp_loop", "interp_calls"),
                Workloads.all().stream().map(Workload::name).toList());
        assertEquals(List.of(10_000, 100_000), named("scalar_chain").sizes());
        assertEquals(List.of(1_000, 10_000, 30_000, 100_000), named("wide_fanin").sizes());
        assertEquals(List.of(1_000_000), named("array_ops").sizes());
        assertEquals(List.of(1_000_000, 100), named("no_grad").sizes());
        assertEquals(List.of(10_000, 1_000_000), named("memory_loop").sizes());
        assertEquals(List.of(1_000), named("mlp_step").sizes());
        assertEquals(List.of(300), named("train_spiral").sizes());
    }

    @ParameterizedTest
    @CsvSource({
        "scalar_chain, 1000, us_per_op fwd_s bwd_s",
        "scalar_chain, 7, us_per_op fwd_s bwd_s",
        "wide_fanin, 300, us_per_node fwd_s bwd_s",
        "array_ops, 2000, eff_gbs",
        "no_grad, 100, grad_fwd_s speedup held_arrays",
        "memory_loop, 500, held_arrays peak_arrays old_variables old_functions last_variables last_functions",
        "mlp_step, 30, fwd_s bwd_s"})
    void smallRunPassesItsCheckAndPrintsOneParsableLine(String name, int n, String keys) {
        Result r = QUICK.measure(named(name), n, 0);
        assertNull(r.failure(), r.line());
        Map<String, String> kv = ResultLines.parse(r.line(), name, n);
        assertEquals("ok", kv.get("check"));
        assertEquals("3", kv.get("reps"));
        for (String k : keys.split(" ")) {
            assertTrue(kv.containsKey(k), "missing " + k + " in " + r.line());
            Double.parseDouble(kv.get(k));
        }
    }

    @Test
    void scalarChainComputesTheCycleByHand() {
        ScalarChain w = new ScalarChain();
        w.setUp(6);
        w.run();
        // 1 -> *2 = 2 -> +1 = 3 -> *0.5 = 1.5 -> -0.5 = 1 -> *2 = 2 -> +1 = 3; dy/dx = 2 * 0.5 * 2 = 2.
        assertEquals(3.0, w.y.data.item());
        assertEquals(2.0, w.x.grad.data.item());
        assertNull(w.check());
        w.x.grad.data = dezero.core.NDArray.scalar(5.0);
        assertEquals("x.grad=5.0,expected=2.0", w.check());
    }

    @Test
    void wideFaninGivesNAndTwoN() {
        WideFanin w = new WideFanin();
        w.setUp(250);
        w.run();
        assertEquals(250.0, w.y.data.item());
        assertEquals(500.0, w.x.grad.data.item());
        assertNull(w.check());
        w.y.data = dezero.core.NDArray.scalar(249.0);
        assertEquals("y=249.0,expected=250.0", w.check());
    }

    @Test
    void arrayOpsCheckCatchesAWrongGradient() {
        ArrayOps w = new ArrayOps();
        w.setUp(1000);
        w.run();
        assertNull(w.check());
        double[] g = w.x.grad.data.toArray();
        g[0] *= 1 + 1e-9;
        w.x.grad.data = dezero.core.NDArray.of(g);
        assertTrue(w.check().startsWith("x.grad[0]="), w.check());
    }

    /** Every element is compared: a fault anywhere (not only at a few probes) fails the check. */
    @ParameterizedTest
    @CsvSource({"y, 1", "y, 123", "y, 998", "x.grad, 2", "x.grad, 456", "x.grad, 999"})
    void arrayOpsCheckComparesEveryElement(String what, int index) {
        ArrayOps w = new ArrayOps();
        w.setUp(1000);
        w.run();
        assertNull(w.check());
        Variable v = what.equals("y") ? w.y : w.x.grad;
        double[] d = v.data.toArray();
        d[index] *= 1 + 1e-9;
        v.data = NDArray.of(d);
        assertTrue(w.check().startsWith(what + "[" + index + "]="), w.check());
    }

    @Test
    void noGradCheckNeedsAnOutputWithoutCreator() {
        NoGrad w = new NoGrad();
        w.setUp(100);
        w.run();
        assertNull(w.plain.creator);
        assertNull(w.check());
        w.plain = w.recorded;
        assertEquals("no_grad_output_has_a_creator", w.check());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1000})
    void noGradForwardHoldsTheOutputOnly(int n) {
        Map<String, String> m = new NoGrad().measureAfter(n);
        double held = Double.parseDouble(m.get("held_arrays"));
        // In outputs of one op: 1 is the output only, a kept graph would be about 4. At N = 1 the
        // Variable's own fields used to count as 12 arrays and fail the check.
        assertTrue(held > 0.8 && held < 1.3, "held " + held);
        assertNull(m.get("check"));
    }

    @Test
    void memoryLoopCountsNoOldGraphAndTheLastOneWhole() {
        Map<String, String> m = new MemoryLoop().measureAfter(1000);
        assertEquals("0", m.get("old_variables"));
        assertEquals("0", m.get("old_functions"));
        assertEquals("4", m.get("last_variables"));
        assertEquals("3", m.get("last_functions"));
        assertEquals("no", m.get("creator_keeps_output"));
        assertNull(m.get("check"), m.toString());
    }

    /** The fault: every y kept (a leaking engine or session); the old graphs are counted and the check fails. */
    @Test
    void memoryLoopCheckFailsWhenOldGraphsStayAlive() {
        MemoryLoop w = new MemoryLoop();
        List<Variable> kept = new ArrayList<>();
        w.keep = kept::add;
        Map<String, String> m = w.measureAfter(1000);
        assertEquals("36", m.get("old_variables"));
        assertEquals("27", m.get("old_functions"));
        assertEquals("old_graphs_alive:36_variables,27_functions", m.get("check"));
        assertEquals(10, kept.size());
    }

    /** The fault: a function holding its output strongly (an engine without step 17's weak outputs). */
    @Test
    void memoryLoopCheckFailsWhenACreatorKeepsItsOutput() {
        MemoryLoop w = new MemoryLoop();
        w.op = StrongSquare::apply;
        Map<String, String> m = w.measureAfter(1000);
        assertEquals("yes", m.get("creator_keeps_output"));
        assertEquals("a_function_keeps_its_output_alive", m.get("check"));
    }

    @Test
    void keepingOnlyTheCreatorLetsTheOutputBeCollected() {
        assertEquals(false, MemoryLoop.creatorKeepsOutput(v -> dezero.functions.Functions.square(v), 10));
        assertEquals(true, MemoryLoop.creatorKeepsOutput(StrongSquare::apply, 10));
    }

    /** square, but its Function also keeps its output in a strong field. */
    static final class StrongSquare extends Function {
        private Variable output;

        static Variable apply(Variable x) {
            StrongSquare f = new StrongSquare();
            f.output = f.apply(new Variable[] {x});
            return f.output;
        }

        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].mul(xs[0]));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(dezero.functions.Functions.mul(gys[0], dezero.functions.Functions.mul(input(0), 2.0)));
        }
    }

    @Test
    void memoryLoopHoldsOneGraphAndPeaksAtTwo() {
        Map<String, String> m = new MemoryLoop().measureAfter(200_000);
        double held = Double.parseDouble(m.get("held_arrays"));
        double peak = Double.parseDouble(m.get("peak_arrays"));
        // x, square(x), square(square(x)) and y: the last graph only (outputs are weak, step 17).
        assertTrue(held > 3.5 && held < 4.5, "held " + held);
        assertTrue(peak > 7.5 && peak < 8.5, "peak " + peak);
    }

    @Test
    void mlpStepCheckComparesWithCommonsMath() {
        MlpStep w = new MlpStep();
        w.setUp(40);
        w.run();
        assertNull(w.check());
        w.setUp(40);
        w.run();
        assertNull(w.check(), "the same loss on a second run");
        w.b2.grad.data = w.b2.grad.data.mul(2.0);
        assertTrue(w.check().startsWith("b2.grad[0]="), w.check());
    }

    /**
     * A fault in any element of any gradient fails the check, as a wrong tanh or matmul gradient
     * would (the old check looked at the loss and b2.grad only).
     */
    @ParameterizedTest
    @CsvSource({"x, 0", "x, 1234", "W1, 5000", "W1, 9999", "b1, 37", "W2, 500", "b2, 9"})
    void mlpStepCheckComparesEveryGradient(String param, int index) {
        MlpStep w = new MlpStep();
        w.setUp(20);
        w.run();
        assertNull(w.check());
        Variable v = switch (param) {
            case "x" -> w.x;
            case "W1" -> w.w1;
            case "b1" -> w.b1;
            case "W2" -> w.w2;
            default -> w.b2;
        };
        double[] g = v.grad.data.toArray();
        g[index % g.length] += 1e-6 * (1 + Math.abs(g[index % g.length]));
        v.grad.data = NDArray.of(g, v.grad.data.shape());
        assertTrue(w.check().startsWith(param + ".grad[" + index % g.length + "]="), w.check());
    }

    @Test
    void mlpStepCheckNeedsEveryGradient() {
        MlpStep w = new MlpStep();
        w.setUp(20);
        w.run();
        w.w1.grad = null;
        assertEquals("W1.grad=None", w.check());
    }

    @Test
    void trainSpiralEndsWithDezerosLoss() {
        // Python DeZero's step 49 (scripts/demos/step49.py) ends epoch 300 at 0.12958943819809787.
        TrainSpiral w = new TrainSpiral();
        w.setUp(300);
        w.run();
        assertNull(w.check());
        w.setUp(300);
        w.run();
        assertNull(w.check(), "the same loss on a second run: setUp reseeds");
        w.lastLoss = 0.13;
        assertTrue(w.check().startsWith("loss=0.13,expected=0.1295894381980978"), w.check());
    }

    @Test
    void failedCheckIsPrintedAsFail() {
        Result r = new Result("wide_fanin", 10, 0.001, 3, 0.001, 0.002, Map.of(), "y=9.0,expected=10.0", 1234, "v");
        Map<String, String> kv = ResultLines.parse(r.line(), "wide_fanin", 10);
        assertEquals("FAIL(y=9.0,expected=10.0)", kv.get("check"));
    }
}
