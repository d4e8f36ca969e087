package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sums against numpy 2.4.6: the literals were printed by {@code a.sum(axis=..., keepdims=...)}
 * with {@code a = np.arange(24.).reshape(2, 3, 4) * 0.5}, and by {@code np.sum} of the seeded
 * array below.
 */
class ReductionTest {
    private static final NDArray A = NDArray.arange(0, 24, 1).mul(0.5).reshape(2, 3, 4);

    static Stream<Arguments> axisSums() {
        double[] axis0 = {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17};
        double[] axis1 = {6, 7.5, 9, 10.5, 24, 25.5, 27, 28.5};
        double[] axis2 = {3, 11, 19, 27, 35, 43};
        double[] axes02 = {30, 46, 62};
        return Stream.of(
                Arguments.of(null, false, new int[] {}, new double[] {138}),
                Arguments.of(null, true, new int[] {1, 1, 1}, new double[] {138}),
                Arguments.of(new int[] {0}, false, new int[] {3, 4}, axis0),
                Arguments.of(new int[] {0}, true, new int[] {1, 3, 4}, axis0),
                Arguments.of(new int[] {1}, false, new int[] {2, 4}, axis1),
                Arguments.of(new int[] {1}, true, new int[] {2, 1, 4}, axis1),
                Arguments.of(new int[] {2}, false, new int[] {2, 3}, axis2),
                Arguments.of(new int[] {2}, true, new int[] {2, 3, 1}, axis2),
                Arguments.of(new int[] {-1}, false, new int[] {2, 3}, axis2),
                Arguments.of(new int[] {-1}, true, new int[] {2, 3, 1}, axis2),
                Arguments.of(new int[] {-2}, false, new int[] {2, 4}, axis1),
                Arguments.of(new int[] {-2}, true, new int[] {2, 1, 4}, axis1),
                Arguments.of(new int[] {0, 2}, false, new int[] {3}, axes02),
                Arguments.of(new int[] {0, 2}, true, new int[] {1, 3, 1}, axes02),
                Arguments.of(new int[] {-1, 0}, false, new int[] {3}, axes02),
                Arguments.of(new int[] {-1, 0}, true, new int[] {1, 3, 1}, axes02),
                Arguments.of(new int[] {0, 1, 2}, false, new int[] {}, new double[] {138}),
                Arguments.of(new int[] {0, 1, 2}, true, new int[] {1, 1, 1}, new double[] {138}));
    }

    @ParameterizedTest
    @MethodSource("axisSums")
    void sumOverAxesMatchesNumpy(int[] axes, boolean keepdims, int[] shape, double[] expected) {
        NDArray r = A.sum(axes, keepdims);
        assertArrayEquals(shape, r.shape());
        assertArrayEquals(expected, r.toArray());
    }

    @Test
    void sumOfAllIsAScalar() {
        assertEquals(NDArray.scalar(138), A.sum());
        assertEquals(NDArray.scalar(0), NDArray.zeros(0).sum());
    }

    @Test
    void sumOverEmptyAxisGivesZeros() {
        assertArrayEquals(new double[] {0, 0, 0}, NDArray.zeros(3, 0).sum(new int[] {1}, false).toArray());
    }

    /** 10,000 seeded values, as written for numpy: {@code Well19937c(2024).nextGaussian() * 1000}. */
    private static double[] seededValues() {
        Well19937c rng = new Well19937c(2024L);
        double[] v = new double[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian() * 1000;
        }
        return v;
    }

    @Test
    void pairwiseSumEqualsNumpyBitForBit() {
        double[] v = seededValues();
        // np.sum(v) = 92724.55188093263 (0x1.6a348d48119cfp+16); a left-to-right loop gives ...251.
        assertEquals(92724.55188093263, NDArray.of(v).sum().item());
        double naive = 0;
        for (double d : v) {
            naive += d;
        }
        assertNotEquals(92724.55188093263, naive);
    }

    @Test
    void rowAndColumnSumsEqualNumpyBitForBit() {
        NDArray m = NDArray.of(seededValues()).reshape(100, 100);
        // np.sum(m, axis=1)[:2] and [-2:], np.sum(m, axis=0)[:3]
        NDArray rows = m.sum(new int[] {1}, false);
        assertEquals(16516.83583491116, rows.flat(0));
        assertEquals(-6803.979121686745, rows.flat(1));
        assertEquals(12799.368985147894, rows.flat(98));
        assertEquals(-12065.978068885363, rows.flat(99));
        NDArray columns = m.sum(new int[] {0}, false);
        assertArrayEquals(new double[] {1634.884459214457, -2020.4250389452216, 5386.507683320424},
                new double[] {columns.flat(0), columns.flat(1), columns.flat(2)});
    }

    @Test
    void axisOutOfRangeUsesNumpyMessage() {
        NDArray m = NDArray.ones(2, 3);
        ShapeException e = assertThrows(ShapeException.class, () -> m.sum(new int[] {2}, false));
        assertEquals("axis 2 is out of bounds for array of dimension 2", e.getMessage());
        assertThrows(ShapeException.class, () -> m.sum(new int[] {-3}, false));
        e = assertThrows(ShapeException.class, () -> m.sum(new int[] {0, -2}, false));
        assertEquals("duplicate value in 'axis'", e.getMessage());
    }
}
