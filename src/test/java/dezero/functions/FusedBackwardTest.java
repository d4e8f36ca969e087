package dezero.functions;

import static dezero.functions.Functions.linear;
import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.meanSquaredError;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sigmoid;
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
 * Square, MatMul, Tanh, Sigmoid, MeanSquaredError and Linear compute their gradient in fewer
 * passes when backward records nothing (Linear's forward adds its bias into the product); with
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
    void sigmoidGradientIsTheSameBitsBothWays() {
        NDArray data = NDArray.randn(new Well19937c(2), 100, 10).mul(3.0);
        Variable a = new Variable(data);
        sum(square(sigmoid(a))).backward();
        Variable b = new Variable(data);
        sum(square(sigmoid(b))).backward(false, true);
        assertEquals(b.grad.data, a.grad.data);
        assertNull(a.grad.creator);
        // By hand: d/dx s(x)^2 = 2 s(x) * s(x) (1 - s(x)).
        double s = 1 / (1 + Math.exp(-data.flat(17)));
        assertEquals(2 * s * s * (1 - s), a.grad.data.flat(17), 1e-15);
    }

    @Test
    void meanSquaredErrorGradientsAreTheSameBitsBothWays() {
        Well19937c rng = new Well19937c(3);
        NDArray p = NDArray.randn(rng, 100, 1);
        NDArray t = NDArray.randn(rng, 100, 1);
        Variable p1 = new Variable(p);
        Variable t1 = new Variable(t);
        mul(meanSquaredError(p1, t1), 3.0).backward();
        Variable p2 = new Variable(p);
        Variable t2 = new Variable(t);
        mul(meanSquaredError(p2, t2), 3.0).backward(false, true);
        assertEquals(p2.grad.data, p1.grad.data);
        assertEquals(t2.grad.data, t1.grad.data);
        assertNull(p1.grad.creator);
        // By hand: d/dp 3 * mean((p - t)^2) = 3 * 2 (p - t) / 100, and the target's is its negative.
        assertEquals(3 * 2 * (p.flat(5) - t.flat(5)) / 100, p1.grad.data.flat(5), 1e-15);
        assertEquals(-p1.grad.data.flat(5), t1.grad.data.flat(5));
    }

    @Test
    void meanSquaredErrorOfBroadcastShapesKeepsTheGeneralPath() {
        // A (3,) target against (3, 1) predictions: numpy broadcasts the difference to (3, 3), and
        // each gradient is summed back to its input's shape (the book's DeZero leaves both (3, 3)).
        Variable p = new Variable(NDArray.of(new double[][] {{1}, {2}, {3}}));
        Variable t = new Variable(NDArray.of(0, 1, 2));
        meanSquaredError(p, t).backward();
        // By hand: L = sum_ij (p_i - t_j)^2 / 3, dL/dp_i = 2/3 sum_j (p_i - t_j), dL/dt_j = -2/3 sum_i (p_i - t_j).
        assertTrue(NDArray.of(new double[][] {{0}, {2}, {4}}).allclose(p.grad.data, 0, 1e-15), p.grad.toString());
        assertTrue(NDArray.of(-4, -2, 0).allclose(t.grad.data, 0, 1e-15), t.grad.toString());
    }

    @Test
    void linearForwardAddsTheBiasAsASeparateAddWould() {
        Well19937c rng = new Well19937c(4);
        NDArray x = NDArray.randn(rng, 100, 3);
        NDArray w = NDArray.randn(rng, 3, 10);
        NDArray b = NDArray.randn(rng, 10);
        assertEquals(x.matmul(w).add(b), linear(new Variable(x), new Variable(w), new Variable(b)).data);
        NDArray row = b.reshape(1, 10);
        assertEquals(x.matmul(w).add(row), x.matmulAdd(w, row));
        // A float32 bias (DeZero's L.Linear makes one) gives float64 sums as a separate add does.
        NDArray b32 = b.astype(dezero.core.DType.FLOAT32);
        assertEquals(x.matmul(w).add(b32), x.matmulAdd(w, b32));
        assertEquals(dezero.core.DType.FLOAT64, x.matmulAdd(w, b32).dtype());
        // A bias of the product's whole shape, or float32 operands, go the general way: same values.
        NDArray full = NDArray.randn(rng, 100, 10);
        assertEquals(x.matmul(w).add(full), x.matmulAdd(w, full));
        NDArray x32 = x.astype(dezero.core.DType.FLOAT32);
        NDArray w32 = w.astype(dezero.core.DType.FLOAT32);
        assertEquals(x32.matmul(w32).add(b32), x32.matmulAdd(w32, b32));
        NDArray v = NDArray.randn(rng, 3);
        assertEquals(v.matmul(w).add(b), v.matmulAdd(w, b));
    }

    @Test
    void linearWithOneInputFeatureIsOnePassWithTheSameBits() {
        // x @ w + b with x (m, 1) and w (1, n), the book's steps 43-46: written in one pass, the
        // signs of zeros included (-0.0 * 3 + -0.0 is +0.0 through the product's sum from zero).
        NDArray x = NDArray.of(new double[][] {{-1}, {0}, {-0.0}, {2}, {1e-300}});
        NDArray w = NDArray.of(new double[][] {{0.0, -0.0, 3, -1e-300}});
        NDArray b = NDArray.of(-0.0, 0.0, 1.5, -0.0);
        assertEquals(x.matmul(w).add(b), x.matmulAdd(w, b));
        assertEquals(x.matmul(w).add(b.reshape(1, 4)), x.matmulAdd(w, b.reshape(1, 4)));
        NDArray b32 = b.astype(dezero.core.DType.FLOAT32);
        assertEquals(x.matmul(w).add(b32), x.matmulAdd(w, b32));
        Well19937c rng = new Well19937c(8);
        NDArray xs = NDArray.randn(rng, 100, 1);
        NDArray ws = NDArray.randn(rng, 1, 10);
        NDArray bs = NDArray.randn(rng, 10);
        assertEquals(xs.matmul(ws).add(bs), xs.matmulAdd(ws, bs));
        assertEquals(xs.matmul(ws).add(bs), linear(new Variable(xs), new Variable(ws), new Variable(bs)).data);
    }

    @Test
    void linearBiasGradientIsTheSameBitsBothWays() {
        Well19937c rng = new Well19937c(6);
        NDArray x = NDArray.randn(rng, 50, 4);
        NDArray w = NDArray.randn(rng, 4, 3);
        NDArray b = NDArray.randn(rng, 3);
        Variable b1 = new Variable(b);
        sum(square(linear(new Variable(x), new Variable(w), b1))).backward();
        Variable b2 = new Variable(b);
        sum(square(linear(new Variable(x), new Variable(w), b2))).backward(false, true);
        assertSame(b2.grad.data, b1.grad.data);
        assertNull(b1.grad.creator);
        // By hand: dL/db = sum over rows of 2 (x W + b).
        assertSame(x.matmul(w).add(b).mul(2.0).sum(new int[] {0}, false), b1.grad.data);
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
