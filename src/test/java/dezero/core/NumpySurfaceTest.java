package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * numpy's functions as NDArray methods. Reductions, sorts and cumsum over 1,500 random
 * dtypes, shapes and axes come from scripts/gen/reduction_cases.py (numpy 2.4; the inputs are
 * rebuilt here with RandomState, draw for draw); the other cases state their numpy expression.
 */
class NumpySurfaceTest {
    static Stream<Arguments> reductions() throws IOException {
        return DTypeTest.table("reduction_cases.tsv.gz").stream().map(r -> Arguments.of((Object[]) r));
    }

    private interface Reduction {
        NDArray apply(NDArray x, Integer axis, boolean keepdims);
    }

    private static int[] axes(Integer axis) {
        return axis == null ? null : new int[] {axis};
    }

    private static final Map<String, Reduction> FUNCS = Map.ofEntries(
            Map.entry("sum", (x, a, k) -> x.sum(axes(a), k)),
            Map.entry("mean", (x, a, k) -> x.mean(axes(a), k)),
            Map.entry("max", (x, a, k) -> x.max(axes(a), k)),
            Map.entry("min", (x, a, k) -> x.min(axes(a), k)),
            Map.entry("prod", (x, a, k) -> x.prod(axes(a), k)),
            Map.entry("var", (x, a, k) -> x.var(axes(a), k, 0)),
            Map.entry("std", (x, a, k) -> x.std(axes(a), k, 0)),
            Map.entry("argmax", (x, a, k) -> x.argmax(a, k)),
            Map.entry("argmin", (x, a, k) -> x.argmin(a, k)),
            Map.entry("cumsum", (x, a, k) -> a == null ? x.cumsum() : x.cumsum(a)),
            Map.entry("sort", (x, a, k) -> x.sort(a == null ? -1 : a)),
            Map.entry("argsort", (x, a, k) -> x.argsort(a == null ? -1 : a)),
            Map.entry("unique", (x, a, k) -> x.unique()));

    /** The input of scripts/gen/reduction_cases.py's make(seed, dtype, shape). */
    static NDArray make(long seed, DType dtype, int[] shape) {
        RandomState rs = new RandomState(seed);
        if (dtype.isFloat()) {
            return rs.rand(shape).sub(0.5).mul(6.0).astype(dtype);
        }
        long lo = dtype == DType.BOOL || dtype == DType.UINT8 ? 0 : -5;
        long hi = dtype == DType.BOOL ? 2 : dtype == DType.UINT8 ? 11 : 6;
        return rs.randint(lo, hi, shape).astype(dtype);
    }

