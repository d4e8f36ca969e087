package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dezero.core.Config;
import dezero.core.Variable;
import org.junit.jupiter.api.Test;

/** Higher-order derivatives through createGraph (step 33 onward). */
class HigherOrderTest {
    /** {@code x ** 4 - 2 * x ** 2}: f' = 4x^3 - 4x, f'' = 12x^2 - 4, f''' = 24x. */
    private static Variable f(Variable x) {
        return sub(pow(x, 4), mul(2, pow(x, 2)));
    }

    @Test
    void createGraphGivesTheSecondDerivative() {
        Variable x = new Variable(2.0);
        Variable y = f(x);
        y.backward(false, true);
        Variable gx = x.grad;
        assertEquals(24.0, gx.data.item());
        assertNotNull(gx.creator, "the gradient was recorded");
        x.cleargrad();
        gx.backward();
        assertEquals(44.0, x.grad.data.item());
    }

    @Test
    void createGraphTwiceGivesTheThirdDerivative() {
        Variable x = new Variable(2.0);
        f(x).backward(false, true);
        Variable gx = x.grad;
        x.cleargrad();
        gx.backward(false, true);
        Variable gx2 = x.grad;
        x.cleargrad();
        gx2.backward();
        assertEquals(48.0, x.grad.data.item());
    }

    @Test
    void withoutCreateGraphTheGradHasNoCreator() {
        Variable x = new Variable(2.0);
        f(x).backward();
        assertEquals(24.0, x.grad.data.item());
        assertNull(x.grad.creator);
        assertEquals(0, x.grad.generation);
    }

    @Test
    void createGraphWorksInsideNoGradAndRestoresTheMode() {
        Variable x = new Variable(2.0);
        Variable y = f(x);
        try (Config.Scope scope = Config.noGrad()) {
            y.backward(false, true);
            assertFalse(Config.isBackpropEnabled());
        }
        assertNotNull(x.grad.creator);
    }

    @Test
    void newtonsMethodWithSecondDerivativeFindsTheMinimum() {
        // step 33: x <- x - f'(x) / f''(x) from x = 2 reaches the minimum at x = 1
        Variable x = new Variable(2.0);
        for (int i = 0; i < 10; i++) {
            x.cleargrad();
            f(x).backward(false, true);
            Variable gx = x.grad;
            x.cleargrad();
            gx.backward();
            x.data = x.data.sub(gx.data.div(x.grad.data));
        }
        assertEquals(1.0, x.data.item(), 1e-15);
    }
}
