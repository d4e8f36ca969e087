package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class NDArrayTest {
    @Test
    void scalarHasEmptyShape() {
        NDArray s = NDArray.scalar(3.0);
        assertArrayEquals(new int[0], s.shape());
        assertEquals(0, s.ndim());
        assertEquals(1, s.size());
        assertEquals(3.0, s.item());
    }

    @Test
    void factoriesCopyTheirInputAndAccessorsReturnCopies() {
        double[] values = {1, 2, 3, 4, 5, 6};
        int[] shape = {2, 3};
        NDArray a = NDArray.of(values, shape);
        values[0] = 99;
        shape[0] = 7;
        a.toArray()[1] = 99;
        a.shape()[1] = 7;
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toArray());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertEquals(6.0, a.get(1, 2));
        assertEquals(4.0, a.get(-1, 0));
    }

    @Test
    void operationsDoNotModifyTheirInputs() {
        NDArray a = NDArray.of(new double[] {0.5, 1, 2, 3, 4, 5}, 2, 3);
        NDArray b = NDArray.of(1.5, 2.5, 3.5);
        List<UnaryOperator<NDArray>> ops = List.of(
                x -> x.add(b), x -> x.sub(b), x -> x.mul(b), x -> x.div(b),
                x -> x.add(2), x -> x.rsub(2), x -> x.mul(2), x -> x.rdiv(2), x -> x.div(2), x -> x.sub(2),
                NDArray::neg, NDArray::square, x -> x.pow(2.5), NDArray::exp, NDArray::log, NDArray::sin,
                NDArray::cos, NDArray::tanh, NDArray::sigmoid, NDArray::sum, x -> x.sum(new int[] {0}, true),
                x -> x.sumTo(1, 3), x -> x.broadcastTo(4, 2, 3), x -> x.reshape(3, -1), NDArray::transpose,
                x -> x.matmul(x.transpose()), x -> x.map(Math::abs));
        for (UnaryOperator<NDArray> op : ops) {
            op.apply(a);
            assertArrayEquals(new double[] {0.5, 1, 2, 3, 4, 5}, a.toArray());
            assertArrayEquals(new int[] {2, 3}, a.shape());
            assertArrayEquals(new double[] {1.5, 2.5, 3.5}, b.toArray());
        }
    }

    @Test
    void matrixInteropRoundTripsThroughCommonsMath() {
        RealMatrix m = new Array2DRowRealMatrix(new double[][] {{1, 2, 3}, {4, 5, 6}});
        NDArray a = NDArray.of(m);
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toArray());
        RealMatrix back = a.toRealMatrix();
        assertEquals(m, back);
        m.setEntry(0, 0, 99);
        assertEquals(1.0, a.get(0, 0));
    }

    @Test
    void oneDimensionalArrayBecomesARowMatrix() {
        RealMatrix row = NDArray.of(1, 2, 3).toRealMatrix();
        assertEquals(1, row.getRowDimension());
        assertArrayEquals(new double[] {1, 2, 3}, row.getRow(0));
    }

    @Test
    void vectorInteropGivesOneDimensionalArray() {
        NDArray v = NDArray.of(new ArrayRealVector(new double[] {7, 8, 9}));
        assertArrayEquals(new int[] {3}, v.shape());
        assertArrayEquals(new double[] {7, 8, 9}, v.toArray());
    }

    @Test
    void scalarIsNotAMatrix() {
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.scalar(1).toRealMatrix());
        assertEquals("a matrix needs 1 or 2 dimensions, got shape ()", e.getMessage());
    }

    @Test
    void randnWithSeededGeneratorIsReproducible() {
        NDArray first = NDArray.randn(new Well19937c(7), 2, 3);
        NDArray second = NDArray.randn(new Well19937c(7), 2, 3);
        assertEquals(first, second);
        Well19937c oracle = new Well19937c(7);
        for (int i = 0; i < 6; i++) {
            assertEquals(oracle.nextGaussian(), first.flat(i));
        }
        assertNotEquals(first, NDArray.randn(new Well19937c(8), 2, 3));
    }

    @Test
    void seedMakesSharedRandnRepeatable() {
        NDArray.seed(42);
        NDArray first = NDArray.randn(4);
        NDArray.seed(42);
        assertEquals(first, NDArray.randn(4));
        assertEquals(new RandomState(42).randn(4), first);
    }

    @Test
    void allocationOverMaxSizeIsAShapeErrorNotOutOfMemory() {
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.zeros(100_000, 100_000));
        assertEquals("array is too big: shape (100000,100000) has 10000000000 elements, the limit is 100000000",
                e.getMessage());
        NDArray column = NDArray.zeros(20_000, 1);
        NDArray row = NDArray.zeros(1, 20_000);
        assertThrows(ShapeException.class, () -> column.add(row));
        assertThrows(ShapeException.class, () -> column.matmul(row));
        assertThrows(ShapeException.class, () -> column.broadcastTo(20_000, 20_000));
        assertThrows(ShapeException.class, () -> NDArray.randn(NDArray.MAX_SIZE + 1));
        assertThrows(ShapeException.class, () -> NDArray.arange(0, 1e12, 1));
    }

    @Test
    void negativeDimensionUsesNumpyMessage() {
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.zeros(2, -1));
        assertEquals("negative dimensions are not allowed", e.getMessage());
    }

    @Test
    void fullAndLikeFactoriesFillEveryElement() {
        assertArrayEquals(new double[] {1, 1, 1, 1}, NDArray.onesLike(NDArray.zeros(2, 2)).toArray());
        assertArrayEquals(new double[] {0, 0, 0}, NDArray.zerosLike(NDArray.ones(3)).toArray());
        assertTrue(1 / NDArray.full(-0.0, 2).flat(1) < 0);
        // numpy: np.arange(0, 1, 0.25) and np.linspace(0, 1, 5)
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75}, NDArray.arange(0, 1, 0.25).toArray());
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, NDArray.linspace(0, 1, 5).toArray());
    }

    @Test
    void mulOneMinusSquareIsTheComposedTanhGradientBitForBit() {
        Well19937c rng = new Well19937c(5);
        NDArray gy = NDArray.randn(rng, 7, 13);
        NDArray y = NDArray.randn(rng, 7, 13).tanh();
        assertArrayEquals(gy.mul(y.mul(y).rsub(1L)).toArray(), gy.mulOneMinusSquare(y).toArray());
        assertTrue(gy.sameFloat64Shape(y));
        assertTrue(!gy.sameFloat64Shape(y.reshape(13, 7)));
        assertThrows(IllegalArgumentException.class, () -> gy.mulOneMinusSquare(y.reshape(91)));
    }

    @Test
    void mulYOneMinusYIsTheComposedSigmoidGradientBitForBit() {
        Well19937c rng = new Well19937c(6);
        NDArray gy = NDArray.randn(rng, 7, 13);
        NDArray y = NDArray.randn(rng, 7, 13).sigmoid();
        assertArrayEquals(gy.mul(y).mul(y.rsub(1L)).toArray(), gy.mulYOneMinusY(y).toArray());
        assertThrows(IllegalArgumentException.class, () -> gy.mulYOneMinusY(y.reshape(91)));
    }

    @Test
    void scaledDifferenceIsTheComposedSquaredErrorGradientBitForBit() {
        Well19937c rng = new Well19937c(7);
        NDArray a = NDArray.randn(rng, 100, 1);
        NDArray b = NDArray.randn(rng, 100, 1);
        NDArray g = NDArray.scalar(0.37);
        assertArrayEquals(g.mul(a.sub(b)).mul(2.0 / 100).toArray(), a.scaledDifference(b, 0.37, 2.0 / 100).toArray());
        assertThrows(IllegalArgumentException.class, () -> a.scaledDifference(b.reshape(100), 1, 1));
    }
}
