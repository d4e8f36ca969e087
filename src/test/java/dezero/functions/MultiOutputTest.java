package dezero.functions;

import static dezero.functions.Functions.add;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.Variable;
import org.junit.jupiter.api.Test;

/** A function with two outputs (the test-local AddSub). */
class MultiOutputTest {
    @Test
    void twoOutputsAreComputedTogether() {
        Variable[] ys = new AddSub().call(new Variable(5.0), new Variable(3.0));
        assertEquals(2, ys.length);
        assertEquals(8.0, ys[0].data.item());
        assertEquals(2.0, ys[1].data.item());
        assertEquals(1, ys[0].generation);
        assertSame(ys[0].creator, ys[1].creator);
    }

    @Test
    void gradientsFromBothOutputsAreCombined() {
        Variable x0 = new Variable(5.0);
        Variable x1 = new Variable(3.0);
        Variable[] ys = new AddSub().call(x0, x1);
        add(ys[0], ys[1]).backward();
        assertEquals(2.0, x0.grad.data.item());
        assertEquals(0.0, x1.grad.data.item());
    }

    @Test
    void unusedOutputCountsAsZero() {
        Variable x0 = new Variable(5.0);
        Variable x1 = new Variable(3.0);
        Variable[] ys = new AddSub().call(x0, x1);
        ys[0].backward();
        assertEquals(1.0, x0.grad.data.item());
        assertEquals(1.0, x1.grad.data.item());
        assertEquals(2.0, ys[1].data.item());
    }
}
