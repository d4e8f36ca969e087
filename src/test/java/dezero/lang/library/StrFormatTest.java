package dezero.lang.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** template.format(*args, **kwargs) against CPython 3.11 (cases from gen_format_cases.py). */
class StrFormatTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Group> cases() {
        return PythonCases.groups(PythonCases.load("format"), 50);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formatsAsPythonStrFormat(PythonCases.Group g) {
        g.check(c -> {
            List<Object> args = ((PythonCases.Tuple) c.value(1)).items();
            Map<String, Object> kwargs = new LinkedHashMap<>();
            ((Map<?, ?>) c.value(2)).forEach((k, v) -> kwargs.put((String) k, v));
            return PythonCases.outcome(() -> StrFormat.format(c.field(0), args, kwargs, VALUES));
        });
    }
}
