package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * numpy indexing: get, set and np.add.at over 3,000 random shapes and index expressions from
 * scripts/gen/index_cases.py (numpy 2.4; rerun it with the python3 on the PATH), and the
 * book's forms written out, each with the numpy expression that gives the expected value.
 */
class IndexingTest {
    static Stream<Arguments> cases() throws IOException {
        return DTypeTest.table("index_cases.tsv.gz").stream().map(r -> Arguments.of((Object[]) r));
    }

    static int[] ints(String text) {
        return text.isEmpty() ? new int[0] : Arrays.stream(text.split("[, ]")).mapToInt(Integer::parseInt).toArray();
    }

    static double[] doubles(String text) {
        return Arrays.stream(ints(text)).asDoubleStream().toArray();
    }

    static Index[] parse(String text) {
        List<Index> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.equals("N")) {
                out.add(Index.NEWAXIS);
            } else if (part.equals("E")) {
                out.add(Index.ELLIPSIS);
            } else if (part.startsWith("i:")) {
                out.add(Index.at(Long.parseLong(part.substring(2))));
            } else if (part.startsWith("s:")) {
                String[] p = part.substring(2).split(",");
                out.add(Index.slice(opt(p[0]), opt(p[1]), opt(p[2])));
            } else {
                String[] p = part.substring(2).split("\\|", -1);
                NDArray a = NDArray.of(doubles(p[1]), part.startsWith("a:") ? DType.INT64 : DType.BOOL, ints(p[0]));
                out.add(Index.array(a));
            }
        }
        return out.toArray(new Index[0]);
    }

    private static Integer opt(String s) {
        return s.equals("None") ? null : Integer.valueOf(s);
    }

    private static NDArray arange(int[] shape) {
        int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        return NDArray.arange(0, n, 1.0).reshape(shape);
    }

    @ParameterizedTest(name = "x{0}[{1}]")
    @MethodSource("cases")
    void indexingMatchesNumpy(String shapeText, String indexText, String get, String set, String addAt) {
        int[] shape = ints(shapeText);
        Index[] index = parse(indexText);
        NDArray x = arange(shape);
        if (get.startsWith("ERROR|")) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> x.get(index));
            assertEquals(get.substring(get.indexOf(": ") + 2), e.getMessage());
            return;
        }
        String[] g = get.split("\\|", -1);
        NDArray r = x.get(index);
        assertArrayEquals(ints(g[0]), r.shape(), "shape");
        assertArrayEquals(doubles(g[1]), r.toArray(), "values");

        NDArray y = arange(shape);
        NDArray values = NDArray.arange(0, r.size(), 1.0).reshape(r.shape()).rsub(-1.0);
        y.set(values, index);
        assertArrayEquals(doubles(set), y.toArray(), "after set");

        NDArray z = NDArray.zeros(shape);
        z.addAt(index, NDArray.scalar(1.0));
        assertArrayEquals(doubles(addAt), z.toArray(), "after add.at");
    }

    @Test
    void theBooksForms() {
        NDArray x = NDArray.arange(0, 12, 1.0).reshape(3, 4);
        // x[:, 0] -> [0. 4. 8.]
        assertEquals("[0. 4. 8.]", x.get(Index.ALL, Index.at(0)).toString());
        // x[1:, ::2] -> [[ 4.  6.] [ 8. 10.]]
        assertEquals("[[ 4.  6.]\n [ 8. 10.]]", x.get(Index.slice(1, null, null), Index.slice(null, null, 2)).toString());
        // x[np.arange(3), np.array([2, 0, 1])] -> [2. 4. 9.]
        NDArray t = NDArray.int64(new long[] {2, 0, 1}, 3);
        assertEquals("[2. 4. 9.]", x.get(Index.array(NDArray.arange(0, 3, 1.0).astype(DType.INT64)), Index.array(t)).toString());
        // x[x > 5] -> [ 6.  7.  8.  9. 10. 11.]
        assertEquals("[ 6.  7.  8.  9. 10. 11.]", x.get(Index.array(x.gt(NDArray.weakInt(5)))).toString());
        // x[None, 0].shape -> (1, 4); x[..., 1] -> [1. 5. 9.]
        assertArrayEquals(new int[] {1, 4}, x.get(Index.NEWAXIS, Index.at(0)).shape());
        assertEquals("[1. 5. 9.]", x.get(Index.ELLIPSIS, Index.at(1)).toString());
        // x[1, 2] is np.float64(6.0)
        assertEquals("np.float64(6.0)", NumpyFormat.scalarRepr(x.get(Index.at(1), Index.at(2))));
    }

    @Test
    void assignmentInPlace() {
        // a = np.zeros(4); a[0] = 1; a[a == 0] = 5; a[1:3] += 2 -> [1. 7. 7. 5.]
        NDArray a = NDArray.zeros(4);
        a.set(1, Index.at(0));
        a.set(NDArray.weakFloat(5), Index.array(a.eq(NDArray.weakFloat(0))));
        Index[] mid = {Index.slice(1, 3, null)};
        a.set(a.get(mid).add(2L), mid);
        assertEquals("[1. 7. 7. 5.]", a.toString());
        // b = np.arange(6).reshape(2, 3); b[:, 1] += 2 -> [[0 3 2] [3 6 5]]
        NDArray b = NDArray.int64(new long[] {0, 1, 2, 3, 4, 5}, 2, 3);
        Index[] col = {Index.ALL, Index.at(1)};
        b.set(b.get(col).add(2L), col);
        assertEquals("[[0 3 2]\n [3 6 5]]", b.toString());
        // i = np.zeros(2, int); i[0] = 1.7 -> [1 0] (assignment truncates)
        NDArray i = NDArray.zeros(DType.INT64, 2);
        i.set(1.7, Index.at(0));
        assertEquals("[1 0]", i.toString());
    }

    @Test
    void inPlaceOperatorsChangeTheSameObject() {
        // v = np.ones(3); w = v; v *= 0.9; w -> [0.9 0.9 0.9]
        NDArray v = NDArray.ones(3);
        NDArray w = v;
        v.mulInPlace(NDArray.weakFloat(0.9));
        assertEquals("[0.9 0.9 0.9]", w.toString());
        // f = np.zeros(3, np.float32); f += np.ones(3) stays float32
        NDArray f = NDArray.zeros(DType.FLOAT32, 3);
        f.addInPlace(NDArray.ones(3));
        assertEquals(DType.FLOAT32, f.dtype());
        // b = np.arange(3); b += 1.5 -> UFuncTypeError
        NDArray b = NDArray.int64(new long[] {0, 1, 2}, 3);
        assertEquals("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                assertThrows(DTypeException.class, () -> b.addInPlace(NDArray.weakFloat(1.5))).getMessage());
        // c = np.zeros(3); c += np.ones((2, 3)) -> ValueError
        assertEquals("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                assertThrows(ShapeException.class, () -> NDArray.zeros(3).addInPlace(NDArray.ones(2, 3))).getMessage());
    }

    @Test
    void addAtAccumulatesRepeatedIndices() {
        // g = np.zeros(3); np.add.at(g, np.array([0, 0, 2]), np.array([1., 2., 3.])) -> [3. 0. 3.]
        NDArray g = NDArray.zeros(3);
        g.addAt(new Index[] {Index.array(NDArray.int64(new long[] {0, 0, 2}, 3))}, NDArray.of(1, 2, 3));
        assertEquals("[3. 0. 3.]", g.toString());
    }

    @Test
    void errorsUseNumpysTexts() {
        NDArray a = NDArray.arange(0, 12, 1.0).reshape(3, 4);
        // a[5]
        assertEquals("index 5 is out of bounds for axis 0 with size 3",
                assertThrows(IndexException.class, () -> a.get(Index.at(5))).getMessage());
        // np.arange(3)[0, 1]
        assertEquals("too many indices for array: array is 1-dimensional, but 2 were indexed",
                assertThrows(IndexException.class, () -> NDArray.arange(0, 3, 1.0).get(Index.at(0), Index.at(1))).getMessage());
        // a[np.array([1.0])]
        assertEquals("arrays used as indices must be of integer (or boolean) type",
                assertThrows(IndexException.class, () -> Index.array(NDArray.of(1.0))).getMessage());
        // a[::0]
        assertEquals("slice step cannot be zero",
                assertThrows(ArgumentException.class, () -> a.get(Index.slice(null, null, 0))).getMessage());
        // b[0] = np.array([1, 2, 3]) for b of shape (3, 4)
        assertEquals("could not broadcast input array from shape (3,) into shape (4,)",
                assertThrows(ShapeException.class, () -> a.set(NDArray.of(1, 2, 3), Index.at(0))).getMessage());
    }
}
