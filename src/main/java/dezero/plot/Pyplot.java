package dezero.plot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code matplotlib.pyplot}'s state machine: open figures by number, the current figure and its
 * current axes; each call acts on them as pyplot's does ({@code plot} draws on the current axes,
 * made when there are none). One per session. {@code show()} shows every open figure and closes
 * them, as pyplot does outside interactive mode.
 *
 * <pre>{@code
 * Pyplot plt = new Pyplot();
 * plt.plot(x, y, "r--", Map.of("label", "fit"));
 * plt.xlabel("x"); plt.legend();
 * plt.savefig("fit.png");
 * plt.show();
 * }</pre>
 */
public final class Pyplot {
    private final TreeMap<Integer, Figure> figures = new TreeMap<>();
    private final PrintStream err;
    private final FigureShower shower;
    private Figure current;

    /** Writes to System.out/err; windows when there is a display; the terminal as {@link Console#detect()}. */
    public Pyplot() {
        this(System.out, System.err, Console::detect, true);
    }

    /**
     * A pyplot writing terminal drawings to {@code out} and paths and warnings to {@code err}.
     *
     * @param console asked at each {@code show()} (the terminal may have been resized)
     * @param windows false to never open windows, even with a display
     */
    public Pyplot(PrintStream out, PrintStream err, Supplier<Console> console, boolean windows) {
        this.err = err;
        this.shower = new FigureShower(out, err, console, windows);
        DrawingWarmup.start();
    }

    /** {@code figure()}: a new figure of the default size, made current. */
    public Figure figure() {
        return figure(6.4, 4.8, 100);
    }

    /** {@code figure(figsize=(width, height))}, inches. */
    public Figure figure(double width, double height) {
        return figure(width, height, 100);
    }

    /** {@code figure(figsize=(width, height), dpi=dpi)}. */
    public Figure figure(double width, double height, double dpi) {
        int number = figures.isEmpty() ? 1 : figures.lastKey() + 1;
        Figure f = new Figure(number, width, height, dpi);
        figures.put(number, f);
        current = f;
        InlineFigures.opened(this);
        return f;
    }

    /** {@code figure(num)}: makes figure {@code num} current, creating it when it does not exist. */
    public Figure figure(int num) {
        if (num < 1) {
            throw PlotException.value("figure number must be positive, not " + num);
        }
        current = figures.computeIfAbsent(num, n -> new Figure(n, 6.4, 4.8, 100));
        InlineFigures.opened(this);
        return current;
    }

    /** {@code gcf()}: the current figure, made when there is none. */
    public Figure gcf() {
        if (current == null) {
            figure();
        }
        return current;
    }

    /** {@code gca()}: the current axes of the current figure. */
    public Axes gca() {
        return gcf().gca();
    }

    /** {@code subplot(nrows, ncols, index)}. */
    public Axes subplot(int nrows, int ncols, int index) {
        return gcf().subplot(nrows, ncols, index);
    }

    /** {@code subplot(211)}: three digits, rows, columns, index. */
    public Axes subplot(int code) {
        if (code < 111 || code > 999) {
            throw PlotException.value("Integer subplot specification must be a three-digit number, not " + code);
        }
        return subplot(code / 100, code / 10 % 10, code % 10);
    }

    public Axes plot(double[] y) {
        return gca().plot(y);
    }

    public Axes plot(double[] y, String fmt) {
        return gca().plot(y, fmt);
    }

    public Axes plot(double[] x, double[] y) {
        return gca().plot(x, y);
    }

    public Axes plot(double[] x, double[] y, String fmt) {
        return gca().plot(x, y, fmt);
    }

    /** See {@link Axes#plot(double[], double[], String, Map)}. */
    public Axes plot(double[] x, double[] y, String fmt, Map<String, ?> kwargs) {
        return gca().plot(x, y, fmt, kwargs);
    }

    public Axes scatter(double[] x, double[] y) {
        return gca().scatter(x, y);
    }

    /** See {@link Axes#scatter(double[], double[], Map)}. */
    public Axes scatter(double[] x, double[] y, Map<String, ?> kwargs) {
        return gca().scatter(x, y, kwargs);
    }

    /** See {@link Axes#scatter(double[], double[], double[], double[], String)}. */
    public Axes scatter(double[] x, double[] y, double[] sizes, double[] values, String marker) {
        return gca().scatter(x, y, sizes, values, marker);
    }

