package dezero.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultTest {
    @ParameterizedTest
    @CsvSource({"0.0042, 0.0042", "0.00042174, 0.0004217", "1.23456e-7, 0.0000001235", "41.5, 41.5",
        "12.0, 12", "0.0, 0", "1234567.0, 1235000"})
    void secondsHaveFourSignificantDigitsAndNoExponent(double s, String text) {
        assertEquals(text, Result.seconds(s));
    }

    @Test
    void lineFollowsBenchMdsExample() {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("fwd_s", "0.0011");
        extras.put("bwd_s", "0.0031");
        extras.put("us_per_node", "0.21");
        Result r = new Result("wide_fanin", 10000, 0.0042, 15, 0.0040, 0.0061, extras, null, 81234,
                "0.1.0;jdk17;-Xmx2g");
        assertEquals("wide_fanin 10000 0.0042 impl=java reps=15 min_s=0.004 max_s=0.0061 fwd_s=0.0011 "
                + "bwd_s=0.0031 us_per_node=0.21 check=ok rss_peak_kb=81234 ver=0.1.0;jdk17;-Xmx2g", r.line());
    }

    @Test
    void spacesInAFailureOrVersionBecomeUnderscores() {
        Result r = new Result("x", 1, 1, 3, 1, 1, Map.of(), "loss is nan", 0, "a b");
        assertEquals("x 1 1 impl=java reps=3 min_s=1 max_s=1 check=FAIL(loss_is_nan) rss_peak_kb=0 ver=a_b", r.line());
    }
}
