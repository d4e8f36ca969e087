package dezero.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON of messages: what Python's json module writes is read back, and ours is what it reads. */
class JsonTest {
    @Test
    void readsWhatPythonWrites() {
        // Python: json.dumps({"a": [1, 2.5, -3e-05, True, None], "s": "caf\u00e9 \"q\"\n\U0001F600", "e": {}})
        String python = "{\"a\": [1, 2.5, -3e-05, true, null], \"s\": \"caf\\u00e9 \\\"q\\\"\\n\\ud83d\\ude00\", \"e\": {}}";
        Map<String, Object> m = Json.parseObject(python);
        assertEquals(Arrays.asList(1L, 2.5, -3e-05, true, null), m.get("a"));
        assertEquals("caf\u00e9 \"q\"\n\uD83D\uDE00", m.get("s"));
        assertEquals(Map.of(), m.get("e"));
    }

    @Test
    void writesCompactTextThatReadsBack() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", List.of(1L, "a\tb", false));
        m.put("n", null);
        m.put("ctl", "\u0001");
        String text = Json.write(m);
        assertEquals("{\"k\":[1,\"a\\tb\",false],\"n\":null,\"ctl\":\"\\u0001\"}", text);
        assertEquals(m, Json.parse(text));
    }

    @Test
    void malformedTextIsAJsonException() {
        for (String bad : List.of("{", "[1,]", "{\"a\" 1}", "\"open", "tru", "1 2", "{\"a\":\"\\x\"}")) {
            assertThrows(Json.JsonException.class, () -> Json.parse(bad), bad);
        }
    }
}
