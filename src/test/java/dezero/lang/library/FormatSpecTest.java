package dezero.lang.library;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** format(value, spec), repr(float) and str(float) against CPython 3.11 (cases from gen_format_cases.py). */
class FormatSpecTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Group> specCases() {
        return PythonCases.groups(PythonCases.load("spec"), 100);
    }

    static List<PythonCases.Group> floatCases() {
        List<PythonCases.Case> cases = PythonCases.load("floatrepr");
        cases.addAll(PythonCases.load("floatstr"));
        return PythonCases.groups(cases, 100);
    }

    @ParameterizedTest
    @MethodSource("specCases")
    void formatsAsPythonFormatBuiltin(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> FormatSpec.format(c.value(0), c.field(1), VALUES)));
    }

    @ParameterizedTest
    @MethodSource("floatCases")
    void floatTextIsPythonRepr(PythonCases.Group g) {
        g.check(c -> {
            double v = (Double) c.value(0);
            return "=" + (c.kind().equals("floatrepr") ? PyFloats.repr(v) : PyFloats.str(v));
        });
    }
}
