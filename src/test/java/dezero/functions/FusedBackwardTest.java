package dezero.functions;

import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.square;
import static dezero.functions.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Square and MatMul compute their gradient in one step when backward records nothing; with
 * create_graph they record the ops. Both ways must give the same bits (on the system's BLAS, a
 * product with a transposed operand may sum in another order than one over the transpose
 * materialised: there, the same values to rounding), and the recorded way a graph.
 */
class FusedBackwardTest {
    @Test
    void squareGradientIsTheSameBitsBothWays() {
        NDArray data = NDArray.randn(new Well19937c(1), 1000);
        Variable a = new Variable(data);
        square(square(a)).backward();
        Variable b = new Variable(data);
        square(square(b)).backward(false, true);
        assertEquals(b.grad.data, a.grad.data);
        assertNull(a.grad.creator);
        assertNotNull(b.grad.creator);
        // By hand: d/dx x**4 = 4 x**3.
        assertEquals(4 * Math.pow(data.flat(3), 3), a.grad.data.flat(3), 1e-12 * Math.abs(a.grad.data.flat(3)));
    }

    @ParameterizedTest
    @CsvSource({"40,100,10", "7,3,5", "300,20,30"})
    void matmulGradientsAreTheSameBitsBothWays(int m, int k, int n) {
        Well19937c rng = new Well19937c(m);
        NDArray xd = NDArray.randn(rng, m, k);
        NDArray wd = NDArray.randn(rng, k, n);
        Variable x1 = new Variable(xd);
        Variable w1 = new Variable(wd);
        sum(square(matmul(x1, w1))).backward();
        Variable x2 = new Variable(xd);
        Variable w2 = new Variable(wd);
        sum(square(matmul(x2, w2))).backward(false, true);
        assertSame(x2.grad.data, x1.grad.data);
        assertSame(w2.grad.data, w1.grad.data);
        // By hand: with G = 2 x W, dL/dx = G W^T and dL/dW = x^T G.
        NDArray g = xd.matmul(wd).mul(2.0);
        assertSame(g.matmul(wd.transpose()), x1.grad.data);
        assertSame(xd.transpose().matmul(g), w1.grad.data);
    }

    /** Equal bits on our kernel; on the system's BLAS, equal within 1e-12 of the largest element. */
    private static void assertSame(NDArray expected, NDArray actual) {
        if (NDArray.matmulKernel().equals("java")) {
            assertEquals(expected, actual);
        } else {
            double scale = expected.abs().max().item();
            assertTrue(expected.allclose(actual, 0, 1e-12 * scale), expected + " against " + actual);
        }
    }

    @Test
    void matmulOfVectorsKeepsTheGeneralPath() {
        Variable v = new Variable(NDArray.of(1, 2, 3));
        Variable w = new Variable(NDArray.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        sum(matmul(v, w)).backward();
        assertEquals(NDArray.of(3, 7, 11), v.grad.data);
        assertEquals(NDArray.of(new double[][] {{1, 1}, {2, 2}, {3, 3}}), w.grad.data);
    }
}
