package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * int64 values past 2^53 (where a double stops holding every integer) are numpy's exactly:
 * arithmetic with wrap-around, comparisons, reductions, casts and printing. The tables come from
 * scripts/gen/int64_cases.py (rerun it with the python3 on the PATH, numpy 2.4): each edge case
 * states its numpy expression, and the random cases are a seeded property test over the whole
 * int64 range with numpy's results committed beside their operands.
 */
class Int64ExactTest {
    private static final Map<String, BinaryOperator<NDArray>> BINARY = Map.ofEntries(
            Map.entry("add", NDArray::add), Map.entry("subtract", NDArray::sub),
            Map.entry("multiply", NDArray::mul), Map.entry("floor_divide", NDArray::floorDiv),
            Map.entry("remainder", NDArray::mod), Map.entry("power", NDArray::pow),
            Map.entry("maximum", NDArray::maximum), Map.entry("minimum", NDArray::minimum),
            Map.entry("equal", NDArray::eq), Map.entry("not_equal", NDArray::ne), Map.entry("less", NDArray::lt),
            Map.entry("less_equal", NDArray::le), Map.entry("greater", NDArray::gt),
            Map.entry("greater_equal", NDArray::ge), Map.entry("bitwise_and", NDArray::and),
            Map.entry("bitwise_or", NDArray::or), Map.entry("bitwise_xor", NDArray::xor));
    private static final Map<String, UnaryOperator<NDArray>> UNARY = Map.of(
            "negative", NDArray::neg, "absolute", NDArray::abs, "sign", NDArray::sign,
            "square", NDArray::square, "invert", NDArray::invert);

