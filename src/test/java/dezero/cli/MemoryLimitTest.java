package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No single line runs the JVM out of memory: in a JVM with a 256 MiB heap, lines whose
 * arrays are each within the element limit but together exceed the heap end in one MemoryError
 * line (numpy's text), and the session then goes on (-i runs standard input after the error).
 */
class MemoryLimitTest {
    private static final Pattern MEMORY_ERROR = Pattern.compile(
            "MemoryError: Unable to allocate \\d+ MiB for an array with shape \\([0-9,]+\\) and data type float64 "
            + "\\(the Java heap has \\d+ MiB free of 256 MiB\\)");

    record Run(int code, String out, String err) {}

    /** {@code dezero -i -e LINE...} in a fresh JVM with a 256 MiB heap, {@code print(1 + 1)} on stdin. */
    private static Run smallHeap(String... lines) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        for (String line : lines) {
            args.add("-e");
            args.add(line);
        }
        return smallHeap(args);
    }

    private static Run smallHeap(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "-i"));
        command.addAll(args);
        Path err = Files.createTempFile("dezero-memory", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("print(1 + 1)\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JVM finished");
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, errText);
    }

    private static void assertOneMemoryErrorThenTheSessionGoesOn(Run r) {
        String[] errLines = r.err().split("\n");
        assertTrue(MEMORY_ERROR.matcher(errLines[errLines.length - 1]).matches(), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertTrue(r.out().endsWith("2\n"), r.out());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aChainOfOperationsThatOutgrowsTheHeapIsAMemoryError() throws Exception {
        // Each intermediate of 4,000,000 doubles (30 MiB) stays alive in the graph: 12 of them need 360 MiB.
        assertOneMemoryErrorThenTheSessionGoesOn(smallHeap("x = Variable(np.random.randn(4000000));",
                "y = " + "x + ".repeat(11) + "x"));
    }

    @Test
    void anArrayWithinTheElementLimitButBeyondTheHeapIsAMemoryError() throws Exception {
        Run r = smallHeap("x = np.ones((10000, 10000))");
        assertOneMemoryErrorThenTheSessionGoesOn(r);
        assertTrue(r.err().contains("Unable to allocate 762 MiB for an array with shape (10000,10000)"), r.err());
    }

    @Test
    void aLineAtTheLengthLimitThatOutgrowsTheHeapIsAMemoryErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        // The crash this guards: lexing such a line ran out of memory outside any statement, printed a
        // Java stack trace and exited 0. Now it runs, or (in this heap, today) is one MemoryError line.
        Path file = dir.resolve("long.dz");
        Files.writeString(file, "x = [" + "1,".repeat(999_990) + "1]\n");
        Run r = smallHeap(List.of(file.toString()));
        assertTrue(r.err().isEmpty() || r.err().startsWith(file + ":1:1: MemoryError: "), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertTrue(r.out().endsWith("2\n"), r.out());
        assertEquals(0, r.code());
    }

    @Test
    void aListOfArraysBeyondTheHeapIsAMemoryErrorBeforeItIsCopied() throws Exception {
        // np.array copies the eight arrays of 30 MiB into one of 244 MiB: more than the heap has left.
        assertOneMemoryErrorThenTheSessionGoesOn(smallHeap("x = Variable(np.random.randn(4000000));",
                "z = np.array([x.data, x.data, x.data, x.data, x.data, x.data, x.data, x.data])"));
    }
}
