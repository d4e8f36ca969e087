package dezero.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * DeZero's utils. Expected values from Python DeZero:
 * <pre>
 * x = np.array([[0.5, 1.0, -2.0]])
 * utils.numerical_grad(F.tanh, x)   # 0.7864477320237984 0.41997434265028666 0.07065082527457633
 * utils.gradient_check(F.tanh, x)   # True
 * utils.array_equal(np.array([1, 2]), np.array([1., 2.]))          # True
 * utils.array_allclose(np.array([1.0]), np.array([1.00001]))       # True
 * utils.logsumexp(np.array([[1.0, 2.0, 3.0]]), axis=1)             # [[3.4076059644443806]]
 * </pre>
 */
class UtilsTest {
    static final NDArray X = NDArray.of(new double[] {0.5, 1.0, -2.0}, 1, 3);

    @Test
    void numericalGradIsDezeros() {
        NDArray g = Utils.numericalGrad(Functions::tanh, X);
        assertArrayEquals(new int[] {1, 3}, g.shape());
        // A difference quotient turns tanh's last-ulp differences from numpy's into ~1e-12.
        assertEquals(0.7864477320237984, g.flat(0), 1e-11);
        assertEquals(0.41997434265028666, g.flat(1), 1e-11);
        assertEquals(0.07065082527457633, g.flat(2), 1e-11);
    }

    @Test
    void gradientCheckPassesForTanhAndReportsABrokenBackward() {
        assertTrue(Utils.gradientCheck(Functions::tanh, X));
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            // tanh's value with sin's derivative: the check must fail.
            assertFalse(Utils.gradientCheck(x -> new dezero.core.Function() {
                @Override
                public NDArray[] forward(NDArray... xs) {
                    return outputs(xs[0].tanh());
                }

                @Override
                public Variable[] backward(Variable... gys) {
                    return grads(Functions.mul(gys[0], Functions.cos(input(0))));
                }
            }.apply(x), X));
        } finally {
            System.setOut(saved);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("========== FAILED (Gradient Check) =========="), out.toString());
    }

    @Test
    void arrayComparisonsAreNumpys() {
        assertTrue(Utils.arrayEqual(NDArray.int64(new long[] {1, 2}, 2), NDArray.of(1, 2)));
        assertFalse(Utils.arrayEqual(NDArray.of(1, 2), NDArray.of(1, 2, 3)));
        assertTrue(Utils.arrayAllclose(NDArray.of(1.0), NDArray.of(1.00001)));
        assertTrue(Utils.arrayEqual(new Variable(NDArray.of(3)), NDArray.of(3)));
        assertEquals(3.4076059644443806, Utils.logsumexp(NDArray.of(new double[] {1, 2, 3}, 1, 3), 1).item(), 1e-15);
        assertEquals(3, Utils.getConvOutsize(5, 3, 1, 0));
        assertEquals(6, Utils.getDeconvOutsize(3, 2, 2, 0));
    }
}
