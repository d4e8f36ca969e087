package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkersTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100, 101, 250, 1001, 100_000})
    void splitVisitsEveryIndexOnce(int n) {
        AtomicIntegerArray seen = new AtomicIntegerArray(n);
        Workers.split(n, 50, (from, to) -> {
            for (int i = from; i < to; i++) {
                seen.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, seen.get(i), "index " + i);
        }
    }

    /** tanh of an array large enough to be split gives, element by element, the scalar kernel's value. */
    @Test
    void splitTanhIsTheScalarKernelBitForBit() {
        NDArray x = NDArray.randn(new Well19937c(5), 300_001).mul(3.0);
        double[] in = x.toArray();
        double[] expected = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            expected[i] = Unary.tanh(in[i]);
        }
        assertArrayEquals(expected, Unary.tanh(x).toArray());
    }

    @Test
    void aHelpersFailureReachesTheCaller() {
        List<Callable<Void>> others = List.of(() -> {
            throw new ShapeException("from a helper");
        });
        ShapeException e = assertThrows(ShapeException.class, () -> Workers.run(others, () -> { }));
        assertEquals("from a helper", e.getMessage());
    }
}
