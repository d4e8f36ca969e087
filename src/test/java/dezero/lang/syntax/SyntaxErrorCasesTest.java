package dezero.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.lang.library.PythonPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken sources a learner types (a typo, a missing colon, an open bracket) get the error CPython
 * 3.11 gives: class, message, line and column as compile() reported them when
 * scripts/gen/syntax_cases.py wrote syntax_errors.tsv.
 */
class SyntaxErrorCasesTest {
    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/dezero/lang/syntax_errors.tsv")).stream()
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(PythonPrograms.unescape(f[0]), f[1], PythonPrograms.unescape(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhatCpythonReports(String source, String kind, String message, int line, int offset) {
        // The column is compared for SyntaxErrors outside f-strings: an IndentationError's report
        // shows no column of its own (no caret for "unexpected indent", one at the line's end for
        // an unindent, as the syntax_*.py programs of LanguageProgramsTest check), and 3.11 places
        // f-string errors oddly.
        boolean column = kind.equals("SyntaxError") && !message.startsWith("f-string");
        String got;
        try {
            Parser.parseModule(source);
            got = "OK";
        } catch (PySyntaxError e) {
            got = e.kind() + ": " + e.getMessage() + " @" + e.pos().line() + (column ? ":" + (e.pos().col() + 1) : "");
        }
        String expected = kind.equals("OK") ? "OK" : kind + ": " + message + " @" + line + (column ? ":" + offset : "");
        assertEquals(expected, got);
    }
}
