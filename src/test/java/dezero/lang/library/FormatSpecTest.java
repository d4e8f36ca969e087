package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** format(value, spec), repr(float) and str(float) against CPython 3.11 (cases from gen_format_cases.py). */
class FormatSpecTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Case> specCases() {
        return PythonCases.load("spec");
    }

    static List<PythonCases.Case> floatCases() {
        List<PythonCases.Case> cases = PythonCases.load("floatrepr");
        cases.addAll(PythonCases.load("floatstr"));
        return cases;
    }

    @ParameterizedTest
    @MethodSource("specCases")
    void formatsAsPythonFormatBuiltin(PythonCases.Case c) {
        assertEquals(c.expected(), PythonCases.outcome(() -> FormatSpec.format(c.value(0), c.field(1), VALUES)), c.toString());
    }

    @ParameterizedTest
    @MethodSource("floatCases")
    void floatTextIsPythonRepr(PythonCases.Case c) {
        double v = (Double) c.value(0);
        String text = c.kind().equals("floatrepr") ? PyFloats.repr(v) : PyFloats.str(v);
        assertEquals(c.expected(), "=" + text, c.toString());
    }
}
