package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scripts/demos/*.dz runs through the command line as {@code scripts/dezero DEMO.dz} does:
 * exit 0, nothing on stderr, stdout exactly its golden file DEMO.out. And, so that a wrong golden
 * file cannot pass, each prints the values its step promises, derived by hand in the comments.
 * The Python-printed lines of the golden files are what python3 (numpy 2.4) with DeZero from
 * ../shared/peers/dezero, plus the book's Square, prints for the same statements under the
 * REPL's echo rules; what the commands print (graph, mem, trace, backward's report and stack
 * replay) is dezero-j's own rendering, checked by eye.
 */
class DemosTest {
    private static final Path DEMOS = Path.of("scripts/demos");
    private static final Map<String, MainTest.Run> RUNS = new ConcurrentHashMap<>();

    private static final Map<String, List<String>> PROMISED = Map.of(
            // Add of 2 and 3: one output, the inputs remembered.
            "step11.dz", List.of(
                    "y.data: 5.0",
                    "f.inputs: [variable(2.0), variable(3.0)]",
                    "number of outputs: 1"),
            // x0 + x1 is add(x0, x1); the user's Mul of 2 and 3 is 6.
            "step12.dz", List.of("y.data: 5.0", "z.creator: Add", "w = variable(6.0)"),
            // z = x^2 + y^2 at (2, 3): 13, dz/dx = 2x = 4, dz/dy = 2y = 6.
            "step13.dz", List.of("z = variable(13.0)", "x.grad = variable(4.0)", "y.grad = variable(6.0)"),
            // d(x+x)/dx = 2; then 2 + d(x+x+x)/dx = 5; after cleargrad 3 (the book's step 14).
            "step14.dz", List.of("x.grad = variable(2.0)", "x.grad = variable(5.0)", "x.grad = variable(3.0)"),
            // y = 2x^4 = 32, dy/dx = 8x^3 = 64. The stack pops Add, Square(c), Square(a) with
            // a.grad = 2a = 8 (x.grad = 2x * 8 = 32), Square(b), Square(a) again: 32 + 64 = 96.
            "step15.dz", List.of(
                    "y = variable(32.0)",
                    "stack order (steps 14-15):   Add  Square  Square  Square  Square",
                    "  x.grad = 96.0  (wrong)",
                    "generation order (step 16):  Add  Square  Square  Square",
                    "  x.grad = 64.0",
                    "x.grad = variable(64.0)"),
            // Generation order: Add(2), the Squares of a (1, each 2a * 1 = 8), then Square(x) once with 16.
            "step16.dz", List.of(
                    "generation of x, a, y: 0 1 3",
                    "Add  gen=2  gy=[1.0]  ->  gx=[1.0, 1.0]",
                    "Square  gen=1  gy=[1.0]  ->  gx=[8.0]",
                    "Square  gen=1  gy=[1.0]  ->  gx=[8.0]",
                    "Square  gen=0  gy=[16.0]  ->  gx=[64.0]",
                    "x.grad = variable(64.0)",
                    "   │           └─ x = 2.0   grad = 64.0"),
            // The output is weak, the input strong; of ten graphs the names keep the last: x, x^2, x^4, x^8.
            "step17.dz", List.of(
                    "f.outputs: [variable(4.0)]",
                    "f.outputs: [None]",
                    "f.inputs: [variable(2.0)]",
                    "4 Variables, 3 Functions reachable from 2 names; arrays hold 312.5 KB",
                    "dropped graphs: 9, collected: 9"),
            // y = x0 + (x0 + x1): intermediate grads dropped unless retained (then 1); no creator in nograd.
            "step18.dz", List.of(
                    "y.grad, t.grad: None None",
                    "y.grad, t.grad: variable(1.0) variable(1.0)",
                    "no_grad: y.creator, y.shape: None (100, 100, 100)",
                    "no_grad: y.creator, y.generation: None 0",
                    "y.creator: Square"),
            // f = x^4 - 2x^2: f'(2) = 4*8 - 4*2 = 24, f''(2) = 12*4 - 4 = 44; the issue's Newton sequence.
            "higher_order.dz", List.of(
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
            // Four arrays of 1,000,000 doubles: 32,000,000 bytes = 30.5 MiB; nine graphs dropped, then all ten.
            "memory.dz", List.of(
                    "0 Variables, 0 Functions reachable from 0 names; arrays hold 0 bytes",
                    "4 Variables, 3 Functions reachable from 2 names; arrays hold 30.5 MB",
                    "dropped graphs: 9, collected: 9",
                    "dropped graphs: 10, collected: 10"));

    static Stream<String> demos() throws IOException {
        try (Stream<Path> files = Files.list(DEMOS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dz")).sorted().toList().stream();
        }
    }

    /** One run of {@code dezero DEMO} with stdin empty and stdout not a terminal, as in CI or a pipe. */
    private static MainTest.Run run(String demo) {
        return RUNS.computeIfAbsent(demo, d -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {DEMOS.resolve(d).toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(out), new PrintWriter(err), false);
            return new MainTest.Run(code, out.toString(), err.toString());
        });
    }

    @Test
    void everyJShellDemoHasADzTwinAndEveryDzAGoldenFile() throws IOException {
        List<String> jsh;
        try (Stream<Path> files = Files.list(DEMOS)) {
            // A .jsh whose twin is a Python program (step49.py, whose golden DemoScriptsTest holds the
            // .jsh to) needs no .dz until the language runs the library.
            jsh = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh"))
                    .filter(n -> !Files.exists(DEMOS.resolve(n.replace(".jsh", ".py"))))
                    .map(n -> n.replace(".jsh", ".dz")).sorted().toList();
        }
        assertEquals(jsh, demos().toList());
        assertEquals(PROMISED.keySet().stream().sorted().toList(), demos().toList());
        for (String demo : jsh) {
            assertTrue(Files.isRegularFile(DEMOS.resolve(demo.replace(".dz", ".out"))), demo);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void demoPrintsExactlyItsGoldenFile(String demo) throws IOException {
        String golden = Files.readString(DEMOS.resolve(demo.replace(".dz", ".out")), StandardCharsets.UTF_8);
        assertEquals(new MainTest.Run(0, golden, ""), run(demo));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demos")
    void demoPrintsWhatItPromises(String demo) {
        List<String> lines = run(demo).out().lines().toList();
        int from = 0;
        for (String line : PROMISED.get(demo)) {
            int at = lines.subList(from, lines.size()).indexOf(line);
            assertTrue(at >= 0, () -> demo + ": missing (or out of order) \"" + line + "\" in " + lines);
            from += at + 1;
        }
    }

    @Test
    void everyDemoStartsWithACommentSayingWhatItTeaches() throws IOException {
        for (String demo : demos().toList()) {
            String first = Files.readAllLines(DEMOS.resolve(demo)).get(0);
            assertTrue(first.matches("# \\S.*"), demo + ": " + first);
        }
    }
}
