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

    /**
     * A session's lines and what it prints. The Python lines' output is what python3 with numpy 2.4
     * and DeZero (../shared/peers/dezero, plus the book's Square) prints for them under the REPL's
     * echo rules; backward's report is its x.grad after y.backward(), cleargrad is x.cleargrad().
     */
    static final List<String> TRANSCRIPT_INPUT = List.of(
            "x = Variable(np.array(3.0))",
            "y = add(square(x), x)",
            "backward y",
            "x.grad",
            "cleargrad",
            "x.grad",
            "y = add(add(x, x), x); y.backward()",
            "nograd on",
            "z = square(x)",
            "z.creator",
            "nograd off",
            "print('x.grad', x.grad)",
            "for i in range(2): print(i, x * i)",
            "def f(v): return v * 2",
            "f(x)",
            "n = 3",
            "n += 1; m = n // 3");
    static final String TRANSCRIPT_OUTPUT = String.join("\n",
            "x = variable(3.0)",
            "y = variable(12.0)",
            "x.grad = variable(7.0)",
            "variable(7.0)",
            "y = variable(9.0)",
            "z = variable(9.0)",
            "x.grad variable(3.0)",
            "0 variable(0.0)",
            "1 variable(3.0)",
            "variable(6.0)",
            "n = 3",
            "n = 4",
            "m = 1",
            "");

    @Test
    void transcriptThroughEachDashELine() {
        List<String> args = new ArrayList<>();
        for (String line : TRANSCRIPT_INPUT) {
            args.add("-e");
            args.add(line);
        }
        Run r = run("", args.toArray(String[]::new));
        assertEquals(new Run(0, TRANSCRIPT_OUTPUT, ""), r);
    }

    @Test
    void transcriptThroughPipedStdin() {
        Run r = run(String.join("\n", TRANSCRIPT_INPUT) + "\n");
        assertEquals(new Run(0, TRANSCRIPT_OUTPUT, ""), r);
    }

    @Test
    void aBlockThroughPipedStdinEndsAtTheNextTopLevelLine() {
        // python3 prints 0 and 2 for the loop; the REPL echoes the assignment after it.
        Run r = run("for i in range(2):\n    j = i * 2\n    print(j)\nk = j + 1\n");
        assertEquals(new Run(0, "0\n2\nk = 3\n", ""), r);
    }

    @Test
    void aCommandWhoseWordStartsWithADashIsACommand() {
        // 'mem --no-heap' is what the demos and help show; without the colon it ran as Python (NameError).
        String counted = "1 Variable, 0 Functions reachable from 1 name; arrays hold 8 bytes\n";
        assertEquals(new Run(0, "x = variable(1.0)\n" + counted + counted, ""),
                run("", "-e", "x = Variable(np.array(1.0))", "-e", ":mem --no-heap", "-e", "mem --no-heap"));
    }

    @Test
    void pipedAssignmentPrintsItsValue() {
        // Python's values: an int stays an int.
        assertEquals(new Run(0, "x = 3\n", ""), run("x = 3\n"));
    }

    @Test
    void filesAndLinesRunInTheGivenOrderInOneSession() throws IOException {
        Path a = dir.resolve("a.dz");
        Files.writeString(a, "x = 2\n");
        Path b = dir.resolve("b.dz");
        Files.writeString(b, "y = x * 10\n");
        Run r = run("", "-e", "print('first')", a.toString(), "-e", "z = x + 1", b.toString());
        assertEquals(new Run(0, "first\nx = 2\nz = 3\ny = 20\n", ""), r);
    }

    @Test
    void syntaxErrorInAFileExits65WithFileLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.dz");
        Files.writeString(f, "x = 1\ny = (x +\n");
        Run r = run("", f.toString());
        assertEquals(65, r.code());
        assertEquals("x = 1\n", r.out());
        assertTrue(r.err().startsWith(f + ":2:"), r.err());
        assertTrue(r.err().contains("SyntaxError: "), r.err());
    }

    @Test
    void runtimeErrorExits70AndStopsThere() {
        Run r = run("x = 1\nw + 1\nprint('not reached')\n");
        assertEquals(new Run(70, "x = 1\n",
                "<stdin>:2:1: NameError: name 'w' is not defined\n    w + 1\n    ^\n"), r);
    }

    @Test
    void missingFileExits66() {
        Run r = run("", "no/such/file.dz");
        assertEquals(new Run(66, "", "dezero: FileNotFoundError: [Errno 2] No such file or directory: "
                + "'no/such/file.dz'\n"), r);
    }

    @Test
    void whatTheProgramWritesToStderrGoesToStandardError() {
        // python3 -c "import sys; print('out'); print('err', file=sys.stderr)" splits them the same way.
        Run r = run("", "-e", "import sys", "-e", "print('out'); print('err', file=sys.stderr)");
        assertEquals(new Run(0, "out\n", "err\n"), r);
    }

    @Test
    void aDashELineErrorIsShownWithACaret() {
        Run r = run("", "-e", "add(1)");
        // CPython's message for DeZero's add(x0, x1) called with one argument.
        assertEquals(new Run(70, "", "    add(1)\n    ^^^^^^\nTypeError: add() missing 1 required positional argument: 'x1'\n"),
                r);
    }

    @Test
    void quietPrintsOnlyWhatIsAskedFor() {
        Run r = run("", "-q", "-e", "x = Variable(np.array(3.0)); y = square(x)", "-e", "backward y", "-e",
                "print(x.grad)");
        assertEquals(new Run(0, "variable(6.0)\n", ""), r);
    }

    @Test
    void interactiveWithoutATerminalGoesOnWithStdin() {
        Run r = run("y = x * 2\n", "-i", "-e", "x = 4");
        assertEquals(new Run(0, "x = 4\ny = 8\n", ""), r);
    }

    @Test
    void quitStopsTheScript() {
        assertEquals(new Run(0, "x = 1\n", ""), run("x = 1\nquit\nx = 2\n"));
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

    /** The command lines parsed without picocli; the rest are left to it, so its messages stay the same. */
    @Test
    void everydayCommandLinesAreParsedWithoutPicocli() {
        String[][] plain = {{}, {"-e", "x = 1"}, {"-q", "-e", "-e", "-i", "a.dz"}, {"a.dz", "-e", "--help"}};
        for (String[] args : plain) {
            assertTrue(Main.withoutPicocli(args, null, null, null, false) != null, String.join(" ", args));
        }
        String[][] picocli = {{"--help"}, {"-V"}, {"-e"}, {"-q", "-q"}, {"-qi"}, {"bench"}, {"kernel"}, {"@args.txt"},
            {"--python"}, {"--no-color", "-e", "x"}, {"-e", "x", "--frobnicate"}};
        for (String[] args : picocli) {
            assertEquals(null, Main.withoutPicocli(args, null, null, null, false), String.join(" ", args));
        }
        assertEquals(new Run(0, "-1\n", ""), run("", "-q", "-e", "print(-1)"));
        assertEquals(64, run("", "-q", "-q", "-e", "x = 1").code());
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