    static Stream<Arguments> edgeCases() throws IOException {
        return DTypeTest.table("int64_cases.tsv").stream().map(r -> Arguments.of((Object[]) r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void edgeCaseIsNumpys(String expression, String op, String leftKind, String left, String rightKind,
                          String right, String dtype, String shape, String values, String printed) {
        NDArray a = operand(leftKind, left);
        NDArray r = switch (rightKind) {
            case "none" -> UNARY.get(op).apply(a);
            case "axis" -> reduce(a.reshape(3, 4), op, right.isEmpty() ? null : Integer.parseInt(right));
            case "dtype" -> a.astype(DType.of(right));
            default -> BINARY.get(op).apply(a, operand(rightKind, right));
        };
        assertResult(dtype, shape, values, r);
        assertEquals(DTypeTest.unescape(printed), r.toString(), "str()");
    }

    static Stream<Arguments> randomCases() throws IOException {
        return DTypeTest.table("int64_random.tsv").stream().map(r -> Arguments.of((Object[]) r));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("randomCases")
    void randomArithmeticIsNumpys(String seed, String op, String left, String right, String dtype, String values) {
        NDArray a = operand("int64", left);
        NDArray b = operand("int64", right);
        NDArray r = BINARY.get(op).apply(a, b);
        assertResult(dtype, String.valueOf(a.size()), values, r);
        // a broadcast 0-d operand goes through the same exact loop: its first element is a[0] op b[0]
        NDArray first = BINARY.get(op).apply(a, b.get(Index.at(0)));
        assertEquals(values.split(" ")[0], tokens(first)[0]);
    }

    private static NDArray reduce(NDArray m, String op, Integer axis) {
        int[] axes = axis == null ? null : new int[] {axis};
        return switch (op) {
            case "sum" -> m.sum(axes, false);
            case "prod" -> m.prod(axes, false);
            case "max" -> m.max(axes, false);
            case "min" -> m.min(axes, false);
            case "argmax" -> m.argmax(axis, false);
            case "argmin" -> m.argmin(axis, false);
            case "cumsum" -> axis == null ? m.cumsum() : m.cumsum(axis);
            case "mean" -> m.mean(axes, false);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** An operand of a table row: an int64 array, a weak Python int, or an array of another dtype. */
    private static NDArray operand(String kind, String text) {
        String[] parts = text.split(" ");
        if (kind.equals("weak")) {
            return NDArray.weakInt(Long.parseLong(text));
        }
        if (kind.equals("float64")) {
            return NDArray.of(Arrays.stream(parts).mapToDouble(DTypeTest::parse).toArray());
        }
        long[] v = Arrays.stream(parts).mapToLong(s -> s.equals("True") ? 1 : s.equals("False") ? 0 : Long.parseLong(s))
                .toArray();
        NDArray a = NDArray.int64(v, v.length);
        return kind.equals("int64") ? a : a.astype(DType.of(kind));
    }

    private static void assertResult(String dtype, String shape, String values, NDArray r) {
        if (dtype.equals("ERROR")) {
            fail("numpy raised " + shape + "; we gave " + r.repr());
        }
        assertEquals(dtype, r.dtype().numpyName(), "dtype");
        int[] s = shape.isEmpty() ? new int[0] : Arrays.stream(shape.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(s, r.shape(), "shape");
        String[] expected = values.isEmpty() ? new String[0] : values.split(" ");
        String[] actual = tokens(r);
        assertEquals(expected.length, actual.length, "size");
        for (int i = 0; i < expected.length; i++) {
            if (r.dtype().isFloat()) {
                double e = DTypeTest.parse(expected[i]);
                double v = r.flat(i);
                assertTrue(e == v || e != e && v != v, "element " + i + ": " + expected[i] + " != " + v);
            } else {
                assertEquals(expected[i], actual[i], "element " + i);
            }
        }
    }

    /** The elements as the generator writes them: exact integers, True/False, or the doubles. */
    private static String[] tokens(NDArray r) {
        String[] t = new String[r.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = r.dtype().isBool() ? (r.flat(i) != 0 ? "True" : "False")
                    : r.dtype().isInteger() ? Long.toString(r.longAt(i)) : Double.toString(r.flat(i));
        }
        return t;
    }

    // ---------------------------------------------------------------- storage

    private static final long BIG = (1L << 62) + 1;

    @Test
    void smallValuesKeepNoExactCopy() {
        // np.array([2**53, -2**53, 5]): every value is its double, so only the double[] exists
        assertNull(NDArray.int64(new long[] {1L << 53, -(1L << 53), 5}, 3).exactOrNull());
        assertNull(NDArray.arange(10).add(3).exactOrNull());
        // np.array([2**53 + 1]) needs the long[]
        assertEquals((1L << 53) + 1, NDArray.int64(new long[] {(1L << 53) + 1}, 1).exactOrNull()[0]);
    }

    @Test
    void exactValuesAndTheirDoublesAgree() {
        // the doubles are numpy's float64 of the int64 values: np.array([2**62 + 1]).astype(float)
        NDArray a = NDArray.int64(new long[] {BIG, (1L << 53) + 1}, 2);
        assertEquals((double) BIG, a.flat(0));
        assertEquals(0x1p53, a.flat(1));
        assertEquals("[4611686018427387905    9007199254740993]", a.toString());
    }

    @Test
    void viewsReadAndWriteExactValues() {
        // b = np.array([[1, 2], [3, 4]]); v = b[1]; v[0] = 2**62 + 1; b[1, 1] = -(2**62) - 1
        NDArray b = NDArray.int64(new long[] {1, 2, 3, 4}, 2, 2);
        NDArray v = b.view(Index.at(1));
        v.set(NDArray.weakInt(BIG), Index.at(0));
        assertEquals("[[                  1                   2]\n [4611686018427387905                   4]]",
                b.toString());
        b.set(NDArray.weakInt(-BIG), Index.at(1), Index.at(1));
        assertEquals("[ 4611686018427387905 -4611686018427387905]", v.toString());
        // a reshape shares the buffer and the exact values: r = b.reshape(4); r[0] = 2**62 + 3
        NDArray r = b.reshape(4);
        r.set(NDArray.weakInt(BIG + 2), Index.at(0));
        assertEquals(BIG + 2, b.longAt(0));
        // writing small values back leaves them exact too: b[1, 0] = 7
        b.set(NDArray.weakInt(7), Index.at(1), Index.at(0));
        assertEquals(7, v.longAt(0));
    }

    @Test
    void inPlaceOperatorsKeepExactValues() {
        // a = np.array([2**62, 1]); a += 1; a *= 2 (wraps past 2^63 as numpy's)
        NDArray a = NDArray.int64(new long[] {1L << 62, 1}, 2);
        a.addInPlace(NDArray.weakInt(1));
        assertEquals((1L << 62) + 1, a.longAt(0));
        a.mulInPlace(NDArray.weakInt(2));
        assertEquals(Long.MIN_VALUE + 2, a.longAt(0));
        assertEquals(4, a.longAt(1));
    }

    @Test
    void copiesCarryExactValues() {
        // np.array([[2**62 + 1, 2], [3, -(2**62) - 1]]) through transpose, broadcast, take, join, where
        NDArray m = NDArray.int64(new long[] {BIG, 2, 3, -BIG}, 2, 2);
        assertEquals(-BIG, m.transpose().longAt(3));
        assertEquals(2, m.transpose().longAt(2));
        assertEquals(BIG, m.get(Index.at(0)).broadcastTo(3, 2).longAt(4));
        assertEquals(-BIG, m.take(NDArray.int64(new long[] {-1}, 1)).longAt(0));
        assertEquals(-BIG, NDArray.concatenate(new NDArray[] {m, m}, 1).longAt(7));
        assertEquals(BIG, NDArray.stack(m, m).longAt(4));
        assertEquals(-BIG, m.flatten().longAt(3));
        assertEquals(BIG, m.copy().longAt(0));
        assertEquals(-BIG, m.get(Index.array(m.lt(NDArray.weakInt(0)))).longAt(0));
        NDArray w = NDArray.where(m.gt(NDArray.weakInt(2)), m, NDArray.weakInt(-1));
        assertEquals("[[4611686018427387905                  -1]\n [                  3                  -1]]",
                w.toString());
        assertEquals(java.util.List.of(java.util.List.of(BIG, 2L), java.util.List.of(3L, -BIG)), m.toList());
        assertTrue(m.equals(m.copy()));
        // 2**62 + 1 and 2**62 + 2 are one double, but not equal arrays
        NDArray n = m.copy();
        n.set(NDArray.weakInt(BIG + 1), Index.at(0), Index.at(0));
        assertEquals(m.flat(0), n.flat(0));
        assertFalse(m.equals(n));
        assertFalse(m.arrayEqual(n));
    }

    @Test
    void addAtSumsExactly() {
        // numpy: a = np.array([2**60, 1, 2**53]); np.add.at(a, [0, 0, 2, 2], [1, 2**60 + 3, 1, 1])
        // gives [2305843009213693956 1 9007199254740994]; b = np.zeros(3, dtype=np.int64);
        // np.add.at(b, [1, 1], 2**62) wraps to [0 -9223372036854775808 0]
        NDArray a = NDArray.int64(new long[] {1L << 60, 1, 1L << 53}, 3);
        a.addAt(new Index[] {Index.array(NDArray.int64(new long[] {0, 0, 2, 2}, 4))},
                NDArray.int64(new long[] {1, (1L << 60) + 3, 1, 1}, 4));
        assertEquals("[2305843009213693956                   1    9007199254740994]", a.toString());
        NDArray b = NDArray.zeros(DType.INT64, 3);
        b.addAt(new Index[] {Index.array(NDArray.int64(new long[] {1, 1}, 2))}, NDArray.weakInt(1L << 62));
        assertEquals("[                   0 -9223372036854775808                    0]", b.toString());
    }

    @Test
    void sortAndUniqueOrderExactValues() {
        // np.sort(np.array([2**53 + 2, 2**53, 2**53 + 1])), np.unique of [2**53 + 1, 2**53, 2**53 + 1]
        long p = 1L << 53;
        assertEquals("[9007199254740992 9007199254740993 9007199254740994]",
                NDArray.int64(new long[] {p + 2, p, p + 1}, 3).sort().toString());
        assertEquals("[1 2 0]", NDArray.int64(new long[] {p + 2, p, p + 1}, 3).argsort().toString());
        assertEquals("[9007199254740992 9007199254740993]",
                NDArray.int64(new long[] {p + 1, p, p + 1}, 3).unique().toString());
    }

    @Test
    void creationFromLongsIsExact() {
        // np.arange(2**62, 2**62 + 3), np.arange(-2**63 + 1, 2**63 - 1, 2**62) (the span exceeds a long),
        // np.full(2, 2**62 + 1), np.full(2, 2**62 + 1, dtype=np.int32) wraps to its low bits
        assertEquals("[4611686018427387904 4611686018427387905 4611686018427387906]",
                NDArray.arange(1L << 62, (1L << 62) + 3, 1).toString());
        assertEquals("[-9223372036854775807 -4611686018427387903                    1\n  4611686018427387905]",
                NDArray.arange(Long.MIN_VALUE + 1, Long.MAX_VALUE, 1L << 62).toString());
        assertEquals("[4611686018427387905 4611686018427387905]", NDArray.full(BIG, DType.INT64, 2).toString());
        assertEquals("[1 1]", NDArray.full(BIG, DType.INT32, 2).toString());
        assertEquals("array([ 9223372036854775807, -9223372036854775808])",
                NDArray.int64(new long[] {Long.MAX_VALUE, Long.MIN_VALUE}, 2).repr());
        assertEquals("np.int64(4611686018427387905)", NumpyFormat.scalarRepr(NDArray.weakInt(BIG)));
    }
}
