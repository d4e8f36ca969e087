package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the formatters ask of the interpreter through {@link ValueText}, with a 0-d ndarray-like
 * opaque value; the expected texts come from CPython 3.11 with numpy 2.4 running the Python line
 * quoted beside each assertion.
 */
class InterpreterSeamTest {

    /** A 0-d array holding one float: the interpreter's value, opaque to the formatters. */
    private record Scalar(double value) { }

    /** TestValues plus the scalar: str like numpy's, repr 'array(...)', a number for %d and %f. */
    private static final ValueText VALUES = new TestValues() {
        @Override
        public String str(Object v) {
            return v instanceof Scalar s ? PyFloats.str(s.value()) : super.str(v);
        }

        @Override
        public String repr(Object v) {
            return v instanceof Scalar s ? "array(" + PyFloats.repr(s.value()) + ")" : super.repr(v);
        }

        @Override
        public String format(Object v, String spec) {
            return v instanceof Scalar s ? FormatSpec.format(s.value(), spec, this) : super.format(v, spec);
        }

        @Override
        public String typeName(Object v) {
            return v instanceof Scalar ? "numpy.ndarray" : super.typeName(v);
        }

        @Override
        public Object toNumber(Object v) {
            return v instanceof Scalar s ? s.value() : null;
        }
    };

    @Test
    void percentConvertsAnOpaqueNumberThroughToNumber() {
        Scalar x = new Scalar(2.5);
        // '%d|%.3f|%5.1e' % (np.array(2.5), np.array(2.5), np.array(2.5))
        assertEquals("2|2.500|2.5e+00", PercentFormat.format("%d|%.3f|%5.1e", new PythonCases.Tuple(List.of(x, x, x)), VALUES));
        // '%s' % np.array(2.5)
        assertEquals("2.5", PercentFormat.format("%s", x, VALUES));
    }

    @Test
    void percentHexOfAFloatArrayNamesItsType() {
        // '%x' % np.array(2.5)
        FormatError e = assertThrows(FormatError.class, () -> PercentFormat.format("%x", new Scalar(2.5), VALUES));
        assertEquals("TypeError", e.pythonType());
        assertEquals("%x format: an integer is required, not numpy.ndarray", e.getMessage());
    }

    @Test
    void strFormatHandsAnOpaqueValueItsSpec() {
        // '{:>8}|{!r}'.format(np.array(2.5), np.array(1.5))
        assertEquals("     2.5|array(1.5)", StrFormat.format("{:>8}|{!r}", List.of(new Scalar(2.5), new Scalar(1.5)),
                Map.of(), VALUES));
    }

    @Test
    void javadocExamplesHold() {
        // format(1234567.891, '*^16,.2f')
        assertEquals("**1,234,567.89**", FormatSpec.format(1234567.891, "*^16,.2f", VALUES));
        // '{:>{}}|{name!r}'.format('a', 3, name='x')
        assertEquals("  a|'x'", StrFormat.format("{:>{}}|{name!r}", List.of("a", 3L), Map.of("name", "x"), VALUES));
        // '%5.2f|%-4d|%s' % (3.14159, 7, 'x')
        assertEquals(" 3.14|7   |x", PercentFormat.format("%5.2f|%-4d|%s",
                new PythonCases.Tuple(List.of(3.14159, 7L, "x")), VALUES));
        // 'a  b '.split()
        assertEquals(List.of("a", "b"), StrMethods.split("a  b ", null, -1));
    }

    @Test
    void widthsAndIndicesCountCodePoints() {
        // '%c%c' % (0x1F600, 'é'), len('%5c' % 0x1F600)
        assertEquals("\uD83D\uDE00é", PercentFormat.format("%c%c", new PythonCases.Tuple(List.of(0x1F600L, "é")), VALUES));
        assertEquals(5, PercentFormat.format("%5c", 0x1F600L, VALUES).codePointCount(0, 6));
        // '{:.3}'.format('\U0001F600abc'), '\U0001F600ab'.center(6, '*'), '\U0001F600ab'.find('b')
        assertEquals("\uD83D\uDE00ab", StrFormat.format("{:.3}", List.of("\uD83D\uDE00abc"), Map.of(), VALUES));
        assertEquals("*\uD83D\uDE00ab**", StrMethods.center("\uD83D\uDE00ab", 6, "*"));
        assertEquals(2, StrMethods.find("\uD83D\uDE00ab", "b", null, null));
    }
}
