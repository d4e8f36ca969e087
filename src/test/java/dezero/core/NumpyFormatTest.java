package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NumpyFormat against real numpy / Python output. The resource files were generated with numpy 2.4.6
 * and Python 3.11 from seeded inputs; see the header lines of each file for the format.
 */
class NumpyFormatTest {

    static Stream<Arguments> numpyCases() {
        return readLines("numpy-str-cases.tsv").map(line -> {
            String[] f = line.split("\t", -1);
            return Arguments.of(f[0], parseShape(f[1]), parseValues(f[2]), f[3].replace("\\n", "\n"));
        });
    }

    static Stream<Arguments> reprCases() {
        return readLines("python-float-repr.tsv").map(line -> {
            String[] f = line.split("\t", -1);
            return Arguments.of(f[0], f[1]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numpyCases")
    void strMatchesNumpy(String name, int[] shape, double[] data, String expected) {
        double[] copy = data.clone();
        assertEquals(expected, NumpyFormat.str(data, shape));
        assertEquals(Arrays.toString(copy), Arrays.toString(data), "input must not be modified");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("reprCases")
    void pyFloatMatchesPythonRepr(String hexBits, String expected) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
        assertEquals(expected, NumpyFormat.pyFloat(v));
    }

    @Test
    void pyFloatExamples() {
        assertEquals("3.0", NumpyFormat.pyFloat(3.0));
        assertEquals("0.1", NumpyFormat.pyFloat(0.1));
        assertEquals("1e-05", NumpyFormat.pyFloat(1e-5));
        assertEquals("1e+16", NumpyFormat.pyFloat(1e16));
        assertEquals("123456789.0", NumpyFormat.pyFloat(123456789.0));
        assertEquals("-0.0", NumpyFormat.pyFloat(-0.0));
        assertEquals("nan", NumpyFormat.pyFloat(Double.NaN));
        assertEquals("-inf", NumpyFormat.pyFloat(Double.NEGATIVE_INFINITY));
        // Java's Double.toString gives "2.0E-3" and, before JDK 19, "1.0E23" for 1e23
        assertEquals("0.002", NumpyFormat.pyFloat(2e-3));
        assertEquals("1e+23", NumpyFormat.pyFloat(1e23));
    }

    @Test
    void shapeTuple() {
        assertEquals("()", NumpyFormat.shapeTuple(new int[0]));
        assertEquals("(3,)", NumpyFormat.shapeTuple(new int[] {3}));
        assertEquals("(2, 3)", NumpyFormat.shapeTuple(new int[] {2, 3}));
        assertEquals("(0, 4, 1)", NumpyFormat.shapeTuple(new int[] {0, 4, 1}));
    }

    @Test
    void dezeroExamples() {
        assertEquals("3.0", NumpyFormat.str(new double[] {3.0}, new int[0]));
        assertEquals("[1. 2. 3.]", NumpyFormat.str(new double[] {1, 2, 3}, new int[] {3}));
    }

    /** Only the shown corners of a 2000x2000 array are formatted; expected string from numpy. */
    @Test
    void largeSummarisedMatrix() {
        double[] data = new double[2000 * 2000];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0.001;
        }
        String expected = "[[0.000000e+00 1.000000e-03 2.000000e-03 ... 1.997000e+00 1.998000e+00\n"
                + "  1.999000e+00]\n"
                + " [2.000000e+00 2.001000e+00 2.002000e+00 ... 3.997000e+00 3.998000e+00\n"
                + "  3.999000e+00]\n"
                + " [4.000000e+00 4.001000e+00 4.002000e+00 ... 5.997000e+00 5.998000e+00\n"
                + "  5.999000e+00]\n"
                + " ...\n"
                + " [3.994000e+03 3.994001e+03 3.994002e+03 ... 3.995997e+03 3.995998e+03\n"
                + "  3.995999e+03]\n"
                + " [3.996000e+03 3.996001e+03 3.996002e+03 ... 3.997997e+03 3.997998e+03\n"
                + "  3.997999e+03]\n"
                + " [3.998000e+03 3.998001e+03 3.998002e+03 ... 3.999997e+03 3.999998e+03\n"
                + "  3.999999e+03]]";
        assertEquals(expected, NumpyFormat.str(data, new int[] {2000, 2000}));
    }

    @Test
    void rejectsMismatchedShape() {
        assertThrows(IllegalArgumentException.class, () -> NumpyFormat.str(new double[] {1, 2}, new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> NumpyFormat.str(new double[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> NumpyFormat.str(new double[0], new int[] {-1}));
    }

    private static Stream<String> readLines(String resource) {
        try (InputStream in = NumpyFormatTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return lines.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] parseShape(String field) {
        return field.isEmpty() ? new int[0] : Arrays.stream(field.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static double[] parseValues(String field) {
        return field.isEmpty() ? new double[0] : Arrays.stream(field.split(" ")).mapToDouble(NumpyFormatTest::parsePyFloat).toArray();
    }

    private static double parsePyFloat(String s) {
        switch (s) {
            case "nan": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }
}
