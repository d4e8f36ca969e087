package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TanhKernelTest {
    @ParameterizedTest
    @ValueSource(doubles = {1e-12, 1e-6, 1e-3, 0.1, 0.3, 0.6, 0.625, 1, 3, 10, 30})
    void staysWithinTwoUlpOfStrictMath(double scale) {
        Well19937c rng = new Well19937c(Double.doubleToLongBits(scale));
        for (int i = 0; i < 200_000; i++) {
            double x = rng.nextGaussian() * scale;
            double expected = StrictMath.tanh(x);
            double ulps = Math.abs(Unary.tanh(x) - expected) / Math.ulp(expected);
            assertTrue(ulps <= 2, "tanh(" + x + ") = " + Unary.tanh(x) + ", StrictMath " + expected);
        }
    }

    @Test
    void specialValuesMatchNumpy() {
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Unary.tanh(-0.0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(Unary.tanh(0.0)));
        assertEquals(1.0, Unary.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Unary.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Unary.tanh(Double.NaN)));
        assertEquals(Double.MIN_VALUE, Unary.tanh(Double.MIN_VALUE));
        assertEquals(-1.0, Unary.tanh(-800));
    }

    @Test
    void isOddAcrossTheBranchPoints() {
        for (double x : new double[] {0x1p-27, Math.nextDown(0x1p-27), 0.625, Math.nextUp(0.625), 22, Math.nextUp(22.0)}) {
            assertEquals(-Unary.tanh(x), Unary.tanh(-x), "x = " + x);
            assertEquals(StrictMath.tanh(x), Unary.tanh(x), 2 * Math.ulp(StrictMath.tanh(x)), "x = " + x);
        }
    }

    @Test
    void arrayTanhUsesTheKernel() {
        NDArray x = NDArray.of(-2, -0.5, 0, 0.5, 2);
        NDArray y = x.tanh();
        for (int i = 0; i < x.size(); i++) {
            assertEquals(StrictMath.tanh(x.flat(i)), y.flat(i), 2 * Math.ulp(y.flat(i)));
        }
    }

    @org.junit.jupiter.api.Test
    void arrayLoopGivesTheScalarKernelsValuesBitForBit() {
        java.util.Random rng = new java.util.Random(17);
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.625, -0.625,
            Math.nextUp(0.625), -Math.nextUp(0.625), Math.nextDown(0.625), 22, -22, Math.nextUp(22.0), 23, 800,
            1e-300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-27, -0x1p-27, Math.nextDown(0x1p-27), 0x1p-28,
            19.1, 21.99, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL};
        // Several chunks, a ragged last one, and the specials at both ends of a chunk.
        double[] a = new double[3000 + 2 * specials.length];
        for (int i = 0; i < a.length; i++) {
            double scale = i % 3 == 0 ? 3 : i % 3 == 1 ? 1e-5 : 30;
            a[i] = rng.nextGaussian() * scale;
        }
        System.arraycopy(specials, 0, a, 0, specials.length);
        System.arraycopy(specials, 0, a, 1024 - specials.length / 2, specials.length);
        double[] r = new double[a.length];
        Unary.tanh(a, r, 0, a.length);
        for (int i = 0; i < a.length; i++) {
            double expected = Unary.tanh(a[i]);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(r[i]), "tanh(" + a[i] + ")");
            } else {
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(r[i]), "tanh(" + a[i] + ")");
            }
        }
        double[] part = new double[a.length];
        Unary.tanh(a, part, 5, 1500);
        for (int i = 5; i < 1500; i++) {
            assertEquals(Double.doubleToRawLongBits(r[i]), Double.doubleToRawLongBits(part[i]));
        }
        assertEquals(0.0, part[4]);
        assertEquals(0.0, part[1500]);
    }
}
