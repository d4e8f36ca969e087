package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The book's steps, run unchanged from ../shared/peers/dezero/steps, print what Python DeZero
 * prints: the expected files were made by running each step under CPython 3.11, numpy 2.4 and
 * Python DeZero (src/test/resources/dezero/lang/book/generate.sh). Text must be equal; numbers
 * may differ by 1e-6 relative where our summation order differs from numpy's BLAS (the issue's
 * rule: the book's own output differs that way between BLAS builds).
 */
class BookStepsTest {
    private static final Path STEPS = Path.of("..", "shared", "peers", "dezero", "steps");
    private static final Path EXPECTED = Path.of("src/test/resources/dezero/lang/book");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d*(?:e[-+]?\\d+)?|-?\\d+(?:e[-+]?\\d+)?");

    static Stream<String> steps() throws IOException {
        return Stream.of(Files.readString(EXPECTED.resolve("steps.txt")).trim().split("\\s+"));
    }

    @ParameterizedTest(name = "step{0}")
    @MethodSource("steps")
    void printsWhatPythonDezeroPrints(String step) throws IOException {
        Path program = STEPS.resolve("step" + step + ".py");
        Assumptions.assumeTrue(Files.exists(program), "the book's steps are not at " + STEPS.toAbsolutePath()
                + " (the peers folder beside the repository)");
        String expected = Files.readString(EXPECTED.resolve("step" + step + ".out"));
        String actual = PythonPrograms.run(program).out();
        assertSameWithinBlasTolerance(expected, actual);
    }

    /**
     * The steps whose data is drawn unseeded (SinCurve's noise), run seeded and for 5 epochs, as
     * generate.sh runs them under the oracle: {@link #seeded} is the change made to their text.
     */
    @ParameterizedTest(name = "step{0} seeded")
    @ValueSource(strings = {"59", "60"})
    void unseededStepsPrintWhatPythonDezeroPrintsOnceSeeded(String step) throws IOException {
        Path program = STEPS.resolve("step" + step + ".py");
        Assumptions.assumeTrue(Files.exists(program), "the book's steps are not at " + STEPS.toAbsolutePath());
        String expected = Files.readString(EXPECTED.resolve("step" + step + "-seeded.out"));
        String actual = PythonPrograms.run(program, seeded(Files.readString(program))).out();
        assertSameWithinBlasTolerance(expected, actual);
    }

    /** The same edit as generate.sh's sed: a seed on the first line, 5 epochs instead of 100. */
    static String seeded(String source) {
        return "import numpy as np; np.random.seed(0)\n" + source.replace("max_epoch = 100", "max_epoch = 5");
    }

    /** Equal text; numbers equal within 1e-6 relative. */
    static void assertSameWithinBlasTolerance(String expected, String actual) {
        List<String> e = tokens(expected);
        List<String> a = tokens(actual);
        if (e.size() != a.size()) {
            assertEquals(expected, actual);
        }
        for (int i = 0; i < e.size(); i++) {
            String x = e.get(i);
            String y = a.get(i);
            if (x.equals(y)) {
                continue;
            }
            if (NUMBER.matcher(x).matches() && NUMBER.matcher(y).matches()) {
                double u = Double.parseDouble(x);
                double v = Double.parseDouble(y);
                if (Math.abs(u - v) <= 1e-6 * Math.max(Math.abs(u), Math.abs(v))) {
                    continue;
                }
            }
            fail("differs at token " + i + ": expected " + x + " but was " + y + "\nexpected:\n" + expected
                    + "\nactual:\n" + actual);
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        int at = 0;
        while (m.find()) {
            out.add(text.substring(at, m.start()));
            out.add(m.group());
            at = m.end();
        }
        out.add(text.substring(at));
        return out;
    }
}
