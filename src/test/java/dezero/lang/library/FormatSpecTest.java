package dezero.lang.library;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** format(value, spec) against CPython 3.11 (cases from gen_format_cases.py). */
class FormatSpecTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Group> specCases() {
        return PythonCases.groups(PythonCases.load("spec"), 100);
    }

    @ParameterizedTest
    @MethodSource("specCases")
    void formatsAsPythonFormatBuiltin(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> FormatSpec.format(c.value(0), c.field(1), VALUES)));
    }
}
