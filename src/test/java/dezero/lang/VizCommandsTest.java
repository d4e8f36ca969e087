package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dezero.viz.DotRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph views as REPL commands, on the diamond of step 16:
 * {@code x = Variable(np.array(2.0)); a = square(x); y = add(square(a), square(a))}, so y = 2x^4 = 32
 * and dy/dx = 8x^3 = 64 (python3 + DeZero print the same). The expected texts are renderings, the
 * README's, drawn by hand and checked by eye.
 */
class VizCommandsTest {
    private static final String DIAMOND = "x = Variable(np.array(2.0)); a = square(x); y = add(square(a), square(a))";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Session session = new Session();

    @TempDir
    Path dir;

    private String out(String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), () -> "unexpected error for " + line);
        return r.out();
    }

    /** The error's last line (the one naming its kind); the session must print nothing else. */
    private String error(String line) {
        Result r = session.eval(line);
        assertEquals("", r.out(), () -> "unexpected output for " + line);
        assertFalse(r.err().contains("Exception"), r.err());
        String[] lines = r.err().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void graphDrawsTheDiamondInBoxDrawingWhenTheOutputIsUnicode() {
        session.setUnicode(true);
        out(DIAMOND + "\nbackward y");
        assertEquals("""
                y = 32.0
                └─ <Add gen=2>
                   ├─ x1 = 16.0
                   │  └─ <Square gen=1>
                   │     └─ a = 4.0
                   │        └─ <Square gen=0>
                   │           └─ x = 2.0   grad = 64.0
                   └─ x2 = 16.0
                      └─ <Square gen=1>
                         └─ a  (see above)
                """, out("graph y"));
    }

    @Test
    void graphIsAsciiWithTheFlagOrWhenTheOutputIsNotUnicode() {
        String ascii = """
                y = 32.0
                `-- <Add gen=2>
                    |-- x1 = 16.0
                    |   `-- <Square gen=1>
                    |       `-- a = 4.0
                    |           `-- <Square gen=0>
                    |               `-- x = 2.0
                    `-- x2 = 16.0
                        `-- <Square gen=1>
                            `-- a  (see above)
                """;
        out(DIAMOND);
        assertEquals(ascii, out("graph y"), "a session is ASCII until its front end says otherwise");
        session.setUnicode(true);
        assertEquals(ascii, out("graph y --ascii"));
    }

    @Test
    void graphOfALeafIsOneLine() {
        assertEquals("x = variable(2.0)\nx = 2.0\n", out("x = Variable(np.array(2.0))\ngraph x"));
    }

    @Test
    void traceOnPrintsEachBackwardStepInOrderWithTheOtherOutput() {
        out(DIAMOND);
        assertEquals("trace is off\n", out("trace"));
        assertEquals("", out("trace on"));
        assertEquals("trace is on: every backward prints one line per function\n", out("trace"));
        assertEquals("""
                before
                Add  gen=2  gy=[1.0]  ->  gx=[1.0, 1.0]
                Square  gen=1  gy=[1.0]  ->  gx=[8.0]
                Square  gen=1  gy=[1.0]  ->  gx=[8.0]
                Square  gen=0  gy=[16.0]  ->  gx=[64.0]
                x.grad = variable(64.0)
                after
                """, out("print('before')\nbackward y\nprint('after')"));
    }

    @Test
    void traceStaysOnAcrossLinesAndThreadsUntilTurnedOff() throws InterruptedException {
        out("trace on");
        AtomicReference<String> seen = new AtomicReference<>();
        Thread worker = new Thread(() -> seen.set(session.eval("x = Variable(np.array(3.0)); y = square(x); y.backward();").out()));
        worker.start();
        worker.join();
        // d(x^2)/dx = 2x = 6 at x = 3; the trailing ';' silences echoes, not the trace.
        assertEquals("Square  gen=0  gy=[1.0]  ->  gx=[6.0]\n", seen.get());
        out("trace off\ntrace off");
        assertEquals("x.grad = variable(12.0)\n", out("backward y"), "no trace once off; grads accumulate");
    }

    @Test
    void traceWantsOnOrOff() {
        assertEquals("ValueError: unexpected 'sideways'; usage: trace [on|off]", error("trace sideways"));
    }

    @Test
    void backwardStackComparesTheOrdersAndLeavesTheGradsAlone() {
        out(DIAMOND);
        String replay = """
                stack order (steps 14-15):   Add  Square  Square  Square  Square
                  generation:                2    1       0       1       0
                  ran more than once:        Square gen=0 (2 times)
                  x.grad = 96.0  (wrong)
                generation order (step 16):  Add  Square  Square  Square
                  generation:                2    1       1       0
                  x.grad = 64.0
                (replayed on scratch gradients: no variable's grad was changed)
                """;
        assertEquals(replay, out("backward y stack"));
        assertEquals("None None None\n", out("print(x.grad, a.grad, y.grad)"));
        out("backward y retain");
        assertEquals(replay, out("backward y stack"), "a y.grad of ones seeds the replay as it seeds backward");
        // Retained: y.grad = 1, a.grad = 16 (8 from each Square), x.grad = 2x * 16 = 64.
        assertEquals("variable(64.0) variable(16.0) variable(1.0)\n", out("print(x.grad, a.grad, y.grad)"));
    }

    @Test
    void stackStandsAlone() {
        out(DIAMOND);
        assertEquals("ValueError: 'stack' stands alone: 'backward NAME stack' replays on scratch gradients, with no "
                + "retain or create_graph", error("backward y retain stack"));
        assertEquals("None\n", out("print(x.grad)"));
    }

    @Test
    void memCountsWhatTheNamesKeepAndTheGraphsTheyDropped() {
        out(DIAMOND);
        // x, a, the two unnamed squares and y: 5 Variables of 8 bytes; 3 Squares and an Add.
        assertEquals("5 Variables, 4 Functions reachable from 3 names; arrays hold 40 bytes\n", out("mem --no-heap"));
        out("backward y");
        assertEquals("6 Variables (1 is a grad), 4 Functions reachable from 3 names; arrays hold 48 bytes\n",
                out("mem --no-heap"));
        // Rebinding y lets the diamond's top go: its Add and two Squares are collected (a stays named).
        out("y = square(x)");
        assertEquals("""
                4 Variables (1 is a grad), 2 Functions reachable from 3 names; arrays hold 32 bytes
                dropped graphs: 1, collected: 1
                """, out("mem --no-heap"));
        // A graph still named elsewhere is dropped but not collected; a leaf rebound is no graph, and an
        // int holds no Variable: old x, its grad, a, z and the new y (x^2 twice) stay reachable.
        out("z = y; y = square(x); x = 3");
        assertEquals("""
                5 Variables (1 is a grad), 3 Functions reachable from 3 names; arrays hold 40 bytes
                dropped graphs: 2, collected: 1
                """, out("mem --no-heap"));
        out("reset");
        assertEquals("0 Variables, 0 Functions reachable from 0 names; arrays hold 0 bytes\n", out("mem --no-heap"));
    }

    @Test
    void memAloneAlsoShowsTheHeapAfterACollection() {
        out(DIAMOND);
        String[] lines = out("mem").split("\n");
        assertEquals(2, lines.length, Arrays.toString(lines));
        assertTrue(lines[1].matches("heap in use after GC: (\\d+ bytes|\\d+\\.\\d [KMGT]B)"), lines[1]);
        assertEquals("ValueError: unexpected 'heap'; usage: mem [--no-heap]", error("mem heap"));
    }

    @Test
    void graphToADotFileWritesItAndSaysHowToRenderIt() throws IOException {
        out(DIAMOND);
        Path file = dir.resolve("y.dot");
        assertEquals("wrote " + file + " (render it with: dot -Tpng " + file + " -o " + dir.resolve("y.png") + ")\n",
                out("graph y " + file));
        String dot = Files.readString(file);
        assertTrue(dot.startsWith("digraph g {"), dot);
        assertTrue(dot.contains("label=\"y: () float64\""), dot);
    }

    @Test
    void graphToAPngThroughGraphvizWhenDotIsOnPath() throws IOException {
        assumeTrue(DotRenderer.fromEnvironment().findDot().isPresent(), "Graphviz dot is not on PATH");
        out(DIAMOND);
        Path file = dir.resolve("out.png");
        assertEquals("wrote " + file + "\n", out("graph y " + file));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length));
    }

    @Test
    void graphToAPngWithoutDotWritesTheDotBesideIt() {
        session.commands().register(VizCommands.graph(() -> new DotRenderer("", Duration.ofSeconds(10))));
        out(DIAMOND);
        Path png = dir.resolve("out.png");
        Path dot = dir.resolve("out.dot");
        assertEquals("Graphviz 'dot' is not on PATH: wrote " + dot + " instead; render it with: dot -Tpng " + dot
                + " -o " + png + "\n", out("graph y " + png));
        assertTrue(Files.isRegularFile(dot));
        assertFalse(Files.exists(png));
    }

    @Test
    void graphReplacesAFileOnlyWithForceAsSaveDoes() throws IOException {
        out(DIAMOND);
        Path file = dir.resolve("y.dot");
        Files.writeString(file, "my notes\n");
        assertEquals("FileExistsError: [Errno 17] File exists: '" + file + "'; 'graph y " + file
                + " force' replaces it", error("graph y " + file));
        assertEquals("my notes\n", Files.readString(file), "the file is untouched");
        out("graph y " + file + " force");
        assertTrue(Files.readString(file).startsWith("digraph g {"));
        // The .dot written when Graphviz is missing is a file like any other.
        session.commands().register(VizCommands.graph(() -> new DotRenderer("", Duration.ofSeconds(10))));
        Files.writeString(file, "my notes\n");
        assertEquals("FileExistsError: [Errno 17] File exists: '" + file + "'; 'graph y " + dir.resolve("y.png")
                + " force' replaces it", error("graph y " + dir.resolve("y.png")));
        assertEquals("my notes\n", Files.readString(file));
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + dir.resolve("d.dot") + "'",
                error("graph y " + Files.createDirectory(dir.resolve("d.dot")) + " force"));
    }

    @Test
    void badFilesAreOneLinePythonErrors() throws IOException {
        out(DIAMOND);
        assertEquals("ValueError: cannot write a graph to 'y.txt': the file name must end in .dot, .png or .svg",
                error("graph y y.txt"));
        Path missing = dir.resolve("no/such/dir/y.dot");
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'",
                error("graph y " + missing));
        Path notADir = Files.writeString(dir.resolve("plain"), "a file, not a directory");
        String e = error("graph y " + notADir.resolve("y.dot"));
        assertEquals("NotADirectoryError: [Errno 20] Not a directory: '" + notADir.resolve("y.dot") + "'", e);
    }

    @Test
    void badWordsAreUsageErrors() {
        out(DIAMOND + "; s = 'text'");
        assertEquals("ValueError: usage: graph NAME [FILE [force]] [--ascii]", error("graph"));
        assertEquals("TypeError: 's' is a str, not a Variable", error("graph s"));
        assertEquals("NameError: name 'w' is not defined", error("graph w"));
        assertEquals("ValueError: unexpected 'b.dot'; usage: graph NAME [FILE [force]] [--ascii]",
                error("graph y a.dot b.dot"));
        assertEquals("ValueError: unexpected '--wide'; usage: graph NAME [FILE [force]] [--ascii]", error("graph y --wide"));
        assertEquals("ValueError: --ascii is for the text tree; a FILE is drawn by Graphviz",
                error("graph y --ascii y.dot"));
    }

    @Test
    void theNewCommandsAreInHelp() {
        String help = out("help");
        for (String usage : new String[] {"graph NAME [FILE [force]] [--ascii]", "trace [on|off]", "mem [--no-heap]"}) {
            assertTrue(help.contains("  " + usage + " "), usage);
        }
        assertTrue(out("help backward").contains("'backward NAME stack'"));
    }
}
