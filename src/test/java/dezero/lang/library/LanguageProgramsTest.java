package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole programs of the language (classes, closures, generators, exceptions, formatting) print
 * exactly what CPython 3.11 prints for them: the expected files were made by running each program
 * with python3 (src/test/resources/dezero/lang/py/generate.sh).
 */
class LanguageProgramsTest {
    static Stream<Path> programs() throws IOException {
        return PythonPrograms.programs("dezero/lang/py");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatPythonPrints(Path program) throws IOException {
        PythonPrograms.Run expected = PythonPrograms.expected(program);
        PythonPrograms.Run actual = PythonPrograms.run(program);
        assertEquals(expected.out(), actual.out(), "stdout");
        assertEquals(expected.err(), actual.err(), "stderr");
        assertEquals(expected.code(), actual.code(), "exit status");
    }
}
