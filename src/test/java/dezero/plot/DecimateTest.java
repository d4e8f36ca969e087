package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long series are thinned to what a screen can show, keeping each column's extremes; short ones are kept whole. */
class DecimateTest {

    @Test
    void aLongLineKeepsItsEndsAndEveryColumnsExtremes() {
        int n = 1_000_000;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 1000.0) + r.nextGaussian() * 0.01;
        }
        y[123_456] = 50;
        y[654_321] = -50;
        double[][] d = Decimate.line(x, y);
        assertTrue(d[0].length <= 4 * Decimate.BUCKETS + 4, "at most four points a column: " + d[0].length);
        assertEquals(0, d[0][0]);
        assertEquals(n - 1, d[0][d[0].length - 1]);
        assertEquals(50, Arrays.stream(d[1]).max().orElseThrow());
        assertEquals(-50, Arrays.stream(d[1]).min().orElseThrow());
        for (int i = 1; i < d[0].length; i++) {
            assertTrue(d[0][i] > d[0][i - 1], "still left to right");
        }
    }

    @Test
    void shortLinesAndLinesThatTurnBackAreKeptWhole() {
        double[] x = {0, 1, 2};
        double[] y = {1, 0, 1};
        assertSame(x, Decimate.line(x, y)[0]);
        double[] back = new double[10_000];
        for (int i = 0; i < back.length; i++) {
            back[i] = Math.cos(i / 100.0);
        }
        assertSame(back, Decimate.line(back, back)[0]);
    }

    @Test
    void aDenseScatterKeepsOnePointPerCell() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 10) / 10.0;
            y[i] = (i / 10 % 10) / 10.0;
        }
        int[] kept = Decimate.points(x, y, new double[] {0, 1}, new double[] {0, 1});
        assertEquals(100, kept.length);
        assertArrayEquals(new int[] {0, 1, 2}, Arrays.copyOf(kept, 3));
    }
}
