package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.Config;
import dezero.core.Gc;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decisions of DESIGN.md on backward: retained grads, accumulation, seeds, unused outputs. */
class BackwardSemanticsTest {
    @Test
    void intermediateGradsAreClearedUnlessRetained() {
        Variable x0 = new Variable(1.0);
        Variable x1 = new Variable(1.0);
        Variable t = add(x0, x1);
        Variable y = add(x0, t);
        y.backward();
        assertNull(y.grad);
        assertNull(t.grad);
        assertEquals(2.0, x0.grad.data.item());
        assertEquals(1.0, x1.grad.data.item());
    }

    @Test
    void retainGradKeepsIntermediateGrads() {
        Variable x0 = new Variable(1.0);
        Variable x1 = new Variable(1.0);
        Variable t = add(x0, x1);
        Variable y = add(x0, t);
        y.backward(true);
        assertEquals(1.0, y.grad.data.item());
        assertEquals(1.0, t.grad.data.item());
        assertEquals(2.0, x0.grad.data.item());
        assertEquals(1.0, x1.grad.data.item());
    }

    @Test
    void clearingReachesEveryOutputOfEveryFunctionRun() {
        Variable x0 = new Variable(5.0);
        Variable x1 = new Variable(3.0);
        Variable[] ys = new AddSub().call(x0, x1);
        ys[1].grad = new Variable(7.0);
        Variable z = square(ys[0]);
        z.backward();
        assertNull(z.grad, "the start variable");
        assertNull(ys[0].grad, "the used output");
        assertNull(ys[1].grad, "the other output, whose grad was set by hand");
        // dz/dx0 = 2 (x0 + x1) + 7, dz/dx1 = 2 (x0 + x1) - 7
        assertEquals(23.0, x0.grad.data.item());
        assertEquals(9.0, x1.grad.data.item());
    }

    @Test
    void leafGradsAccumulateAcrossCalls() {
        Variable x = new Variable(NDArray.of(1, 2));
        square(x).backward();
        mul(x, 3).backward();
        assertEquals(NDArray.of(5, 7), x.grad.data);
    }

    @Test
    void accumulationNeverModifiesASharedGrad() {
        Variable x0 = new Variable(2.0);
        Variable x1 = new Variable(2.0);
        Variable shared = new Variable(1.0);
        x0.grad = shared;
        x1.grad = shared;
        mul(x0, 3).backward();
        assertEquals(4.0, x0.grad.data.item());
        assertSame(shared, x1.grad);
        assertEquals(1.0, shared.data.item());
    }

    @Test
    void gradientsPassedToTwoInputsStayIndependent() {
        Variable x0 = new Variable(2.0);
        Variable x1 = new Variable(2.0);
        add(x0, x1).backward();
        square(x0).backward();
        assertEquals(5.0, x0.grad.data.item());
        assertEquals(1.0, x1.grad.data.item());
    }

    @Test
    void handSetGradSeedsBackward() {
        Variable x = new Variable(NDArray.of(1, 2, 3));
        Variable y = square(x);
        y.grad = new Variable(NDArray.of(10, 0, -1));
        y.backward();
        assertEquals(NDArray.of(20, 0, -6), x.grad.data);
        assertNull(y.grad);
    }

    @Test
    void collectedOutputCountsAsZeroGradient() {
        Variable x0 = new Variable(5.0);
        Variable x1 = new Variable(3.0);
        AddSub f = new AddSub();
        Variable y0 = firstOutputOnly(f, x0, x1);
        Gc.awaitCollected("the second output of AddSub", () -> f.outputs().get(1) == null);
        List<Variable[]> gys = new ArrayList<>();
        try (Config.Scope scope = Config.listening((fn, g, in, out) -> gys.add(in))) {
            y0.backward();
        }
        assertEquals(NDArray.scalar(0), gys.get(0)[1].data);
        assertEquals(1.0, x0.grad.data.item());
        assertEquals(1.0, x1.grad.data.item());
    }

    private static Variable firstOutputOnly(AddSub f, Variable x0, Variable x1) {
        return f.call(x0, x1)[0];
    }
}
