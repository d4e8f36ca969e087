package dezero.functions;

import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.Function;
import dezero.core.Gc;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 17: a graph is freed as soon as its last variable is dropped (outputs are weak references). */
class MemoryTest {
    private static final int ITERATIONS = 10;

    @ParameterizedTest(name = "backward each time: {0}")
    @ValueSource(booleans = {false, true})
    void earlierGraphsAreNotReachable(boolean backward) {
        Well19937c rng = new Well19937c(17);
        List<WeakReference<Variable>> xs = new ArrayList<>();
        List<WeakReference<Variable>> ys = new ArrayList<>();
        List<WeakReference<Function>> creators = new ArrayList<>();
        Variable x = null;
        Variable y = null;
        for (int i = 0; i < ITERATIONS; i++) {
            x = new Variable(NDArray.randn(rng, 10_000));
            y = square(square(square(x)));
            if (backward) {
                y.backward();
            }
            xs.add(new WeakReference<>(x));
            ys.add(new WeakReference<>(y));
            creators.add(new WeakReference<>(y.creator));
        }
        Gc.awaitCollected("the graphs of the first " + (ITERATIONS - 1) + " iterations", () -> {
            for (int i = 0; i < ITERATIONS - 1; i++) {
                if (xs.get(i).get() != null || ys.get(i).get() != null || creators.get(i).get() != null) {
                    return false;
                }
            }
            return true;
        });
        assertSame(x, xs.get(ITERATIONS - 1).get());
        assertSame(y, ys.get(ITERATIONS - 1).get());
        assertEquals(10_000, y.size());
        x = null;
        y = null;
        Gc.awaitCollected("the last graph once dropped",
                () -> xs.get(ITERATIONS - 1).get() == null && ys.get(ITERATIONS - 1).get() == null);
    }
}
