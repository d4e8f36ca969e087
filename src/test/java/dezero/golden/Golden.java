package dezero.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dezero.core.NDArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expected arrays written by a Python program beside the test data, one per line:
 * {@code key d0 d1 : v0 v1 ...} (the shape, then the values as Python's repr of float64).
 */
public final class Golden {
    private final Map<String, NDArray> arrays = new LinkedHashMap<>();

    private Golden() {}

    /** Reads the resource {@code name} beside class {@code owner}. */
    public static Golden load(Class<?> owner, String name) {
        Golden g = new Golden();
        try (InputStream in = owner.getResourceAsStream(name)) {
            assertNotNull(in, "missing test resource " + name);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String key = line.substring(0, line.indexOf(' '));
                g.arrays.put(key, parse(line.substring(key.length() + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** {@code d0 d1 : v0 v1 ...}. */
    public static NDArray parse(String s) {
        String[] parts = s.split(":", 2);
        String dims = parts[0].strip();
        int[] shape = dims.isEmpty() ? new int[0] : Stream.of(dims.split(" ")).mapToInt(Integer::parseInt).toArray();
        String vals = parts[1].strip();
        double[] v = vals.isEmpty() ? new double[0] : Stream.of(vals.split(" ")).mapToDouble(Double::parseDouble).toArray();
        return NDArray.of(v, shape);
    }

    /** The array under {@code key}. */
    public NDArray get(String key) {
        NDArray a = arrays.get(key);
        assertNotNull(a, "no expected array " + key);
        return a;
    }

    /** numpy's {@code assert_allclose}: {@code |actual - expected| <= atol + rtol |expected|}, shapes equal. */
    public static void assertClose(NDArray expected, NDArray actual, double rtol, double atol, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.flat(i);
            double a = actual.flat(i);
            if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
                fail(what + ": element " + i + " is " + a + ", expected " + e);
            }
        }
    }
}
