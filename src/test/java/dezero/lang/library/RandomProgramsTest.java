package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dezero.lang.runtime.PyException;
import dezero.lang.syntax.PySyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 300 seeded random programs (loops, nested defs with defaults and *args, closures, classes with
 * special methods, try/except/finally, comprehensions, f-strings and %) print exactly what CPython
 * 3.11 printed for them: src/test/resources/dezero/lang/fuzz/gen_programs.py made them and ran
 * each under python3. Each also prints the same twice and never shows a Java error.
 */
class RandomProgramsTest {
    static Stream<Arguments> programs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dezero/lang/fuzz/programs.tsv"));
        return IntStream.range(0, lines.size()).mapToObj(i -> {
            String[] parts = lines.get(i).split("\t", -1);
            return Arguments.of(i, PythonPrograms.unescape(parts[0]), PythonPrograms.unescape(parts[1]));
        });
    }

    /** What the program prints, then the last line of an uncaught error, as the generator records it. */
    private static String run(String source) {
        StringBuilder out = new StringBuilder();
        PythonRuntime python = new PythonRuntime(out::append, text -> { }, List.of("<program>"));
        try {
            python.interpreter().run(source, "<program>", python.main());
        } catch (PyException e) {
            out.append(Traceback.lastLine(e.value)).append('\n');
        } catch (PySyntaxError e) {
            out.append(e.kind()).append(": ").append(e.getMessage()).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "program {0}")
    @MethodSource("programs")
    void printsWhatCPythonPrinted(int index, String source, String expected) {
        String first = run(source);
        assertEquals(expected, first, source);
        assertEquals(first, run(source), "a second run of the same program");
        assertFalse(first.contains("internal error"), first);
    }
}
