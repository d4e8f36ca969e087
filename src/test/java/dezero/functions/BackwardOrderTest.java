package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackwardOrderTest {
    /** One call of the listener. */
    private record Step(Function f, int generation, Variable[] gys, Variable[] gxs) {}

    private static List<Step> backwardRecorded(Variable y) {
        List<Step> steps = new ArrayList<>();
        try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> steps.add(new Step(f, g, gys, gxs)))) {
            y.backward();
        }
        return steps;
    }

    @Test
    void largestGenerationFirstAndAmongEqualsTheLastQueued() {
        Variable x = new Variable(2.0);
        Variable a = square(x);
        Variable first = square(a);
        Variable second = square(a);
        Variable y = add(first, second);
        List<Step> steps = backwardRecorded(y);

        assertEquals(32.0, y.data.item());
        assertEquals(64.0, x.grad.data.item());
        assertEquals(4, steps.size(), "each function runs once");
        assertSame(y.creator, steps.get(0).f());
        assertSame(second.creator, steps.get(1).f());
        assertSame(first.creator, steps.get(2).f());
        assertSame(a.creator, steps.get(3).f());
        assertEquals(List.of(2, 1, 1, 0), steps.stream().map(Step::generation).toList());
        assertEquals(List.of("Add", "Square", "Square", "Square"), steps.stream().map(s -> s.f().name()).toList());
    }

    @Test
    void listenerSeesOutputAndInputGradients() {
        Variable x = new Variable(2.0);
        Variable a = square(x);
        Variable y = add(square(a), square(a));
        List<Step> steps = backwardRecorded(y);
        Step add = steps.get(0);
        assertEquals(NDArray.scalar(1), add.gys()[0].data);
        assertEquals(NDArray.scalar(1), add.gxs()[0].data);
        assertEquals(NDArray.scalar(1), add.gxs()[1].data);
        Step squareX = steps.get(3);
        // d(2 a^2)/da = 4 a = 16 at a = 4; then 2 x * 16 = 64
        assertEquals(NDArray.scalar(16), squareX.gys()[0].data);
        assertEquals(NDArray.scalar(64), squareX.gxs()[0].data);
    }

    @Test
    void sharedSubgraphRunsOncePerBackward() {
        Variable x = new Variable(1.5);
        Variable a = square(x);
        Variable b = add(a, a);
        Variable y = add(add(b, a), b);
        List<Step> steps = backwardRecorded(y);
        assertEquals(4, steps.size());
        assertEquals(steps.stream().map(Step::f).distinct().count(), steps.size());
        // y = 2 b + a = 5 x^2
        assertEquals(15.0, x.grad.data.item());
    }

    @Test
    void withoutListenerNothingIsRecorded() {
        List<Step> steps = new ArrayList<>();
        Variable x = new Variable(1.0);
        try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> steps.add(new Step(f, g, gys, gxs)))) {
            Config.setBackwardListener(null);
            square(x).backward();
        }
        assertEquals(List.of(), steps);
        assertEquals(2.0, x.grad.data.item());
    }
}
