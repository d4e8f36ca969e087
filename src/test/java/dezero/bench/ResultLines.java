package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a result line the way a script comparing engines would, checking BENCH.md's format. */
public final class ResultLines {
    private ResultLines() {}

    /** The keys every line has (BENCH.md), besides the workload's own. */
    public static final String[] COMMON_KEYS = {"impl", "reps", "min_s", "max_s", "check", "rss_peak_kb", "ver"};

    /** The key=value fields of {@code line} after bench, N and the median; asserts the positional fields. */
    public static Map<String, String> parse(String line, String bench, int n) {
        assertFalse(line.contains("\n"), line);
        assertFalse(line.contains("  "), line);
        String[] fields = line.split(" ");
        assertEquals(bench, fields[0], line);
        assertEquals(String.valueOf(n), fields[1], line);
        assertTrue(fields[2].matches("[0-9]+(\\.[0-9]+)?"), "median in plain seconds: " + line);
        assertTrue(Double.parseDouble(fields[2]) >= 0, line);
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = 3; i < fields.length; i++) {
            int eq = fields[i].indexOf('=');
            assertTrue(eq > 0, "key=value expected, got '" + fields[i] + "' in " + line);
            assertEquals(null, kv.put(fields[i].substring(0, eq), fields[i].substring(eq + 1)), "repeated key in " + line);
        }
        for (String k : COMMON_KEYS) {
            assertTrue(kv.containsKey(k), "missing " + k + " in " + line);
        }
        assertEquals("java", kv.get("impl"));
        double min = Double.parseDouble(kv.get("min_s"));
        double max = Double.parseDouble(kv.get("max_s"));
        double median = Double.parseDouble(fields[2]);
        assertTrue(min <= median && median <= max, "min <= median <= max in " + line);
        Long.parseLong(kv.get("rss_peak_kb"));
        return kv;
    }
}
