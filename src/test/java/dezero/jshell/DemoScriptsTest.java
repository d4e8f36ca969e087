package dezero.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scripts/demos/*.jsh runs after startup.jsh with no snippet rejected or thrown, and prints
 * the lines it promises, in order. Expected values are the book's or derived by hand in the
 * comments; the Newton sequence and the sin/cos values were checked with Python. The demos keep
 * no per-thread state between snippets, so they run on the fast local engine.
 */
class DemoScriptsTest {
    private static final Path DEMOS = JShellScript.HOME.resolve("scripts/demos");

    private static final Map<String, List<String>> PROMISED = withGolden("step49.jsh", "step49.out", Map.of(
            // Add of 2 and 3, one output.
            "step11.jsh", List.of(
                    "number of outputs: 1",
                    "y.data: 5.0",
                    "f.inputs(): [variable(2.0), variable(3.0)]"),
            "step12.jsh", List.of(
                    "Add().apply(x0, x1): variable(5.0)",
                    "y = add(x0, x1): variable(5.0)"),
            // z = x^2 + y^2 at (2, 3): 13, dz/dx = 2x = 4, dz/dy = 2y = 6.
            "step13.jsh", List.of("z.data: 13.0", "x.grad: variable(4.0)", "y.grad: variable(6.0)"),
            // d(x+x)/dx = 2; then 2 + d(x+x+x)/dx = 5; after cleargrad 3 (the book's step 14).
            "step14.jsh", List.of(
                    "y = add(x, x), x.grad: variable(2.0)",
                    "y = add(add(x, x), x) without cleargrad, x.grad: variable(5.0)",
                    "the same after x.cleargrad(), x.grad: variable(3.0)"),
            // y = 2 x^4 = 32, dy/dx = 8 x^3 = 64. The stack pops D C A B A: A first with
            // a.grad = 2a = 8 (x.grad += 2x * 8 = 32), then with a.grad = 16 (x.grad += 64) = 96.
            "step15.jsh", List.of(
                    "y.data: 32.0",
                    "plain stack, order: D C A B A",
                    "plain stack, x.grad: variable(96.0)  (wrong)",
                    "engine backward, x.grad: variable(64.0)"),
            // Generation = largest input generation (+1 for outputs); the last queued of equal
            // generations runs first (C before B), each gradient 2a * 1 = 8, then A: 2x * 16.
            "step16.jsh", List.of(
                    "generations: x 0, a 1, b 2, c 2, y 3",
                    "creators: a <- <Square gen=0>, b <- <Square gen=1>, c <- <Square gen=1>, y <- <Add gen=2>",
                    "backward of D <Add gen=2>: gy variable(1.0) -> gx [variable(1.0), variable(1.0)]",
                    "backward of C <Square gen=1>: gy variable(1.0) -> gx [variable(8.0)]",
                    "backward of B <Square gen=1>: gy variable(1.0) -> gx [variable(8.0)]",
                    "backward of A <Square gen=0>: gy variable(16.0) -> gx [variable(64.0)]",
                    "y.data: 32.0",
                    "x.grad: variable(64.0)"),
            // sin(0.5) = 0.479425538604203, cos(0.5) = 0.8775825618903728 (Python's math).
            "step17.jsh", List.of(
                    "f.outputs() (weak): [variable(4.0)]",
                    "y collected: true",
                    "f.outputs() now: [null]",
                    "f.inputs() still: [variable(2.0)]",
                    "unused cos output collected: true",
                    "s.creator.outputs(): [variable(0.479425538604203), null]",
                    "t.grad (d sin(t)/dt = cos(0.5)): variable(0.8775825618903728)"),
            // y = x0 + (x0 + x1): dy/dx0 = 2, dy/dx1 = 1; retained intermediate grads are 1.
            "step18.jsh", List.of(
                    "backward(): y.grad None, t.grad None",
                    "backward(): x0.grad variable(2.0), x1.grad variable(1.0)",
                    "backward(true): y.grad variable(1.0), t.grad variable(1.0)",
                    "using_config: z.creator None, z.shape [100, 100, 100]",
                    "no_grad: y = variable(4.0), y.creator None, y.generation 0",
                    "after the block: backprop enabled true, y.creator <Square gen=0>"),
            // f = x^4 - 2x^2: f'(2) = 4*8 - 4*2 = 24, f''(2) = 12*4 - 4 = 44; the issue's sequence.
            "higher_order.jsh", List.of(
                    "f'(2) = variable(24.0)",
                    "f''(2) = variable(44.0)",
                    "0 variable(2.0)",
                    "1 variable(1.4545454545454546)",
                    "2 variable(1.1510467893775467)",
                    "3 variable(1.0253259289766978)",
                    "4 variable(1.0009084519430513)",
                    "5 variable(1.0000012353089454)",
                    "6 variable(1.000000000002289)",
                    "7 variable(1.0)"),
            // One graph of the ten is still referenced by x and y after the loop, none after.
            "memory.jsh", List.of(
                    "graphs alive after the loop: x 1 of 10, y 1 of 10",
                    "graphs alive: x 0 of 10, y 0 of 10")));

    /** {@code promised} plus a demo that promises every line of a golden file Python + DeZero wrote (step 49's twin .py). */
    private static Map<String, List<String>> withGolden(String demo, String golden, Map<String, List<String>> promised) {
        Map<String, List<String>> all = new java.util.HashMap<>(promised);
        try {
            all.put(demo, Files.readAllLines(DEMOS.resolve(golden)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.copyOf(all);
    }

    static Stream<String> demos() throws IOException {
        try (Stream<Path> files = Files.list(DEMOS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh")).sorted().toList().stream();
        }
    }

    private static List<String> run(String demo) {
        try (JShellScript jshell = new JShellScript(JShellScript.Engine.LOCAL)) {
            jshell.evalFile(DEMOS.resolve(demo));
            assertEquals(List.of(), jshell.problems(), demo);
            return jshell.outputLines();
        }
    }

    @Test
    void everyDemoOfTheIssueExistsAndNoOther() throws IOException {
        assertEquals(PROMISED.keySet().stream().sorted().toList(), demos().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void demoRunsCleanlyAndPrintsWhatItPromises(String demo) {
        List<String> out = run(demo);
        assertInOrder(PROMISED.get(demo), out, demo);
        if (demo.equals("memory.jsh")) {
            assertHeapStaysFlat(out);
        }
    }

    /** Each graph holds four 8 MB arrays: ten kept graphs would add 288 MB over the loop. */
    private static void assertHeapStaysFlat(List<String> out) {
        Pattern iteration = Pattern.compile("iteration \\d: heap in use (\\d+) MB");
        List<Long> heap = new ArrayList<>();
        for (String line : out) {
            Matcher m = iteration.matcher(line);
            if (m.matches()) {
                heap.add(Long.parseLong(m.group(1)));
            }
        }
        assertEquals(10, heap.size(), out::toString);
        long spread = heap.stream().mapToLong(Long::longValue).max().orElseThrow()
                - heap.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(spread < 32, () -> "heap in use varied by " + spread + " MB over the loop: " + heap);
    }

    private static void assertInOrder(List<String> expected, List<String> actual, String demo) {
        int from = 0;
        for (String line : expected) {
            int at = actual.subList(from, actual.size()).indexOf(line);
            assertTrue(at >= 0, () -> demo + ": missing (or out of order) \"" + line + "\" in " + actual);
            from += at + 1;
        }
    }
}
