package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GlibcLog against the C library's log itself: glibc_log.tsv.gz holds inputs and python3's
 * math.log of them (CPython calls libm's log), from scripts/gen/glibc_log_cases.py.
 */
class GlibcLogTest {
    @Test
    void everyCaseIsGlibcsDoubleBitForBit() throws IOException {
        List<String[]> rows = DTypeTest.table("glibc_log.tsv.gz");
        assertTrue(rows.size() > 10_000, "the table holds the generator's cases");
        List<String> wrong = new ArrayList<>();
        int differsFromMathLog = 0;
        for (String[] row : rows) {
            double x = Double.parseDouble(row[0]);
            double expected = Double.parseDouble(row[1]);
            if (Double.doubleToRawLongBits(GlibcLog.log(x)) != Double.doubleToRawLongBits(expected)) {
                wrong.add(row[0] + " -> " + Double.toHexString(GlibcLog.log(x)) + ", glibc " + row[1]);
            }
            if (Math.log(x) != expected) {
                differsFromMathLog++;
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 10)));
        // the reason for the class: Math.log rounds some of these inputs the other way
        assertTrue(differsFromMathLog > 0, "Math.log already agrees on every case");
    }

    @Test
    void specialValuesAreLogs() {
        // math.log(1.0) == 0.0; numpy: np.log(0.0) -> -inf, np.log(-1.0) -> nan, np.log(inf) -> inf
        assertEquals(0.0, GlibcLog.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, GlibcLog.log(0.0));
        assertEquals(Double.NEGATIVE_INFINITY, GlibcLog.log(-0.0));
        assertTrue(Double.isNaN(GlibcLog.log(-1.0)));
        assertTrue(Double.isNaN(GlibcLog.log(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, GlibcLog.log(Double.POSITIVE_INFINITY));
        // math.log(5e-324) == -744.4400719213812, math.log(0.5) == -0.6931471805599453
        assertEquals(-744.4400719213812, GlibcLog.log(Double.MIN_VALUE));
        assertEquals(-0.6931471805599453, GlibcLog.log(0.5));
    }
}
