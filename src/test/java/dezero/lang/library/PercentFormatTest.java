package dezero.lang.library;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** fmt % args against CPython 3.11 (cases from gen_format_cases.py, errors compared by class and message). */
class PercentFormatTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Group> cases() {
        return PythonCases.groups(PythonCases.load("percent"), 100);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formatsAsPythonPercentOperator(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> PercentFormat.format(c.field(0), c.value(1), VALUES)));
    }
}
