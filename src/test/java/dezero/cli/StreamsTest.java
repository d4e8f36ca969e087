package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes a classroom pipes or passes in: not UTF-8, NUL, Windows line endings, a byte
 * order mark, no final newline, a line of a megabyte. One error line in Python's words and the
 * documented exit code (65 syntax, 66 file, 70 runtime), never a stack trace.
 */
class StreamsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), false);
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), err.toString());
        return new Run(code, out.toString(), err.toString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stdinThatIsNotUtf8StopsAtTheBadLineWithExit66() {
        byte[] in = {'x', ' ', '=', ' ', '1', '\n', 's', ' ', '=', ' ', '\'', (byte) 0xe9, '\'', '\n', 'y', '=', '2', '\n'};
        assertEquals(new Run(66, "x = 1\n",
                "<stdin>: OSError: '<stdin>' is not a UTF-8 text file: line 2 has the byte 0xe9\n"), run(in));
    }

    @Test
    void aFileThatIsNotUtf8Exits66() throws IOException {
        Path f = dir.resolve("latin1.dz");
        Files.write(f, "x = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(new Run(66, "", f + ": OSError: '" + f + "' is not a UTF-8 text file: line 1 has the byte 0xe9\n"),
                run(new byte[0], f.toString()));
    }

    @Test
    void nulInStdinIsASyntaxErrorWithExit65() {
        Run r = run(bytes("x = 1\0\n"));
        assertEquals(65, r.code());
        // CPython 3.11 (python3 - < file, and a file) refuses the whole source with this message.
        assertTrue(r.err().startsWith("<stdin>:1:"), r.err());
        assertTrue(r.err().contains("SyntaxError: source code cannot contain null bytes"), r.err());
    }

    @Test
    void windowsStdinWithAByteOrderMarkAndNoFinalNewlineRuns() {
        assertEquals(new Run(0, "x = 2\ny = 4\n", ""),
                run(bytes("\ufeffx = 2\r\ny = x * 2")));
    }

    @Test
    void aMegabyteLineOnStdinRuns() {
        String line = "s = sum(np.array([" + "1, ".repeat(350_000) + "1]));\n";
        assertTrue(line.length() > 1 << 20);
        // python3: the builtin sum of an int array is numpy's int64 350001.
        assertEquals(new Run(0, "350001\n", ""), run(bytes(line + "print(s)\n")));
    }

    @Test
    void endlessInputStopsAtTheLineLimitWithExit65() {
        byte[] in = new byte[2_500_000];
        java.util.Arrays.fill(in, (byte) 'a');
        assertEquals(new Run(65, "", "<stdin>:1:1: SyntaxError: line too long: more than 2000000 characters\n"),
                run(in));
    }
}
