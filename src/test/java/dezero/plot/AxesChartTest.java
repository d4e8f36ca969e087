package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.XYChart;

/**
 * AxesChart paints XChart's chart straight into matplotlib's subplot box, which is right only
 * while XChart, styled as AxesChart styles it, keeps no inset around its plot area: here that
 * plot area, found where XChart itself maps the axis limits after laying the chart out, is the
 * whole chart for axes of every kind (a change of XChart or of the styling that breaks this fails
 * here, before it misplaces the data in every figure).
 */
class AxesChartTest {
    static Stream<Arguments> axes() {
        return Stream.of(
                Arguments.of("a line", (Consumer<Axes>) ax -> ax.plot(new double[] {1, 3, 2})),
                Arguments.of("titles, labels and a legend", (Consumer<Axes>) ax -> ax
                        .plot(new double[] {0, 1}, new double[] {0, 1}, "", Map.of("label", "y=x"))
                        .title("lines").xlabel("x").ylabel("y").legend()),
                Arguments.of("a legend below", (Consumer<Axes>) ax -> ax
                        .plot(new double[] {0, 1}, new double[] {5, -5}, "r--", Map.of("label", "down"))
                        .legend("lower center")),
                Arguments.of("a constant scatter", (Consumer<Axes>) ax -> ax.scatter(new double[] {0, 1, 2, 3},
                        new double[] {3, 3, 3, 3})),
                Arguments.of("tiny and huge values", (Consumer<Axes>) ax -> ax.plot(new double[] {1e-5, 2e-5, 3e-5},
                        new double[] {1e6, 3e6, 2e6})),
                Arguments.of("inverted limits and a grid", (Consumer<Axes>) ax -> ax.plot(new double[] {0, 4})
                        .xlim(3, -1).ylim(10, 0).grid(true)),
                Arguments.of("contourf only", (Consumer<Axes>) ax -> ax.contourf(new double[] {0, 1, 0, 1},
                        new double[] {0, 0, 1, 1}, new double[] {0, 1, 2, 3}, 2, 2)),
                Arguments.of("nothing", (Consumer<Axes>) ax -> { }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("axes")
    void xchartsPlotAreaIsTheWholeChart(String name, Consumer<Axes> draw) {
        for (int[] size : new int[][] {{357, 266}, {148, 166}, {40, 30}}) {
            Axes ax = new Figure().gca();
            draw.accept(ax);
            XYChart chart = AxesChart.build(ax, size[0], size[1]);
            BufferedImage scratch = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scratch.createGraphics();
            try {
                chart.paint(g, size[0], size[1]);
            } finally {
                g.dispose();
            }
            double[] xl = ax.xlim();
            double[] yl = ax.ylim();
            String at = name + " at " + size[0] + "x" + size[1];
            assertEquals(0, chart.getScreenXFromChart(Math.min(xl[0], xl[1])), 1e-9, at + ": left");
            assertEquals(size[0], chart.getScreenXFromChart(Math.max(xl[0], xl[1])), 1e-9, at + ": right");
            assertEquals(0, chart.getScreenYFromChart(Math.max(yl[0], yl[1])), 1e-9, at + ": top");
            assertEquals(size[1], chart.getScreenYFromChart(Math.min(yl[0], yl[1])), 1e-9, at + ": bottom");
        }
    }
}
