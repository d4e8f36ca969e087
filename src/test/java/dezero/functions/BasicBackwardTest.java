package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.div;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dezero.core.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scalar examples of the book (steps 13-20), with the values DeZero prints. */
class BasicBackwardTest {
    @Test
    void usingAVariableTwiceAddsItsGradients() {
        Variable x = new Variable(3.0);
        Variable y = add(x, x);
        y.backward();
        assertEquals(6.0, y.data.item());
        assertEquals(2.0, x.grad.data.item());
    }

    @Test
    void leafGradAccumulatesUntilCleargrad() {
        Variable x = new Variable(3.0);
        add(x, x).backward();
        add(add(x, x), x).backward();
        assertEquals(5.0, x.grad.data.item());
        x.cleargrad();
        add(add(x, x), x).backward();
        assertEquals(3.0, x.grad.data.item());
    }

    @Test
    void sumOfSquaresGivesEachInputItsGradient() {
        Variable x = new Variable(2.0);
        Variable y = new Variable(3.0);
        Variable z = add(square(x), square(y));
        z.backward();
        assertEquals(13.0, z.data.item());
        assertEquals(4.0, x.grad.data.item());
        assertEquals(6.0, y.grad.data.item());
    }

    @ParameterizedTest
    @CsvSource({"3.0, 12.0, 7.0", "2.0, 6.0, 5.0", "-1.5, 0.75, -2.0"})
    void squarePlusXGivesTwoXPlusOne(double x0, double value, double grad) {
        Variable x = new Variable(x0);
        Variable y = add(square(x), x);
        y.backward();
        assertEquals(value, y.data.item());
        assertEquals(grad, x.grad.data.item());
        assertNull(y.grad);
    }

    @Test
    void secondBackwardWithoutCleargradDoublesTheGradient() {
        Variable x = new Variable(3.0);
        Variable y = square(x);
        y.backward();
        assertEquals(6.0, x.grad.data.item());
        y = square(x);
        y.backward();
        assertEquals(12.0, x.grad.data.item());
    }

    @Test
    void secondBackwardOfTheSameVariableRunsItsGraphAgain() {
        Variable x = new Variable(3.0);
        Variable y = square(x);
        y.backward();
        assertEquals(6.0, x.grad.data.item());
        y.backward();
        assertEquals(12.0, x.grad.data.item());
    }

    @Test
    void mulAndAddGiveProductRuleGradients() {
        Variable a = new Variable(3.0);
        Variable b = new Variable(2.0);
        Variable c = new Variable(1.0);
        Variable y = add(mul(a, b), c);
        y.backward();
        assertEquals(7.0, y.data.item());
        assertEquals(2.0, a.grad.data.item());
        assertEquals(3.0, b.grad.data.item());
        assertEquals(1.0, c.grad.data.item());
    }

    @Test
    void cubeGivesThreeXSquared() {
        Variable x = new Variable(2.0);
        Variable y = pow(x, 3);
        y.backward();
        assertEquals(8.0, y.data.item());
        assertEquals(12.0, x.grad.data.item());
    }

    @Test
    void divGivesQuotientRuleGradients() {
        Variable x0 = new Variable(6.0);
        Variable x1 = new Variable(3.0);
        Variable y = div(x0, x1);
        y.backward();
        assertEquals(2.0, y.data.item());
        assertEquals(0.3333333333333333, x0.grad.data.item());
        assertEquals(-0.6666666666666666, x1.grad.data.item());
    }
}
