package dezero.lang.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** template.format(*args, **kwargs) and template.format_map(mapping) against CPython 3.11 (cases from gen_format_cases.py). */
class StrFormatTest {

    private static final ValueText VALUES = new TestValues();

    static List<PythonCases.Group> cases() {
        return PythonCases.groups(PythonCases.load("format"), 50);
    }

    static List<PythonCases.Group> mapCases() {
        return PythonCases.groups(PythonCases.load("formatmap"), 50);
    }

    @ParameterizedTest
    @MethodSource("mapCases")
    void formatsAsPythonFormatMap(PythonCases.Group g) {
        g.check(c -> {
            Map<String, Object> mapping = new LinkedHashMap<>();
            ((Map<?, ?>) c.value(1)).forEach((k, v) -> mapping.put((String) k, v));
            return PythonCases.outcome(() -> StrFormat.formatMap(c.field(0), mapping, VALUES));
        });
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