    @ParameterizedTest(name = "{3}(axis={4}, keepdims={5}) of {1} {2}")
    @MethodSource("reductions")
    void reductionsMatchNumpy(String seed, String dtype, String shape, String fn, String axis, String keep,
                              String result) {
        NDArray x = make(Long.parseLong(seed), DType.of(dtype), IndexingTest.ints(shape));
        Integer ax = axis.equals("None") ? null : Integer.valueOf(axis);
        Reduction f = FUNCS.get(fn);
        if (result.startsWith("ERROR|")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> f.apply(x, ax, keep.equals("1")));
            assertEquals(result.substring(result.indexOf(": ") + 2), e.getMessage());
            return;
        }
        String[] r = result.split("\\|", -1);
        NDArray got = f.apply(x, ax, keep.equals("1"));
        // numpy sums uint8 to uint64, which dezero-j has not: int64
        assertEquals(r[0].equals("uint64") ? "int64" : r[0], got.dtype().numpyName(), "dtype");
        assertArrayEquals(IndexingTest.ints(r[1]), got.shape(), "shape");
        double[] expected = DTypeTest.values(r[2]);
        double[] values = got.toArray();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], values[i], 0.0, "element " + i);
        }
    }

    @Test
    void meanMaxArgmaxAsTheBookUsesThem() {
        NDArray a = NDArray.of(new double[] {1, 5, 3, 4, 2, 6}, 2, 3);
        // a.mean(1) -> [3. 4.]; a.max(axis=1) -> [5. 6.]; a.argmax(axis=1) -> [1 2]
        assertEquals("[3. 4.]", a.mean(1).toString());
        assertEquals("[5. 6.]", a.max(1).toString());
        assertEquals("[1 2]", a.argmax(1).toString());
        // np.zeros(0).max() -> ValueError
        assertEquals("zero-size array to reduction operation maximum which has no identity",
                assertThrows(ArgumentException.class, () -> NDArray.zeros(0).max()).getMessage());
        // np.zeros(3).mean(axis=2) -> AxisError
        assertEquals("axis 2 is out of bounds for array of dimension 1",
                assertThrows(ShapeException.class, () -> NDArray.zeros(3).mean(2)).getMessage());
    }

    @Test
    void creation() {
        // np.eye(2, 3, 1) -> [[0. 1. 0.] [0. 0. 1.]]
        assertEquals("[[0. 1. 0.]\n [0. 0. 1.]]", NDArray.eye(2, 3, 1, DType.FLOAT64).toString());
        // np.arange(5) -> array([0, 1, 2, 3, 4]); np.arange(5, 0, -2) -> array([5, 3, 1])
        assertEquals("array([0, 1, 2, 3, 4])", NDArray.arange(5).repr());
        assertEquals("array([5, 3, 1])", NDArray.arange(5, 0, -2).repr());
        // np.arange(0, 10, 0) -> ZeroDivisionError: division by zero
        assertThrows(ArithmeticException.class, () -> NDArray.arange(0, 10, 0));
        // np.linspace(0, 1, 5) -> [0.   0.25 0.5  0.75 1.  ]
        assertEquals("[0.   0.25 0.5  0.75 1.  ]", NDArray.linspace(0, 1, 5).toString());
        // X, Y = np.meshgrid(np.arange(3), np.arange(2)); X -> [[0 1 2] [0 1 2]], Y -> [[0 0 0] [1 1 1]]
        NDArray[] xy = NDArray.meshgrid(NDArray.arange(3), NDArray.arange(2));
        assertEquals("[[0 1 2]\n [0 1 2]]", xy[0].toString());
        assertEquals("[[0 0 0]\n [1 1 1]]", xy[1].toString());
        // np.full_like(np.arange(2), 2.7) -> array([2, 2])
        assertEquals("array([2, 2])", NDArray.fullLike(NDArray.arange(2), 2.7).repr());
        // np.full((2,), 7, dtype=np.int32) -> array([7, 7], dtype=int32)
        assertEquals("array([7, 7], dtype=int32)", NDArray.full(7, DType.INT32, 2).repr());
    }

    @Test
    void elementWiseFunctions() {
        NDArray a = NDArray.of(-2, 0, 3);
        // np.where(np.array([True, False]), 1, 2.5) -> array([1. , 2.5])
        NDArray cond = NDArray.bools(new boolean[] {true, false}, 2);
        assertEquals("array([1. , 2.5])", NDArray.where(cond, NDArray.weakInt(1), NDArray.weakFloat(2.5)).repr());
        // np.where(cond, np.array([1, 2], np.float32), 2.5) -> array([1. , 2.5], dtype=float32)
        assertEquals("array([1. , 2.5], dtype=float32)",
                NDArray.where(cond, NDArray.of(new double[] {1, 2}, DType.FLOAT32, 2), NDArray.weakFloat(2.5)).repr());
        // np.clip(np.array([1, 2, 3]), 1.5, 2) -> array([1.5, 2. , 2. ])
        assertEquals("array([1.5, 2. , 2. ])", NDArray.int64(new long[] {1, 2, 3}, 3).clip(1.5, 2).repr());
        // np.sign(a), np.abs(a), np.maximum(a, 0)
        assertEquals("[-1.  0.  1.]", a.sign().toString());
        assertEquals("[2. 0. 3.]", a.abs().toString());
        assertEquals("[0. 0. 3.]", a.maximum(NDArray.weakInt(0)).toString());
        // np.maximum(np.array([-0.0, 0.0, np.nan]), 0.0) -> array([ 0.,  0., nan]);
        // np.maximum(0.0, np.array([-0.0])) -> array([-0.]); np.minimum(np.array([0.0]), -0.0) -> array([-0.])
        assertEquals("array([ 0.,  0., nan])", NDArray.of(-0.0, 0.0, Double.NaN).maximum(NDArray.weakFloat(0.0)).repr());
        assertEquals("array([-0.])", NDArray.weakFloat(0.0).maximum(NDArray.of(-0.0)).repr());
        assertEquals("array([-0.])", NDArray.of(0.0).minimum(NDArray.of(-0.0)).repr());
        assertEquals("array([-0.])", NDArray.of(0.0).maximum(NDArray.of(-0.0)).repr());
        // np.isnan(np.array([1, np.nan])), np.isinf(np.array([np.inf, 1]))
        assertEquals("[False  True]", NDArray.of(1, Double.NaN).isnan().toString());
        assertEquals("[ True False]", NDArray.of(Double.POSITIVE_INFINITY, 1).isinf().toString());
        // np.array([1, 2]) ** 2 -> array([1, 4]); np.power(2., np.array([1, 2])) -> array([2., 4.])
        assertEquals("array([1, 4])", NDArray.int64(new long[] {1, 2}, 2).pow(2L).repr());
        assertEquals("array([2., 4.])", NDArray.weakFloat(2).pow(NDArray.int64(new long[] {1, 2}, 2)).repr());
        // ~np.array([True, False]) -> [False  True]; ~np.array([0, 5]) -> [-1 -6]
        assertEquals("[False  True]", cond.invert().toString());
        assertEquals("[-1 -6]", NDArray.int64(new long[] {0, 5}, 2).invert().toString());
    }

    @Test
    void shapes() {
        NDArray a = NDArray.arange(6).reshape(2, 1, 3);
        // a.squeeze().shape -> (2, 3); np.expand_dims(np.zeros(3), 0).shape -> (1, 3)
        assertArrayEquals(new int[] {2, 3}, a.squeeze().shape());
        assertArrayEquals(new int[] {1, 3}, NDArray.zeros(3).expandDims(0).shape());
        // np.arange(6).reshape(2, 3).squeeze(0) -> ValueError
        assertEquals("cannot select an axis to squeeze out which has size not equal to one",
                assertThrows(ArgumentException.class, () -> NDArray.arange(6).reshape(2, 3).squeeze(0)).getMessage());
        // np.concatenate([np.zeros((2, 3)), np.ones((2, 3))], axis=1).shape -> (2, 6)
        assertArrayEquals(new int[] {2, 6}, NDArray.concatenate(new NDArray[] {NDArray.zeros(2, 3), NDArray.ones(2, 3)}, 1).shape());
        // np.concatenate([np.zeros((2, 3)), np.zeros((2, 2))])
        assertEquals("all the input array dimensions except for the concatenation axis must match exactly, but along "
                + "dimension 1, the array at index 0 has size 3 and the array at index 1 has size 2",
                assertThrows(ArgumentException.class, () -> NDArray.concatenate(NDArray.zeros(2, 3), NDArray.zeros(2, 2))).getMessage());
        // np.stack([np.arange(2), np.arange(2)], axis=1) -> [[0 0] [1 1]]
        assertEquals("[[0 0]\n [1 1]]", NDArray.stack(new NDArray[] {NDArray.arange(2), NDArray.arange(2)}, 1).toString());
        // np.vstack([np.arange(2), np.arange(2)]).shape -> (2, 2); np.hstack([np.arange(2), np.arange(3)]) -> [0 1 0 1 2]
        assertArrayEquals(new int[] {2, 2}, NDArray.vstack(NDArray.arange(2), NDArray.arange(2)).shape());
        assertEquals("[0 1 0 1 2]", NDArray.hstack(NDArray.arange(2), NDArray.arange(3)).toString());
        // np.concatenate([np.arange(2), np.array([0.5])]) -> [0.  1.  0.5]
        assertEquals("[0.  1.  0.5]", NDArray.concatenate(NDArray.arange(2), NDArray.of(0.5)).toString());
        // np.outer([1, 2], [3, 4]) -> [[3 4] [6 8]]; np.dot([1., 2.], [3., 4.]) -> 11.0
        assertEquals("[[3 4]\n [6 8]]", NDArray.arange(1, 3, 1).outer(NDArray.arange(3, 5, 1)).toString());
        assertEquals("11.0", NDArray.of(1, 2).dot(NDArray.of(3, 4)).toString());
        // a.ravel().shape -> (6,); a.flatten() is a copy
        assertArrayEquals(new int[] {6}, a.ravel().shape());
        assertEquals(2, a.len());
    }

    @Test
    void matmulOfStacksOfMatrices() {
        NDArray a = NDArray.arange(0, 24, 1.0).reshape(2, 3, 4);
        NDArray b = NDArray.arange(0, 20, 1.0).reshape(4, 5);
        // a @ b: shape (2, 3, 5), sum 13860.0, (a @ b)[1, 2] -> [670.0, 756.0, 842.0, 928.0, 1014.0]
        NDArray ab = a.matmul(b);
        assertArrayEquals(new int[] {2, 3, 5}, ab.shape());
        assertEquals(13860.0, ab.sum().item());
        assertEquals("[ 670.  756.  842.  928. 1014.]", ab.get(Index.at(1), Index.at(2)).toString());
        // np.arange(12.).reshape(3, 4) @ np.arange(40.).reshape(2, 4, 5): shape (2, 3, 5), sum 13620.0
        NDArray cd = NDArray.arange(0, 12, 1.0).reshape(3, 4).matmul(NDArray.arange(0, 40, 1.0).reshape(2, 4, 5));
        assertArrayEquals(new int[] {2, 3, 5}, cd.shape());
        assertEquals(13620.0, cd.sum().item());
        // np.arange(24.).reshape(2, 1, 3, 4) @ np.arange(40.).reshape(5, 4, 2): shape (2, 5, 3, 2), sum 54420.0
        NDArray ef = NDArray.arange(0, 24, 1.0).reshape(2, 1, 3, 4).matmul(NDArray.arange(0, 40, 1.0).reshape(5, 4, 2));
        assertArrayEquals(new int[] {2, 5, 3, 2}, ef.shape());
        assertEquals(54420.0, ef.sum().item());
        // a @ np.arange(4.): shape (2, 3), row 1 -> [86.0, 110.0, 134.0]
        NDArray av = a.matmul(NDArray.arange(0, 4, 1.0));
        assertEquals("[[ 14.  38.  62.]\n [ 86. 110. 134.]]", av.toString());
        // np.arange(6.).reshape(2, 3) @ np.zeros((2, 2, 2))
        assertEquals("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)", assertThrows(ShapeException.class,
                () -> NDArray.arange(0, 6, 1.0).reshape(2, 3).matmul(NDArray.zeros(2, 2, 2))).getMessage());
    }

    @Test
    void comparisonsOfWholeArrays() {
        // np.allclose([1, 2], [1, 2 + 1e-9]) -> True; np.isclose([1., np.inf], [1.1, np.inf]) -> [False  True]
        assertTrue(NDArray.of(1, 2).allclose(NDArray.of(1, 2 + 1e-9)));
        assertEquals("[False  True]", NDArray.of(1, Double.POSITIVE_INFINITY)
                .isclose(NDArray.of(1.1, Double.POSITIVE_INFINITY)).toString());
        // np.array_equal([1, 2], [1, 2]) -> True; np.array_equal([np.nan], [np.nan]) -> False
        assertTrue(NDArray.of(1, 2).arrayEqual(NDArray.of(1, 2)));
        assertFalse(NDArray.of(Double.NaN).arrayEqual(NDArray.of(Double.NaN)));
    }

    @Test
    void toListGivesPythonValues() {
        // np.array([[1, 2], [3, 4]]).tolist() -> [[1, 2], [3, 4]]; np.array([True]).tolist() -> [True]
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), NDArray.arange(1, 5, 1).reshape(2, 2).toList());
        assertEquals(List.of(true), NDArray.bools(new boolean[] {true}, 1).toList());
        assertEquals(2.5, NDArray.scalar(2.5).toList());
    }
}
