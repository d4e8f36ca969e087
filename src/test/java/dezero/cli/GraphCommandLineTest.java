package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dezero.viz.DotRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's graph commands through the command line, output not a terminal (a pipe, CI). */
class GraphCommandLineTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String[] DIAMOND = {"-e", "x = Variable(np.array(2.0))", "-e", "a = square(x)", "-e", "y = add(square(a), square(a))"};

    @TempDir
    Path dir;

    private static MainTest.Run run(String... more) {
        String[] args = Arrays.copyOf(DIAMOND, DIAMOND.length + more.length);
        System.arraycopy(more, 0, args, DIAMOND.length, more.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                false);
        return new MainTest.Run(code, out.toString(), err.toString());
    }

    @Test
    void theReadmesPictureCommandWritesAPng() throws IOException {
        assumeTrue(DotRenderer.fromEnvironment().findDot().isPresent(), "Graphviz dot is not on PATH");
        Path png = dir.resolve("diamond.png");
        MainTest.Run r = run("-e", "graph y " + png);
        assertEquals(new MainTest.Run(0, "x = variable(2.0)\na = variable(4.0)\ny = variable(32.0)\nwrote " + png + "\n",
                ""), r);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length));
    }

    @Test
    void aPipeGetsTheTreeInBoxDrawingBecauseItIsWrittenInUtf8() {
        MainTest.Run r = run("-q", "-e", "graph y");
        assertEquals(new MainTest.Run(0, """
                y = 32.0
                └─ <Add gen=2>
                   ├─ x1 = 16.0
                   │  └─ <Square gen=1>
                   │     └─ a = 4.0
                   │        └─ <Square gen=0>
                   │           └─ x = 2.0
                   └─ x2 = 16.0
                      └─ <Square gen=1>
                         └─ a  (see above)
                """, ""), r);
    }

    @Test
    void aBadPictureNameIsOneLineOnStderrAndExit70() {
        MainTest.Run r = run("-q", "-e", "graph y y.jpg");
        assertEquals(70, r.code());
        assertEquals("", r.out());
        assertEquals("    graph y y.jpg\n            ^^^^^\n"
                + "ValueError: cannot write a graph to 'y.jpg': the file name must end in .dot, .png or .svg\n", r.err());
    }
}
