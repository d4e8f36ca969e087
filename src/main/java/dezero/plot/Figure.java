package dezero.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A matplotlib figure: its size in inches (6.4 x 4.8 and 100 dpi by default, so 640 x 480
 * pixels), and its axes in a grid of subplots. Drawn in points (1/72 inch) and scaled to pixels
 * at the dpi asked for, so fonts and lines keep their size in points as matplotlib's do.
 */
public final class Figure {
    private static final double POINTS_PER_INCH = 72;

    static {
        // Before any figure draws: a JVM without a usable display must be headless, or AWT breaks.
        Display.decide();
    }

    /** One subplot: its place in an nrows x ncols grid (index from 1, row by row) and its axes. */
    record Slot(int nrows, int ncols, int index, Axes axes) {}

    private final int number;
    private final double width;
    private final double height;
    private final double dpi;
    private final List<Slot> slots = new ArrayList<>();
    private Axes current;

    /** A figure of matplotlib's default size, 6.4 x 4.8 inches at 100 dpi. */
    public Figure() {
        this(1, 6.4, 4.8, 100);
    }

    /** A figure of {@code width} x {@code height} inches at 100 dpi ({@code figsize=(w, h)}). */
    public Figure(double width, double height) {
        this(1, width, height, 100);
    }

    Figure(int number, double width, double height, double dpi) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw PlotException.value("figure size must be positive finite not (" + width + ", " + height + ")");
        }
        if (!(dpi > 0 && Double.isFinite(dpi))) {
            throw PlotException.value("dpi must be positive, not " + dpi);
        }
        this.number = number;
        this.width = width;
        this.height = height;
        this.dpi = dpi;
    }

    /** matplotlib's figure number (1 for the first {@code figure()}). */
    public int number() {
        return number;
    }

    /** Width in inches. */
    public double width() {
        return width;
    }

    /** Height in inches. */
    public double height() {
        return height;
    }

    /** The figure's dpi, the default of {@code savefig} and the window. */
    public double dpi() {
        return dpi;
    }

    /** {@code gca()}: the current axes, made (one filling the figure) when there are none. */
    public Axes gca() {
        if (current == null) {
            current = subplot(1, 1, 1);
        }
        return current;
    }

    /**
     * {@code subplot(nrows, ncols, index)}: the axes at that place, made when new, and made current.
     * Subplots of other grids stay, overlapping or not, as in matplotlib 3.8.
     */
    public Axes subplot(int nrows, int ncols, int index) {
        if (nrows < 1 || ncols < 1) {
            throw PlotException.value("Number of rows must be a positive integer, not " + nrows);
        }
        if (index < 1 || index > nrows * ncols) {
            throw PlotException.value("num must be 1 <= num <= " + nrows * ncols + ", not " + index);
        }
        for (Slot s : slots) {
            if (s.nrows == nrows && s.ncols == ncols && s.index == index) {
                current = s.axes;
                return current;
            }
        }
        Slot slot = new Slot(nrows, ncols, index, new Axes());
        slots.add(slot);
        current = slot.axes;
        return current;
    }

    /** {@code clf()}: removes every axes. */
    public void clear() {
        slots.clear();
        current = null;
    }

    List<Slot> slots() {
        return Collections.unmodifiableList(slots);
    }

    /** The axes, in the order they were made. */
    public List<Axes> axes() {
        List<Axes> list = new ArrayList<>();
        for (Slot s : slots) {
            list.add(s.axes);
        }
        return Collections.unmodifiableList(list);
    }

    /** The figure at {@code dpi} as an image of {@code round(width * dpi)} x {@code round(height * dpi)} pixels. */
    public BufferedImage toImage(double dpi) {
        int w = (int) Math.round(width * dpi);
        int h = (int) Math.round(height * dpi);
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(w / (width * POINTS_PER_INCH), h / (height * POINTS_PER_INCH));
            paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Paints the figure into {@code g}, whose user space is in points. */
    void paint(Graphics2D g) {
        DrawingWarmup.await();
        double wPt = width * POINTS_PER_INCH;
        double hPt = height * POINTS_PER_INCH;
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, wPt, hPt));
        for (Slot s : slots) {
            AxesChart.paint(s.axes, g, plotBox(s, wPt, hPt));
        }
    }

    /**
     * {@code savefig(path, dpi=)}: PNG or JPEG at {@code dpi}, or SVG, by the file's extension
     * ({@code .png} added when there is none, as matplotlib adds it); written atomically,
     * replacing an existing file. Returns the file written.
     */
    public Path savefig(Path path, double dpi) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            path = path.resolveSibling(name + ".png");
        }
        String ext = dot < 0 ? "png" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!(dpi > 0 && Double.isFinite(dpi))) {
            throw PlotException.value("dpi must be positive, not " + dpi);
        }
        switch (ext) {
            case "png" -> AtomicFiles.write(path, out -> PngWriter.write(toImage(dpi), dpi, out));
            case "jpg", "jpeg" -> AtomicFiles.write(path, out -> {
                // In memory: with ImageIO's default cache, writing to a stream first writes a temporary file.
                ImageIO.setUseCache(false);
                ImageIO.write(toImage(dpi), "jpg", out);
            });
            case "svg" -> AtomicFiles.write(path, out -> SvgWriter.write(this, out));
            default -> throw PlotException.value("Format '" + ext
                    + "' is not supported (supported formats: jpeg, jpg, png, svg)");
        }
        return path;
    }

    /** {@code savefig(path)} at the figure's dpi. */
    public Path savefig(Path path) {
        return savefig(path, dpi);
    }

    /** The figure as PNG bytes at its dpi (the Jupyter kernel's image/png). */
    public byte[] toPng() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            PngWriter.write(toImage(dpi), dpi, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** matplotlib's repr: {@code <Figure size 640x480 with 1 Axes>}. */
    @Override
    public String toString() {
        return "<Figure size " + Math.round(width * dpi) + "x" + Math.round(height * dpi) + " with " + slots.size()
                + " Axes>";
    }

    /**
     * The subplot's plot box in points, by matplotlib's default subplot parameters: the grid
     * spans left 0.125 to right 0.9 and bottom 0.11 to top 0.88 of the figure, with gaps of 0.2
     * of an axes' size between subplots.
     */
    private static java.awt.geom.Rectangle2D plotBox(Slot s, double wPt, double hPt) {
        int row = (s.index - 1) / s.ncols;
        int col = (s.index - 1) % s.ncols;
        double cellW = 0.775 * wPt / (s.ncols + 0.2 * (s.ncols - 1));
        double cellH = 0.77 * hPt / (s.nrows + 0.2 * (s.nrows - 1));
        return new java.awt.geom.Rectangle2D.Double(0.125 * wPt + col * cellW * 1.2, 0.12 * hPt + row * cellH * 1.2,
                cellW, cellH);
    }
}
