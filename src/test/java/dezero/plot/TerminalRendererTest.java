package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The terminal drawings of small fixed figures against golden files in
 * {@code src/test/resources/dezero/plot/terminal/}. Renderings are the one kind of golden file
 * we make ourselves: each was written by this renderer and checked by eye, in colour, with
 * {@code cat} in a tmux pane (the line's shape, the ticks under their values, the colours of
 * the cycle and of the classes, the legend). To rewrite them after a deliberate change, run this
 * test with {@code -Ddezero.plot.regolden=true} and look at every file again before committing.
 */
class TerminalRendererTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dezero/plot/terminal");

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("dezero.plot.regolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }

    private static Figure zigzag() {
        Figure f = new Figure();
        f.gca().plot(new double[] {0, 1, 2, 3, 4}, new double[] {0, 1, 0, 1, 0}, "r");
        return f;
    }

    private static Figure labelled() {
        Figure f = new Figure();
        Axes ax = f.gca();
        ax.plot(new double[] {0, 1, 2, 3}, new double[] {0, 1, 4, 9}, "", Map.of("label", "x²"));
        ax.scatter(new double[] {0, 1, 2, 3}, new double[] {9, 4, 1, 0}, Map.of("marker", "x", "label", "data"));
        ax.title("squares").xlabel("x").ylabel("y").legend();
        return f;
    }

    private static Figure regions() {
        int n = 20;
        double[] xx = new double[n * n];
        double[] yy = new double[n * n];
        double[] z = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double x = -1 + 2.0 * c / (n - 1);
                double y = -1 + 2.0 * r / (n - 1);
                xx[r * n + c] = x;
                yy[r * n + c] = y;
                z[r * n + c] = y > x ? (y > -x ? 2 : 1) : 0;
            }
        }
        Figure f = new Figure();
        f.gca().contourf(xx, yy, z, n, n).scatter(new double[] {-0.5, 0.5, 0}, new double[] {0.5, -0.5, 0.8},
                Map.of("c", java.util.List.of("orange", "blue", "green"), "s", 40));
        return f;
    }

    @Test
    void aLineInColour() throws IOException {
        check("zigzag-color.txt", new TerminalRenderer(40, 12, true).render(zigzag()));
    }

    @Test
    void aLinePlain() throws IOException {
        check("zigzag-plain.txt", new TerminalRenderer(40, 12, false).render(zigzag()));
    }

    @Test
    void titleLabelsLegendAndMarkers() throws IOException {
        check("labelled-color.txt", new TerminalRenderer(50, 16, true).render(labelled()));
    }

    @Test
    void contourfRegionsAsBackgroundsOrShades() throws IOException {
        check("regions-color.txt", new TerminalRenderer(36, 12, true).render(regions()));
        check("regions-plain.txt", new TerminalRenderer(36, 12, false).render(regions()));
    }

    @Test
    void subplotsShareTheArea() throws IOException {
        Figure f = new Figure(8, 3);
        f.subplot(1, 2, 1).plot(new double[] {3, 1, 2}).title("left");
        f.subplot(1, 2, 2).plot(new double[] {1, 2, 3}, "g--").title("right");
        check("subplots-plain.txt", new TerminalRenderer(60, 10, false).render(f));
    }

    @Test
    void aLossCurveForPlotName() throws IOException {
        double[] loss = new double[100];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = 1.0 / (1 + i / 10.0);
        }
        check("loss-plain.txt", new TerminalRenderer(50, 12, false).renderSeries("loss", loss));
    }

    @Test
    void tooSmallAnAreaSaysSoInsteadOfFailing() {
        assertEquals("(too small\n\n\n", new TerminalRenderer(10, 3, false).render(zigzag()));
        assertThrows(IllegalArgumentException.class, () -> new TerminalRenderer(0, 5, false));
    }
}
