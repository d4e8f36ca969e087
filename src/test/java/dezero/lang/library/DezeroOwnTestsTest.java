package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DeZero's own unit tests pass under our interpreter. The files of ../shared/peers/dezero/tests that
 * need no chainer (11 files) are copied to a folder of their own and discovered as
 * {@code python3 -m unittest discover} does there: CPython with DeZero
 * ({@code PYTHONPATH=peers/dezero:peers/stubs python3 -m unittest discover}) runs 66 tests and
 * prints {@code OK}.
 */
class DezeroOwnTestsTest {
    private static final Path TESTS = Path.of("..", "shared", "peers", "dezero", "tests");

    @Test
    void theTestsWithoutChainerPassAsUnderPython(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TESTS), "DeZero's tests are not at " + TESTS.toAbsolutePath());
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".py")).toList()) {
                if (!Files.readString(f).contains("chainer")) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int code = new PythonRuntime(out::append, err::append, List.of("-m unittest"))
                .runTests(List.of("discover", "-s", dir.toString()));
        String report = err.toString();
        assertTrue(report.contains("\nRan 66 tests in "), report);
        assertTrue(report.endsWith("\nOK\n"), report);
        assertEquals(0, code, report);
    }
}
