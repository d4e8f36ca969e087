package dezero.viz;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackReplayTest {

    @Test
    void stackOrderRunsTheSharedSquareTwiceAndGives96() {
        Fixtures.Diamond d = Fixtures.diamond();
        StackReplay.Run run = StackReplay.stack(d.y(), 1000);
        // By hand (step 14's list.pop()): Add; Square(c) -> a.grad 8; Square(a) -> x.grad 4 * 8 = 32;
        // Square(b) -> a.grad 16; Square(a) again -> x.grad 32 + 4 * 16 = 96.
        assertEquals(List.of("Add", "Square", "Square", "Square", "Square"), names(run.order()));
        assertEquals(List.of(2, 1, 0, 1, 0), generations(run.order()));
        assertEquals(96.0, run.grad(d.x()).item());
        assertEquals(16.0, run.grad(d.a()).item());
        assertTrue(run.complete());
    }

    @Test
    void generationOrderRunsEachFunctionOnceAndGives64() {
        Fixtures.Diamond d = Fixtures.diamond();
        StackReplay.Run run = StackReplay.generation(d.y());
        assertEquals(List.of("Add", "Square", "Square", "Square"), names(run.order()));
        assertEquals(List.of(2, 1, 1, 0), generations(run.order()));
        // y = 2 x**4: dy/dx = 8 x**3 = 64 at x = 2.
        assertEquals(64.0, run.grad(d.x()).item());
    }

    @Test
    void generationOrderIsTheOrderRealBackwardRuns() {
        Fixtures.Diamond replayed = Fixtures.diamond();
        Fixtures.Diamond real = Fixtures.diamond();
        List<Function> seen = new ArrayList<>();
        try (Config.Scope scope = Config.listening((f, gen, gys, gxs) -> seen.add(f))) {
            real.y().backward();
        }
        assertEquals(List.of(real.y().creator, real.y().creator.inputs().get(1).creator, real.y().creator
                .inputs().get(0).creator, real.a().creator), seen);
        List<Function> order = StackReplay.generation(replayed.y()).order();
        assertEquals(List.of(replayed.y().creator, replayed.y().creator.inputs().get(1).creator,
                replayed.y().creator.inputs().get(0).creator, replayed.a().creator), order);
    }

    @Test
    void realGradsAreUntouchedBeforeAndAfter() {
        Fixtures.Diamond d = Fixtures.diamond();
        List<Variable> all = Reach.preorder(d.y());
        assertEquals(5, all.size());
        all.forEach(v -> assertNull(v.grad));
        StackReplay.Comparison c = StackReplay.compare(d.y());
        all.forEach(v -> assertNull(v.grad));
        assertEquals(List.of(d.x()), c.leaves());
        assertTrue(Config.isBackpropEnabled(), "the no-grad scope is closed again");
    }

    @Test
    void backwardRunsWithRecordingOffInBothReplays() {
        List<Boolean> recording = new ArrayList<>();
        Variable x = new Variable(2.0);
        Variable y = new Probe(recording).apply(square(x));
        StackReplay.compare(y);
        assertEquals(List.of(false, false), recording);
        assertTrue(Config.isBackpropEnabled());
    }

    @Test
    void comparisonPrintsBothOrdersWithTheWrongGradient() {
        Fixtures.Diamond d = Fixtures.diamond();
        assertEquals(Fixtures.golden("diamond-stack.txt"), ReplayFormat.format(StackReplay.compare(d.y()), d.names()));
    }

    @Test
    void seedIsTheGradAlreadySet() {
        Variable x = new Variable(3.0);
        Variable y = square(x);
        y.grad = new Variable(10.0);
        StackReplay.Comparison c = StackReplay.compare(y);
        // 2 * 3 * 10.
        assertEquals(60.0, c.stack().grad(x).item());
        assertEquals(60.0, c.generation().grad(x).item());
        assertEquals(10.0, y.grad.data.item(), "the seed is read, not replaced");
    }

    @Test
    void stackedDiamondsStopAtTheRunLimit() {
        Variable v = new Variable(1.0);
        Variable x = v;
        for (int i = 0; i < 20; i++) {
            x = add(mul(x, 1.0), mul(x, 1.0));
        }
        StackReplay.Comparison c = StackReplay.compare(x, 10_000);
        assertFalse(c.stack().complete());
        assertEquals(10_000, c.stack().order().size());
        // The generation order runs each of the 60 functions once and gets d/dv (2**20 v) = 2**20.
        assertTrue(c.generation().complete());
        assertEquals(60, c.generation().order().size());
        assertEquals(1048576.0, c.generation().grad(v).item());
        String text = ReplayFormat.format(c, Fixtures.names(v, "v"));
        assertTrue(text.contains("  stopped after 10000 function runs: the gradients below are unfinished\n"), text);
        assertTrue(text.contains("(differs)"), text);
        assertFalse(text.contains("(wrong)"), "an unfinished replay is not called wrong");
    }

    @Test
    void leafHasNothingToRun() {
        Variable x = new Variable(5.0);
        StackReplay.Comparison c = StackReplay.compare(x);
        assertTrue(c.stack().order().isEmpty());
        assertEquals(1.0, c.generation().grad(x).item());
        assertNull(x.grad);
        assertTrue(ReplayFormat.format(c, Fixtures.names(x, "x"))
                .startsWith("stack order (steps 14-15):   (nothing to run: the variable has no creator)\n  x.grad = 1.0\n"));
    }

    @Test
    void longOrdersAreCutToOneLine() {
        Variable c = new Variable(1.0);
        for (int i = 0; i < 50; i++) {
            c = add(c, 1.0);
        }
        String text = ReplayFormat.format(StackReplay.compare(c), Map.of());
        String first = text.lines().findFirst().orElseThrow();
        assertTrue(first.length() <= ReplayFormat.LINE_WIDTH + " ... 50 more".length(), first);
        assertTrue(first.endsWith(" more"), first);
        assertTrue(text.contains(".grad = 1.0\n"), text);
        assertFalse(text.contains("(wrong)"), "a chain has one path: both orders agree");
    }

    /** The identity, noting whether functions record a graph while its backward runs. */
    private static final class Probe extends Function {
        private final List<Boolean> recording;

        Probe(List<Boolean> recording) {
            this.recording = recording;
        }

        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0]);
        }

        @Override
        public Variable[] backward(Variable... gys) {
            recording.add(Config.isBackpropEnabled());
            return grads(gys[0]);
        }
    }

    private static List<String> names(List<Function> order) {
        return order.stream().map(Function::name).toList();
    }

    private static List<Integer> generations(List<Function> order) {
        return order.stream().map(Function::generation).toList();
    }
}
