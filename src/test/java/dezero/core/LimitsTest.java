package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The engine's size limits: element counts are checked before anything is allocated and
 * reported with the real count; dimensions stop at numpy's 64. Messages are numpy 2.4's where it
 * has one (checked with python3), else they name the count and the limit.
 */
class LimitsTest {
    @Test
    void aShapeWithAZeroHasNoElementsHoweverLargeTheOthers() {
        // numpy 2.4: np.zeros((100000, 100000, 0)) -> shape (100000, 100000, 0), size 0;
        // np.zeros((0, -1)) -> ValueError: negative dimensions are not allowed.
        NDArray a = NDArray.zeros(100000, 100000, 0);
        assertEquals(0, a.size());
        assertEquals("negative dimensions are not allowed",
                assertThrows(ShapeException.class, () -> NDArray.zeros(0, -1)).getMessage());
    }

    @Test
    void arangeTooBigReportsItsRealCountNotIntMax() {
        // ceil((1e12 - 0) / 1) elements, the count numpy reports for np.arange(0, 1e12, 1).
        assertEquals("array is too big: shape (1000000000000,) has 1000000000000 elements, the limit is 100000000",
                assertThrows(ShapeException.class, () -> NDArray.arange(0, 1e12, 1)).getMessage());
        assertEquals("array is too big: shape (100000000000000000000,) has 100000000000000000000 elements, "
                + "the limit is 100000000", assertThrows(ShapeException.class,
                        () -> NDArray.arange(0, 1e20, 1)).getMessage());
    }

    @Test
    void arangeJustOverTheLimitFailsAndAtTheLimitsCountItIsExact() {
        assertEquals("array is too big: shape (100000001,) has 100000001 elements, the limit is 100000000",
                assertThrows(ShapeException.class, () -> NDArray.arange(0, NDArray.MAX_SIZE + 1, 1)).getMessage());
        assertEquals(3, NDArray.arange(0, 1, 0.4).size());
    }

    @Test
    void arangeWithoutALengthSaysSoAsNumpy() {
        // numpy: np.arange(0.0, nan) -> ValueError: arange: cannot compute length.
        assertEquals("arange: cannot compute length",
                assertThrows(ShapeException.class, () -> NDArray.arange(0, Double.NaN, 1)).getMessage());
        // numpy: np.arange(0.0, 1.0, 0.0) -> ZeroDivisionError: float division by zero
        assertEquals("float division by zero",
                assertThrows(ZeroDivisionException.class, () -> NDArray.arange(0, 1, 0.0)).getMessage());
        // numpy: np.arange(0, 1, 0) -> ZeroDivisionError: division by zero (the integer arange)
        assertEquals("division by zero", assertThrows(ZeroDivisionException.class, () -> NDArray.arange(0, 1, 0)).getMessage());
        // numpy: np.arange(0, inf) -> ValueError: Maximum allowed size exceeded.
        assertEquals("Maximum allowed size exceeded", assertThrows(ShapeException.class,
                () -> NDArray.arange(0, Double.POSITIVE_INFINITY, 1)).getMessage());
    }

    @Test
    void moreThanSixtyFourDimensionsIsNumpysError() {
        int[] shape = new int[NDArray.MAX_NDIM + 1];
        java.util.Arrays.fill(shape, 1);
        // numpy: np.ones((1,) * 65) -> ValueError with this text.
        assertEquals("maximum supported dimension for an ndarray is currently 64, found 65",
                assertThrows(ShapeException.class, () -> NDArray.ones(shape)).getMessage());
        assertThrows(ShapeException.class, () -> NDArray.scalar(1).reshape(shape));
        assertEquals(NDArray.MAX_NDIM, NDArray.ones(java.util.Arrays.copyOf(shape, NDArray.MAX_NDIM)).ndim());
    }

    @Test
    void everyKernelThatMakesABiggerArrayChecksItsSizeFirst() {
        NDArray column = NDArray.zeros(20_000, 1);
        NDArray row = NDArray.zeros(1, 20_000);
        String tooBig = "array is too big: shape (20000,20000) has 400000000 elements, the limit is 100000000";
        assertEquals(tooBig, assertThrows(ShapeException.class, () -> column.sub(row)).getMessage());
        assertEquals(tooBig, assertThrows(ShapeException.class, () -> row.div(column)).getMessage());
        assertEquals(tooBig, assertThrows(ShapeException.class, () -> column.matmul(row)).getMessage());
        assertEquals(tooBig, assertThrows(ShapeException.class, () -> row.broadcastTo(20_000, 20_000)).getMessage());
        assertThrows(ShapeException.class, () -> NDArray.linspace(0, 1, NDArray.MAX_SIZE + 1));
        assertThrows(ShapeException.class, () -> NDArray.full(2.0, 10_001, 10_000));
    }

    @Test
    void memoryErrorNamesSizeShapeAndHeapAsNumpyDoes() {
        MemoryException e = new MemoryException(800L << 20, new int[] {100_000_000}, 300L << 20, 6L << 30);
        assertEquals("Unable to allocate 800 MiB for an array with shape (100000000,) and data type float64 "
                + "(the Java heap has 300 MiB free of 6.0 GiB)", e.getMessage());
        assertEquals("74.5 GiB", MemoryException.size(80_000_000_000L));
    }
}