    public Axes contourf(double[][] xx, double[][] yy, double[][] z) {
        return gca().contourf(xx, yy, z);
    }

    /** See {@link Axes#contourf(double[], double[], double[], int, int)}. */
    public Axes contourf(double[] xx, double[] yy, double[] z, int rows, int cols) {
        return gca().contourf(xx, yy, z, rows, cols);
    }

    public void xlabel(String text) {
        gca().xlabel(text);
    }

    public void ylabel(String text) {
        gca().ylabel(text);
    }

    public void title(String text) {
        gca().title(text);
    }

    /** {@code legend()}; warns on stderr as matplotlib does when no series has a label. */
    public void legend() {
        legend("best");
    }

    public void legend(String loc) {
        Axes ax = gca();
        ax.legend(loc);
        if (!ax.hasLegendEntries()) {
            err.println("No artists with labels found to put in legend.  Note that artists whose label start with"
                    + " an underscore are ignored when legend() is called with no argument.");
        }
    }

    public void xlim(double left, double right) {
        gca().xlim(left, right);
    }

    public void ylim(double bottom, double top) {
        gca().ylim(bottom, top);
    }

    /** {@code xlim()}: the current x limits, {@code (left, right)}. */
    public double[] xlim() {
        return gca().xlim();
    }

    /** {@code ylim()}: the current y limits, {@code (bottom, top)}. */
    public double[] ylim() {
        return gca().ylim();
    }

    public void grid(boolean on) {
        gca().grid(on);
    }

    /** {@code grid()}: toggles the grid, as matplotlib's does with no argument. */
    public void grid() {
        Axes ax = gca();
        ax.grid(!ax.gridOn());
    }

    /** {@code clf()}: clears the current figure. */
    public void clf() {
        gcf().clear();
    }

    /** {@code close()}: closes the current figure; the most recent other one becomes current. */
    public void close() {
        if (current != null) {
            figures.remove(current.number());
            current = figures.isEmpty() ? null : figures.lastEntry().getValue();
        }
    }

    /** {@code close(num)}. */
    public void close(int num) {
        Figure f = figures.remove(num);
        if (f != null && f == current) {
            current = figures.isEmpty() ? null : figures.lastEntry().getValue();
        }
    }

    /** {@code close('all')}; other strings are matplotlib's TypeError. */
    public void close(String which) {
        if (!"all".equals(which)) {
            throw new PlotException(PlotException.Kind.TypeError,
                    "close() argument must be a Figure, an int, a string, or None, not '" + which + "'");
        }
        figures.clear();
        current = null;
    }

    /** {@code savefig(path)} at the figure's dpi; returns the file written (.png added without extension). */
    public Path savefig(String path) {
        return gcf().savefig(Path.of(path));
    }

    /** {@code savefig(path, dpi=dpi)}. */
    public Path savefig(String path, double dpi) {
        return gcf().savefig(Path.of(path), dpi);
    }

    /** {@code show()}: shows and closes every open figure, blocking on windows as a script's matplotlib does. */
    public List<Path> show() {
        return show(true);
    }

    /**
     * {@code show(block=)}: with a display, a window per figure, waiting until they are closed when
     * {@code block}; otherwise PNGs in a temporary folder, their paths on stderr, drawn in the
     * terminal first when there is one; but to the thread's {@link InlineFigures} target when one
     * is set. Never throws. Returns the PNGs written.
     */
    public List<Path> show(boolean block) {
        List<Figure> open = new ArrayList<>(figures.values());
        figures.clear();
        current = null;
        Consumer<Figure> inline = InlineFigures.target();
        if (inline == null) {
            return shower.show(open, block);
        }
        for (Figure f : open) {
            try {
                inline.accept(f);
            } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
                // show() never throws: a figure that cannot be drawn is reported, the others still shown.
                err.println("could not draw figure " + f.number() + ": " + e);
            }
        }
        err.flush();
        return List.of();
    }

    /** Waits until every window opened by a non-blocking {@code show} is closed (a script's end). */
    public void waitForWindows() {
        if (Display.available()) {
            FigureWindows.awaitClosed();
        }
    }

    /** The numbers of the open figures ({@code get_fignums()}). */
    public List<Integer> fignums() {
        return new ArrayList<>(figures.keySet());
    }
}
