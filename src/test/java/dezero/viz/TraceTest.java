package dezero.viz;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {

    @Test
    void diamondPrintsAddThenSquaresByGeneration() {
        Fixtures.Diamond d = Fixtures.diamond();
        List<String> lines = new ArrayList<>();
        try (Config.Scope scope = Config.listening(new Trace(lines::add))) {
            d.y().backward();
        }
        // By hand: dy/db = dy/dc = 1; db/da = 2a = 8 each; dx = 2x * (8 + 8) = 64.
        assertEquals(List.of(
                "Add  gen=2  gy=[1.0]  ->  gx=[1.0, 1.0]",
                "Square  gen=1  gy=[1.0]  ->  gx=[8.0]",
                "Square  gen=1  gy=[1.0]  ->  gx=[8.0]",
                "Square  gen=0  gy=[16.0]  ->  gx=[64.0]"), lines);
    }

    @Test
    void printStreamGetsOneLinePerFunction() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Fixtures.SquarePlusX g = Fixtures.squarePlusX();
        Config.setBackwardListener(new Trace(out));
        try {
            g.y().backward();
        } finally {
            Config.setBackwardListener(null);
        }
        // y = x**2 + x at 3: Add passes 1 to both; Pow gives 2 * 3 * 1 = 6.
        assertEquals("Add  gen=1  gy=[1.0]  ->  gx=[1.0, 1.0]" + System.lineSeparator()
                + "Pow  gen=0  gy=[1.0]  ->  gx=[6.0]" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void arraysAreShortenedToShapeAndFirstValues() {
        Variable w = new Variable(NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        List<String> lines = new ArrayList<>();
        try (Config.Scope scope = Config.listening(new Trace(lines::add))) {
            sum(mul(w, 0.5)).backward();
        }
        // The constant 0.5 is an input of Mul, as in DeZero: its gradient is sum(w) = 21.
        assertEquals(List.of(
                "Sum  gen=1  gy=[1.0]  ->  gx=[(2, 3) [1.0 1.0 1.0 ...]]",
                "Mul  gen=0  gy=[(2, 3) [1.0 1.0 1.0 ...]]  ->  gx=[(2, 3) [0.5 0.5 0.5 ...], 21.0]"), lines);
    }

    @Test
    void inputWithoutGradientPrintsNone() {
        Variable x = new Variable(3.0);
        Variable k = new Variable(4.0);
        Variable y = new FirstOnly().apply(x, k);
        List<String> lines = new ArrayList<>();
        try (Config.Scope scope = Config.listening(new Trace(lines::add))) {
            y.backward();
        }
        assertEquals(List.of("FirstOnly  gen=0  gy=[1.0]  ->  gx=[1.0, None]"), lines);
    }

    /** {@code x0 + x1} that differentiates only {@code x0}, as a function with a constant input would. */
    private static final class FirstOnly extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].add(xs[1]));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(gys[0], null);
        }
    }
}
