package dezero.lang.library;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** repr(x), str(x), float(text) and round(x[, n]) against CPython 3.11 (cases from gen_format_cases.py). */
class PyFloatsTest {

    static List<PythonCases.Group> textCases() {
        List<PythonCases.Case> cases = PythonCases.load("floatrepr");
        cases.addAll(PythonCases.load("floatstr"));
        return PythonCases.groups(cases, 100);
    }

    static List<PythonCases.Group> parseCases() {
        return PythonCases.groups(PythonCases.load("floatparse"), 50);
    }

    static List<PythonCases.Group> roundCases() {
        return PythonCases.groups(PythonCases.load("round"), 100);
    }

    @ParameterizedTest
    @MethodSource("textCases")
    void floatTextIsPythonRepr(PythonCases.Group g) {
        g.check(c -> {
            double v = (Double) c.value(0);
            return "=" + (c.kind().equals("floatrepr") ? PyFloats.repr(v) : PyFloats.str(v));
        });
    }

    @ParameterizedTest
    @MethodSource("parseCases")
    void parsesAsPythonFloatOfStr(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> PyFloats.repr(PyFloats.parse((String) c.value(0)))));
    }

    @ParameterizedTest
    @MethodSource("roundCases")
    void roundsAsPythonRound(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> {
            double x = (Double) c.value(0);
            Object n = c.value(1);
            return n instanceof Long digits ? "f" + hex(PyFloats.round(x, digits)) + ";" : "i" + PyFloats.roundToInt(x);
        }));
    }

    /** Python's float.hex() text. */
    private static String hex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0 && mantissa == 0) {
            return sign + "0x0.0p+0";
        }
        String lead = exponent == 0 ? "0" : "1";
        int e = exponent == 0 ? -1022 : exponent - 1023;
        String digits = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }
}
