package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values were printed by numpy 2.4.6 for the same operands. */
class BroadcastTest {
    private static final NDArray A = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);

    @Test
    void mismatchedShapesUseNumpyMessage() {
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.of(1, 2, 3).add(NDArray.of(1, 2, 3, 4)));
        // numpy 2.4: str(e) of np.array([1, 2, 3]) + np.arange(4), its trailing space included
        assertEquals("operands could not be broadcast together with shapes (3,) (4,) ", e.getMessage());
        e = assertThrows(ShapeException.class, () -> A.mul(A.transpose()));
        assertEquals("operands could not be broadcast together with shapes (2,3) (3,2) ", e.getMessage());
    }

    @Test
    void rowBroadcastsOverMatrix() {
        NDArray r = A.add(NDArray.of(10, 20, 30));
        assertArrayEquals(new int[] {2, 3}, r.shape());
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, r.toArray());
    }

    @Test
    void columnBroadcastsOverMatrix() {
        NDArray r = A.mul(NDArray.of(new double[] {2, -1}, 2, 1));
        assertArrayEquals(new double[] {2, 4, 6, -4, -5, -6}, r.toArray());
    }

    @Test
    void columnAndRowBroadcastToOuterShape() {
        NDArray r = NDArray.of(new double[] {1, 2, 3}, 3, 1).sub(NDArray.of(new double[] {10, 20, 30, 40}, 1, 4));
        assertArrayEquals(new int[] {3, 4}, r.shape());
        assertArrayEquals(new double[] {-9, -19, -29, -39, -8, -18, -28, -38, -7, -17, -27, -37}, r.toArray());
    }

    @Test
    void scalarBroadcastsOnEitherSide() {
        NDArray r = NDArray.scalar(2).div(NDArray.of(1, 4, 8));
        assertArrayEquals(new double[] {2, 0.5, 0.25}, r.toArray());
        NDArray one = NDArray.of(5).sub(NDArray.scalar(2));
        assertArrayEquals(new int[] {1}, one.shape());
        assertArrayEquals(new int[] {1, 1}, NDArray.scalar(2).add(NDArray.ones(1, 1)).shape());
        assertArrayEquals(new int[] {0}, NDArray.zeros(0).add(NDArray.ones(1)).shape());
    }

    @Test
    void broadcastToRepeatsAlongNewAndUnitAxes() {
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3}, NDArray.of(1, 2, 3).broadcastTo(2, 3).toArray());
        NDArray r = NDArray.of(new double[] {1, 2}, 2, 1).broadcastTo(2, 2, 3);
        assertArrayEquals(new int[] {2, 2, 3}, r.shape());
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2}, r.toArray());
    }

    @Test
    void broadcastToIncompatibleShapeIsAShapeError() {
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.of(1, 2, 3).broadcastTo(4, 2));
        assertEquals("operands could not be broadcast together with remapped shapes [original->remapped]: "
                + "(3,)  and requested shape (4,2)", e.getMessage());
    }

    @Test
    void sumToReducesBroadcastAxes() {
        // numpy: a.sum(axis=0, keepdims=True), a.sum(axis=0), a.sum(axis=1, keepdims=True), a.sum()
        assertArrayEquals(new double[] {5, 7, 9}, A.sumTo(1, 3).toArray());
        assertArrayEquals(new int[] {1, 3}, A.sumTo(1, 3).shape());
        assertArrayEquals(new double[] {5, 7, 9}, A.sumTo(3).toArray());
        assertArrayEquals(new double[] {6, 15}, A.sumTo(2, 1).toArray());
        assertEquals(NDArray.scalar(21), A.sumTo());
    }

    @Test
    void sumToAnUnreachableShapeIsAShapeError() {
        ShapeException e = assertThrows(ShapeException.class, () -> A.sumTo(2));
        assertEquals("cannot sum shape (2,3) to shape (2,)", e.getMessage());
        assertThrows(ShapeException.class, () -> A.sumTo(1, 2, 3));
    }
}
