package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tick places and labels on a default 6.4 x 4.8 figure as matplotlib 3.6.3 draws them: the
 * expected labels are what {@code src/test/resources/dezero/plot/matplotlib_oracle.py} printed
 * (its "ticks" and "sci" lines) for the same limits.
 */
class AxesFrameTest {
    /** matplotlib's default subplot box in points: 0.775 x 0.77 of 460.8 x 345.6. */
    private static final Rectangle2D BOX = new Rectangle2D.Double(57.6, 41.5, 0.775 * 460.8, 0.77 * 345.6);

    private static List<String> x(double lo, double hi) {
        Axes ax = new Axes().xlim(lo, hi);
        double[] ticks = AxesFrame.xTicks(ax, BOX);
        return List.of(Ticks.labels(Ticks.scaled(ticks, Ticks.exponent(ticks)), '\u2212'));
    }

    private static List<String> y(double lo, double hi) {
        Axes ax = new Axes().ylim(lo, hi);
        return List.of(Ticks.labels(AxesFrame.yTicks(ax, BOX), '\u2212'));
    }

    @Test
    void unitLimitsTickEveryTwoTenthsIncludingTheEnds() {
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), x(0, 1));
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), y(0, 1));
    }

    @Test
    void step34sLimitsTickAsTheBooksFigure() {
        assertEquals(List.of("−6", "−4", "−2", "0", "2", "4", "6"), x(-7.7, 7.7));
        assertEquals(List.of("−1.00", "−0.75", "−0.50", "−0.25", "0.00", "0.25", "0.50", "0.75", "1.00"),
                y(-1.1, 1.1));
    }

    @Test
    void largeAndTinyTicksAreWrittenOverAPowerOfTen() {
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), x(0, 1e6));
        assertEquals(6, Ticks.exponent(AxesFrame.xTicks(new Axes().xlim(0, 1e6), BOX)));
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"), x(0, 3e-5));
        assertEquals(-5, Ticks.exponent(AxesFrame.xTicks(new Axes().xlim(0, 3e-5), BOX)));
        assertEquals(0, Ticks.exponent(AxesFrame.xTicks(new Axes().xlim(0, 300_000), BOX)));
    }

    @Test
    void marginsAndNarrowRangesKeepOneNumberOfDecimals() {
        assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), x(-0.05, 1.05));
        assertEquals(List.of("5.0", "5.5", "6.0", "6.5", "7.0", "7.5", "8.0"), y(5.0, 8.1));
        assertEquals(List.of("4.8", "4.9", "5.0", "5.1", "5.2"), x(4.75, 5.25));
        assertEquals(List.of("1.900", "1.925", "1.950", "1.975", "2.000", "2.025", "2.050", "2.075", "2.100"),
                y(1.9, 2.1));
    }
}
