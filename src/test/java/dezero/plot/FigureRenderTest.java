package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * Figures rendered to PNG in a headless JVM and looked at: the image's size, the series' colours
 * where their data puts them (through matplotlib's default subplot box), the labels in the chart
 * model, and that nothing is blank. Sizes and colours are matplotlib 3.6.3's, printed by
 * {@code src/test/resources/dezero/plot/matplotlib_oracle.py} (a 6.4 x 4.8 figure is 640 x 480 at
 * dpi 100 and 320 x 240 at dpi 50).
 */
class FigureRenderTest {
    private static final Color C0 = Color.decode("#1f77b4");
    private static final Color C1 = Color.decode("#ff7f0e");
    private static final Color RED = Color.decode("#ff0000");
    private static final Color BLUE = Color.decode("#0000ff");

    @TempDir
    Path dir;

    private static double[] ramp(int n, double lo, double hi) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo + (hi - lo) * i / (n - 1);
        }
        return a;
    }

    private BufferedImage save(Figure f, String name, double dpi) throws IOException {
        Path p = f.savefig(dir.resolve(name), dpi);
        return ImageIO.read(p.toFile());
    }

    @Test
    void pngSizeIsFigsizeTimesDpi() throws IOException {
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 3, 2});
        BufferedImage at100 = save(f, "a.png", 100);
        assertEquals(640, at100.getWidth());
        assertEquals(480, at100.getHeight());
        BufferedImage at50 = save(f, "b.png", 50);
        assertEquals(320, at50.getWidth());
        assertEquals(240, at50.getHeight());
        BufferedImage small = save(new Figure(3, 2), "c.png", 150);
        assertEquals(450, small.getWidth());
        assertEquals(300, small.getHeight());
    }

    @Test
    void thePngRecordsItsDpiAsMatplotlibs() throws IOException {
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2});
        Path p = f.savefig(dir.resolve("dpi.png"), 100);
        // matplotlib 3.6.3's savefig at dpi 100 writes pHYs 3937 pixels a metre (PIL reads 99.9998 dpi).
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
            javax.imageio.ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            org.w3c.dom.Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            org.w3c.dom.Element phys = null;
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    phys = (org.w3c.dom.Element) n;
                }
            }
            assertEquals("3937", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            reader.dispose();
        }
    }

    @Test
    void anEmptyLineDrawsNothingAndTheNextLineIsDrawn() throws IOException {
        // matplotlib: plt.plot([], []); plt.plot([0, 1], [0, 1], 'r') saves a figure with the red line only
        Figure f = new Figure();
        f.gca().plot(new double[0], new double[0]);
        Axes ax = f.gca().plot(new double[] {0, 1}, new double[] {0, 1}, "r");
        BufferedImage img = save(f, "empty.png", 100);
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.5, 0.5), 2, RED, 40), "red in the middle");
    }

    @Test
    void aLineIsDrawnWhereItsDataIs() throws IOException {
        Figure f = new Figure();
        Axes ax = f.gca().plot(new double[] {0, 1}, new double[] {0, 1}, "r");
        BufferedImage img = save(f, "line.png", 100);
        for (double t = 0.1; t < 0.95; t += 0.1) {
            assertTrue(Pixels.near(img, Pixels.at(img, ax, t, t), 2, RED, 40), "red on the diagonal at " + t);
            assertFalse(Pixels.near(img, Pixels.at(img, ax, t, 1 - t + 0.3), 3, RED, 80), "nothing red off it");
        }
    }

    @Test
    void linesWithoutAColourTakeMatplotlibsCycleInOrder() throws IOException {
        Figure f = new Figure();
        Axes ax = f.gca();
        ax.plot(new double[] {0, 1}, new double[] {0.25, 0.25});
        ax.plot(new double[] {0, 1}, new double[] {0.75, 0.75});
        BufferedImage img = save(f, "cycle.png", 100);
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.5, 0.25), 2, C0, 30));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.5, 0.75), 2, C1, 30));
        assertFalse(Pixels.near(img, Pixels.at(img, ax, 0.5, 0.25), 2, C1, 30));
    }

    @Test
    void markersOnlyFormatDrawsNoLineBetweenPoints() throws IOException {
        Figure f = new Figure();
        Axes ax = f.gca().plot(new double[] {0, 1}, new double[] {0, 1}, "bo");
        BufferedImage img = save(f, "markers.png", 100);
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0, 0), 1, BLUE, 40));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 1, 1), 1, BLUE, 40));
        assertFalse(Pixels.near(img, Pixels.at(img, ax, 0.5, 0.5), 3, BLUE, 80));
    }

    @Test
    void scatterColoursEachPointByItsValueInViridis() throws IOException {
        Figure f = new Figure();
        Axes ax = f.gca().scatter(new double[] {0, 1, 2}, new double[] {0, 1, 2}, new double[] {100},
                new double[] {0, 1, 2}, "s");
        BufferedImage img = save(f, "scatter.png", 100);
        // matplotlib 3.6.3: viridis(0) #440154, viridis(0.5) #21918c, viridis(1) #fde725.
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0, 0), 1, Color.decode("#440154"), 10));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 1, 1), 1, Color.decode("#21918c"), 10));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 2, 2), 1, Color.decode("#fde725"), 10));
    }

    @Test
    void contourfFillsTheGridByClassAndTheAxesHugIt() throws IOException {
        int rows = 50;
        int cols = 80;
        double[] xx = new double[rows * cols];
        double[] yy = new double[rows * cols];
        double[] z = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                xx[r * cols + c] = c / (cols - 1.0);
                yy[r * cols + c] = r / (rows - 1.0);
                z[r * cols + c] = c < cols / 2 ? 0 : (r < rows / 2 ? 1 : 2);
            }
        }
        Figure f = new Figure();
        Axes ax = f.gca().contourf(xx, yy, z, rows, cols);
        assertEquals(0, ax.xlim()[0]);
        assertEquals(1, ax.xlim()[1]);
        BufferedImage img = save(f, "regions.png", 100);
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.25, 0.5), 0, Color.decode("#440154"), 3));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.75, 0.25), 0, Color.decode("#21918c"), 3));
        assertTrue(Pixels.near(img, Pixels.at(img, ax, 0.75, 0.75), 0, Color.decode("#fde725"), 3));
    }

    @Test
    void titlesLabelsAndLegendAreInTheChartModel() {
        Axes ax = new Figure().gca();
        ax.plot(new double[] {0, 1}, new double[] {0, 1}, "", Map.of("label", "y=x"));
        ax.plot(new double[] {0, 1}, new double[] {1, 0});
        ax.xlabel("x").ylabel("y").title("lines").legend();
        XYChart chart = AxesChart.build(ax, 460, 345);
        assertEquals("x", chart.getXAxisTitle());
        assertEquals("y", chart.getYAxisTitle());
        assertEquals("lines", chart.getTitle());
        assertTrue(chart.getStyler().isLegendVisible());
        assertTrue(chart.getSeriesMap().get("y=x").isShowInLegend());
        assertFalse(chart.getSeriesMap().get("_child1").isShowInLegend());
    }

    @Test
    void aFigureIsNotBlank() throws IOException {
        Figure f = new Figure();
        f.gca().plot(ramp(50, 0, 5), ramp(50, 3, -2)).xlabel("x");
        BufferedImage img = save(f, "full.png", 100);
        int white = Pixels.count(img, Color.WHITE, 0);
        int total = img.getWidth() * img.getHeight();
        assertTrue(white < total * 0.99, "some ink: " + (total - white) + " pixels");
        assertTrue(white > total * 0.6, "a white background: " + white + " pixels");
        int black = Pixels.count(img, Color.BLACK, 100);
        assertTrue(black > 800, "the axes box, ticks and labels are black: " + black);
        // The box's left side is at 0.125 of the width, from 0.12 to 0.89 of the height (matplotlib's subplot box).
        int left = (int) Math.round(0.125 * img.getWidth());
        int dark = 0;
        for (int y = (int) (0.13 * img.getHeight()); y < (int) (0.88 * img.getHeight()); y++) {
            boolean hit = false;
            for (int x = left - 1; x <= left + 1; x++) {
                hit |= Pixels.close(new Color(img.getRGB(x, y)), Color.BLACK, 140);
            }
            dark += hit ? 1 : 0;
        }
        assertEquals((int) (0.88 * img.getHeight()) - (int) (0.13 * img.getHeight()), dark, "the left spine, unbroken");
        assertTrue(Pixels.count(img, C0, 30) > 300, "the line in C0");
    }

    @Test
    void subplotsLandInTheirColumns() throws IOException {
        Figure f = new Figure(8, 3);
        f.subplot(1, 2, 1).plot(new double[] {0, 1, 0}, "r");
        f.subplot(1, 2, 2).plot(new double[] {1, 0, 1}, "b");
        BufferedImage img = save(f, "grid.png", 100);
        int half = img.getWidth() / 2;
        assertTrue(Pixels.countInColumns(img, 0, half, RED, 40) > 100);
        assertEquals(0, Pixels.countInColumns(img, half, img.getWidth(), RED, 40));
        assertTrue(Pixels.countInColumns(img, half, img.getWidth(), BLUE, 40) > 100);
        assertEquals(0, Pixels.countInColumns(img, 0, half, BLUE, 40));
        assertEquals("<Figure size 800x300 with 2 Axes>", f.toString());
    }

    @Test
    void svgIsWrittenWhenTheNameSaysSvg() throws IOException {
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2, 3}).title("t");
        Path p = f.savefig(dir.resolve("f.svg"));
        String text = Files.readString(p);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertTrue(text.contains("</svg>"));
    }

    @Test
    void aNameWithoutExtensionGetsPngAsInMatplotlib() throws IOException {
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2});
        Path p = f.savefig(dir.resolve("noext"));
        assertEquals(dir.resolve("noext.png"), p);
        assertEquals(640, ImageIO.read(p.toFile()).getWidth());
    }

    @Test
    void anUnknownFormatIsAValueErrorNamingTheFormats() {
        PlotException e = org.junit.jupiter.api.Assertions.assertThrows(PlotException.class,
                () -> new Figure().savefig(dir.resolve("f.pdq")));
        assertEquals("Format 'pdq' is not supported (supported formats: jpeg, jpg, png, svg)", e.getMessage());
    }
}
