package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reshape, transpose and matmul; values and messages printed by numpy 2.4.6. */
class ShapeOpsTest {
    private static final NDArray A = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    private static final NDArray B = NDArray.arange(0, 24, 1).reshape(2, 3, 4);

    @Test
    void rowIsTheFirstAxisIndexCopied() {
        // numpy: a = np.arange(6.).reshape(2, 3); a[1], a[-2]; b = np.arange(24).reshape(2, 3, 4); b[1]
        assertEquals("array([3., 4., 5.])", A.sub(NDArray.scalar(1)).row(1).repr());
        assertEquals("array([0., 1., 2.])", A.sub(NDArray.scalar(1)).row(-2).repr());
        assertEquals("array([[12, 13, 14, 15],\n       [16, 17, 18, 19],\n       [20, 21, 22, 23]])",
                NDArray.arange(24).reshape(2, 3, 4).row(1).repr());
        // c = np.array([[2**62 + 1, 1], [3, 4]]); c[0] keeps the exact value
        NDArray c = NDArray.int64(new long[] {(1L << 62) + 1, 1, 3, 4}, 2, 2);
        assertEquals("[4611686018427387905                   1]", c.row(0).toString());
        NDArray r = A.row(0);
        r.set(9, Index.at(0));
        assertEquals(1.0, A.get(0, 0), "a copy: writing into it leaves the array as it was");
        IndexException e = assertThrows(IndexException.class, () -> A.row(2));
        assertEquals("index 2 is out of bounds for axis 0 with size 2", e.getMessage());
    }

    @Test
    void stackOnTheFirstAxisKeepsTheDtype() {
        // numpy: np.stack([np.array([1, 2], dtype=np.int32), np.array([3, 4], dtype=np.int32)]);
        // np.stack([np.array([1., 2.]), np.array([3, 4])]) promotes to float64
        NDArray i32 = NDArray.stack(NDArray.of(new double[] {1, 2}, DType.INT32, 2),
                NDArray.of(new double[] {3, 4}, DType.INT32, 2));
        assertEquals("array([[1, 2],\n       [3, 4]], dtype=int32)", i32.repr());
        NDArray mixed = NDArray.stack(NDArray.of(1, 2), NDArray.int64(new long[] {3, 4}, 2));
        assertEquals("array([[1., 2.],\n       [3., 4.]])", mixed.repr());
    }

    @Test
    void reshapeInfersOneDimension() {
        assertArrayEquals(new int[] {3, 2}, A.reshape(3, -1).shape());
        assertArrayEquals(new int[] {6}, A.reshape(-1).shape());
        assertArrayEquals(new int[] {1, 6, 1}, A.reshape(1, -1, 1).shape());
        assertArrayEquals(A.toArray(), A.reshape(-1, 2).toArray());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "4;          cannot reshape array of size 6 into shape (4,)",
        "4,2;        cannot reshape array of size 6 into shape (4,2)",
        "-1,4;       cannot reshape array of size 6 into shape (4)",
        "4,-1;       cannot reshape array of size 6 into shape (4,newaxis)",
        "-1,4,5;     cannot reshape array of size 6 into shape (4,5)",
        "3,-1,5;     cannot reshape array of size 6 into shape (3,newaxis,5)",
        "0,-1;       cannot reshape array of size 6 into shape (0,newaxis)",
        "-1,-1;      can only specify one unknown dimension"})
    void reshapeErrorsUseNumpyMessages(String shape, String message) {
        String[] parts = shape.split(",");
        int[] target = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            target[i] = Integer.parseInt(parts[i]);
        }
        ShapeException e = assertThrows(ShapeException.class, () -> NDArray.arange(0, 6, 1).reshape(target));
        assertEquals(message, e.getMessage());
    }

    @Test
    void transposeReversesOrPermutesAxes() {
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, A.transpose().toArray());
        assertArrayEquals(new int[] {4, 3, 2}, B.transpose().shape());
        assertArrayEquals(new double[] {0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18, 10, 22,
            3, 15, 7, 19, 11, 23}, B.transpose().toArray());
        assertArrayEquals(new double[] {0, 1, 2, 3, 12, 13, 14, 15, 4, 5, 6, 7, 16, 17, 18, 19, 8, 9, 10, 11,
            20, 21, 22, 23}, B.transpose(1, 0, 2).toArray());
        NDArray t = B.transpose(-1, 0, 1);
        assertArrayEquals(new int[] {4, 2, 3}, t.shape());
        assertArrayEquals(new double[] {0, 4, 8, 12, 16, 20, 1, 5, 9, 13, 17, 21, 2, 6, 10, 14, 18, 22,
            3, 7, 11, 15, 19, 23}, t.toArray());
    }

    @Test
    void transposeErrorsUseNumpyMessages() {
        assertEquals("axes don't match array",
                assertThrows(ShapeException.class, () -> B.transpose(0, 1)).getMessage());
        assertEquals("repeated axis in transpose",
                assertThrows(ShapeException.class, () -> B.transpose(0, 1, 1)).getMessage());
    }

    @Test
    void matmulOfOneAndTwoDimensionalOperandsMatchesNumpy() {
        NDArray p = A.matmul(A.transpose());
        assertArrayEquals(new int[] {2, 2}, p.shape());
        assertArrayEquals(new double[] {14, 32, 32, 77}, p.toArray());
        NDArray v = NDArray.of(1, 2, 3);
        assertEquals(NDArray.of(14, 32), v.matmul(A.transpose()));
        assertEquals(NDArray.of(-2, -2), A.matmul(NDArray.of(1, 0, -1)));
        assertEquals(NDArray.scalar(32), v.matmul(NDArray.of(4, 5, 6)));
    }

    @Test
    void matmulMismatchUsesNumpyMessage() {
        ShapeException e = assertThrows(ShapeException.class, () -> A.matmul(NDArray.ones(4, 2)));
        assertEquals("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> NDArray.ones(3).matmul(NDArray.ones(4)));
        assertEquals("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)", e.getMessage());
    }
}
