package dezero.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A figure for JShell, built by chained calls:
 *
 * <pre>{@code
 * Plot.figure().plot(x, y, "o").plot(x, fit, "r-").xlabel("x").ylabel("y").savefig("fit.png").show()
 * }</pre>
 *
 * Each call acts on the current axes ({@link #subplot} changes them). {@code show()} opens a
 * window with a display, otherwise writes a PNG to a temporary folder and prints its path;
 * {@link #text(int, int)} gives the terminal drawing.
 */
public final class Plot {
    private final Figure figure;
    private Axes axes;

    private Plot(Figure figure) {
        this.figure = figure;
        this.axes = figure.gca();
    }

    /** A new figure of matplotlib's default size (6.4 x 4.8 inches, 100 dpi). */
    public static Plot figure() {
        return new Plot(new Figure());
    }

    /** A new figure of {@code width} x {@code height} inches. */
    public static Plot figure(double width, double height) {
        return new Plot(new Figure(width, height));
    }

    /** A new figure with {@code y} drawn against 0, 1, 2, ... */
    public static Plot of(double[] y) {
        return figure().plot(y);
    }

    /** The figure drawn so far. */
    public Figure fig() {
        return figure;
    }

    /** The current axes. */
    public Axes axes() {
        return axes;
    }

    public Plot subplot(int nrows, int ncols, int index) {
        axes = figure.subplot(nrows, ncols, index);
        return this;
    }

    public Plot plot(double[] y) {
        axes.plot(y);
        return this;
    }

    public Plot plot(double[] y, String fmt) {
        axes.plot(y, fmt);
        return this;
    }

    public Plot plot(double[] x, double[] y) {
        axes.plot(x, y);
        return this;
    }

    public Plot plot(double[] x, double[] y, String fmt) {
        axes.plot(x, y, fmt);
        return this;
    }

    /** {@code plot(x, y, "b--", Map.of("label", "fit", "linewidth", 2))}. */
    public Plot plot(double[] x, double[] y, String fmt, Map<String, ?> kwargs) {
        axes.plot(x, y, fmt, kwargs);
        return this;
    }

    public Plot scatter(double[] x, double[] y) {
        axes.scatter(x, y);
        return this;
    }

    /** {@code scatter(x, y, Map.of("s", 10, "c", "red", "marker", "x"))}. */
    public Plot scatter(double[] x, double[] y, Map<String, ?> kwargs) {
        axes.scatter(x, y, kwargs);
        return this;
    }

    public Plot contourf(double[][] xx, double[][] yy, double[][] z) {
        axes.contourf(xx, yy, z);
        return this;
    }

    public Plot title(String text) {
        axes.title(text);
        return this;
    }

    public Plot xlabel(String text) {
        axes.xlabel(text);
        return this;
    }

    public Plot ylabel(String text) {
        axes.ylabel(text);
        return this;
    }

    public Plot xlim(double left, double right) {
        axes.xlim(left, right);
        return this;
    }

    public Plot ylim(double bottom, double top) {
        axes.ylim(bottom, top);
        return this;
    }

    public Plot grid() {
        axes.grid(true);
        return this;
    }

    public Plot legend() {
        axes.legend();
        return this;
    }

    public Plot legend(String loc) {
        axes.legend(loc);
        return this;
    }

    /** Writes the figure (PNG, JPEG or SVG by extension), replacing the file. */
    public Plot savefig(String path) {
        figure.savefig(Path.of(path));
        return this;
    }

    public Plot savefig(String path, double dpi) {
        figure.savefig(Path.of(path), dpi);
        return this;
    }

    /** A window with a display (not waiting for it to close); otherwise a PNG whose path goes to stderr. */
    public Plot show() {
        new FigureShower(System.out, System.err, Console::detect, true).show(List.of(figure), false);
        return this;
    }

    /** The figure drawn for a terminal of {@code columns} x {@code rows}, in colour. */
    public String text(int columns, int rows) {
        return new TerminalRenderer(columns, rows, true).render(figure);
    }

    /** matplotlib's repr of the figure: {@code <Figure size 640x480 with 1 Axes>}. */
    @Override
    public String toString() {
        return figure.toString();
    }
}
