package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyplot's state: figures by number, the current axes, and what show() writes where. */
class PyplotTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private Pyplot pyplot(Console console, boolean windows) {
        return new Pyplot(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> console, windows);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plotMakesAFigureAndAxesWhenThereAreNone() {
        Pyplot plt = pyplot(Console.pipe(), false);
        Axes ax = plt.plot(new double[] {1, 2, 3});
        assertSame(ax, plt.gca());
        assertEquals(List.of(1), plt.fignums());
        assertEquals("<Figure size 640x480 with 1 Axes>", plt.gcf().toString());
    }

    @Test
    void figuresAreNumberedAndSelectable() {
        Pyplot plt = pyplot(Console.pipe(), false);
        Figure one = plt.figure();
        Figure two = plt.figure(3, 2);
        assertEquals(2, two.number());
        assertEquals("<Figure size 300x200 with 0 Axes>", two.toString());
        assertSame(one, plt.figure(1));
        plt.close();
        assertEquals(List.of(2), plt.fignums());
        assertSame(two, plt.gcf());
        plt.close("all");
        assertEquals(List.of(), plt.fignums());
    }

    @Test
    void subplotReturnsTheSameAxesForTheSamePlace() {
        Pyplot plt = pyplot(Console.pipe(), false);
        Axes top = plt.subplot(2, 1, 1);
        Axes bottom = plt.subplot(212);
        assertNotSame(top, bottom);
        assertSame(top, plt.subplot(2, 1, 1));
        assertSame(top, plt.gca());
        PlotException e = assertThrows(PlotException.class, () -> plt.subplot(2, 2, 5));
        assertEquals("num must be 1 <= num <= 4, not 5", e.getMessage());
    }

    @Test
    void callsActOnTheCurrentAxes() {
        Pyplot plt = pyplot(Console.pipe(), false);
        plt.plot(new double[] {0, 1}, new double[] {0, 1}, "r--", Map.of("label", "fit"));
        plt.xlabel("x");
        plt.ylabel("y");
        plt.title("t");
        plt.xlim(-1, 2);
        plt.legend("lower right");
        plt.grid(true);
        Axes ax = plt.gca();
        assertEquals("x", ax.xlabel());
        assertEquals("y", ax.ylabel());
        assertEquals("t", ax.title());
        assertEquals(-1, plt.xlim()[0]);
        assertEquals(LegendLoc.LOWER_RIGHT, ax.legendLoc());
        assertTrue(ax.gridOn());
        plt.clf();
        assertEquals("<Figure size 640x480 with 0 Axes>", plt.gcf().toString());
    }

    @Test
    void limitsAreCheckedWidenedAndOrdered() {
        Pyplot plt = pyplot(Console.pipe(), false);
        plt.xlim(2, 2);
        assertEquals(1.9, plt.xlim()[0], 1e-12);
        assertEquals(2.1, plt.xlim()[1], 1e-12);
        plt.ylim(3, -1);
        assertEquals(-1, plt.ylim()[0]);
        assertEquals("Axis limits cannot be NaN or Inf",
                assertThrows(PlotException.class, () -> plt.xlim(0, Double.NaN)).getMessage());
        plt.plot(new double[] {7});
        assertEquals(1.9, plt.xlim()[0], 1e-12, "set limits stay when data comes");
    }

    @Test
    void aLegendWithoutLabelsWarnsAsMatplotlib() {
        Pyplot plt = pyplot(Console.pipe(), false);
        plt.plot(new double[] {1, 2});
        plt.legend();
        assertEquals("No artists with labels found to put in legend.  Note that artists whose label start with an"
                + " underscore are ignored when legend() is called with no argument.\n", err());
    }

    @Test
    void showInAPipeWritesOnlyThePngPathOnStderrAndClosesTheFigures() throws Exception {
        Pyplot plt = pyplot(Console.pipe(), false);
        plt.plot(new double[] {1, 3, 2});
        plt.figure();
        plt.scatter(new double[] {1, 2}, new double[] {2, 1});
        List<Path> pngs = plt.show();
        assertEquals("", out());
        assertEquals(2, pngs.size());
        assertEquals("Figure 1: " + pngs.get(0) + "\nFigure 2: " + pngs.get(1) + "\n", err());
        assertTrue(Files.size(pngs.get(0)) > 1000);
        assertEquals(List.of(), plt.fignums());
        assertEquals(List.of(), plt.show(), "nothing left to show");
    }

    @Test
    void showInATerminalDrawsTheFigureThenGivesThePath() {
        Pyplot plt = pyplot(Console.terminal(40, 12, false), false);
        plt.plot(new double[] {0, 1, 0});
        List<Path> pngs = plt.show();
        String drawing = out();
        assertEquals(12, drawing.lines().count());
        assertTrue(drawing.contains("└"), drawing);
        assertTrue(drawing.chars().anyMatch(c -> c >= 0x2801 && c <= 0x28ff), "braille dots: " + drawing);
        assertEquals("Figure 1: " + pngs.get(0) + "\n", err());
    }

    @Test
    void showNeverThrowsInAHeadlessJvmEvenAskedForWindows() {
        assertTrue(java.awt.GraphicsEnvironment.isHeadless(), "the tests run headless");
        Pyplot plt = pyplot(Console.pipe(), true);
        plt.plot(new double[] {1, 2});
        assertEquals(1, plt.show().size());
        assertTrue(err().startsWith("Figure 1: "), err());
    }

    @Test
    void savefigWritesTheCurrentFigure() throws Exception {
        Pyplot plt = pyplot(Console.pipe(), false);
        plt.plot(new double[] {1, 2});
        Path p = plt.savefig(dir.resolve("f.png").toString(), 50);
        assertEquals(320, javax.imageio.ImageIO.read(p.toFile()).getWidth());
    }

    @Test
    void badKeywordsAreMatplotlibsErrors() {
        Pyplot plt = pyplot(Console.pipe(), false);
        double[] a = {1, 2};
        PlotException kw = assertThrows(PlotException.class, () -> plt.plot(a, a, "", Map.of("foo", 1)));
        assertEquals(PlotException.Kind.AttributeError, kw.kind());
        assertEquals("Line2D.set() got an unexpected keyword argument 'foo'", kw.getMessage());
        assertEquals("x and y must have same first dimension, but have shapes (2,) and (3,)",
                assertThrows(PlotException.class, () -> plt.plot(a, new double[] {1, 2, 3})).getMessage());
        assertEquals("x and y must be the same size",
                assertThrows(PlotException.class, () -> plt.scatter(a, new double[] {1, 2, 3})).getMessage());
        assertEquals("'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2.",
                assertThrows(PlotException.class,
                        () -> plt.scatter(a, a, Map.of("c", new double[] {1, 2, 3}))).getMessage());
        assertEquals("Unrecognized marker style 'q'",
                assertThrows(PlotException.class, () -> plt.plot(a, a, "", Map.of("marker", "q"))).getMessage());
        assertTrue(assertThrows(PlotException.class, () -> plt.legend("foo")).getMessage()
                .startsWith("'foo' is not a valid value for loc; supported values are 'best', 'upper right'"));
    }
}
