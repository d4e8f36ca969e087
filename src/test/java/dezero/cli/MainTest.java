package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Transcript;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** The exit code and both streams of one run, with {@code stdin} piped in (never a terminal). */
    record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), false);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void goldenTranscriptThroughEachDashELine() {
        Transcript t = Transcript.load("golden-issue3.txt");
        List<String> args = new ArrayList<>();
        for (String line : t.inputs()) {
            args.add("-e");
            args.add(line);
        }
        Run r = run("", args.toArray(String[]::new));
        assertEquals(new Run(0, t.allOutput(), ""), r);
    }

    @Test
    void goldenTranscriptThroughPipedStdin() {
        Transcript t = Transcript.load("golden-issue3.txt");
        Run r = run(String.join("\n", t.inputs()) + "\n");
        assertEquals(new Run(0, t.allOutput(), ""), r);
    }

    @Test
    void pipedAssignmentPrintsItsValue() {
        assertEquals(new Run(0, "x = variable(3.0)\n", ""), run("x = 3\n"));
    }

    @Test
    void filesAndLinesRunInTheGivenOrderInOneSession() throws IOException {
        Path a = dir.resolve("a.dz");
        Files.writeString(a, "x = 2\n");
        Path b = dir.resolve("b.dz");
        Files.writeString(b, "y = x * 10\n");
        Run r = run("", "-e", "print('first')", a.toString(), "-e", "z = x + 1", b.toString());
        assertEquals(new Run(0, "first\nx = variable(2.0)\nz = variable(3.0)\ny = variable(20.0)\n", ""), r);
    }

    @Test
    void syntaxErrorInAFileExits65WithFileLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.dz");
        Files.writeString(f, "x = 1\ny = (x +\n");
        Run r = run("", f.toString());
        assertEquals(65, r.code());
        assertEquals("x = variable(1.0)\n", r.out());
        assertTrue(r.err().startsWith(f + ":2:"), r.err());
        assertTrue(r.err().contains("SyntaxError: "), r.err());
    }

    @Test
    void runtimeErrorExits70AndStopsThere() {
        Run r = run("x = 1\nw + 1\nprint('not reached')\n");
        assertEquals(new Run(70, "x = variable(1.0)\n",
                "<stdin>:2:1: NameError: name 'w' is not defined\n    w + 1\n    ^\n"), r);
    }

    @Test
    void missingFileExits66() {
        Run r = run("", "no/such/file.dz");
        assertEquals(new Run(66, "", "dezero: FileNotFoundError: [Errno 2] No such file or directory: "
                + "'no/such/file.dz'\n"), r);
    }

    @Test
    void aDashELineErrorIsShownWithACaret() {
        Run r = run("", "-e", "add(1)");
        assertEquals(new Run(70, "", "    add(1)\n    ^^^^^^\nTypeError: add() takes 2 arguments (1 given)\n"), r);
    }

    @Test
    void quietPrintsOnlyWhatIsAskedFor() {
        Run r = run("", "-q", "-e", "x = 3; y = square(x); backward y; print(x.grad)");
        assertEquals(new Run(0, "variable(6.0)\n", ""), r);
    }

    @Test
    void interactiveWithoutATerminalGoesOnWithStdin() {
        Run r = run("y = x * 2\n", "-i", "-e", "x = 4");
        assertEquals(new Run(0, "x = variable(4.0)\ny = variable(8.0)\n", ""), r);
    }

    @Test
    void quitStopsTheScript() {
        assertEquals(new Run(0, "x = variable(1.0)\n", ""), run("x = 1\nquit\nx = 2\n"));
    }

    @Test
    void helpAndVersionAreStandard() {
        Run help = run("", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: dezero [-hiqV] [--no-color] [--python] [-e=LINE]... [FILE...]"),
                help.out());
        assertTrue(help.out().contains("65   a syntax error"), help.out());
        Run version = run("", "-V");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("dezero-j "), version.out());
    }

    @Test
    void unknownOptionExits64() {
        Run r = run("", "--frobnicate");
        assertEquals(64, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void benchIsASubcommandWithTheSameUsageExitCode() {
        Run bad = run("", "bench", "nosuch", "1");
        assertEquals(64, bad.code());
        assertTrue(bad.err().startsWith("dezero bench: error: unknown workload 'nosuch'"), bad.err());
        Run help = run("", "--help");
        assertTrue(help.out().contains("bench"), help.out());
        Run ok = run("", "bench", "wide_fanin", "10", "--budget", "0");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("wide_fanin 10 ") && ok.out().contains(" check=ok "), ok.out());
    }
}
