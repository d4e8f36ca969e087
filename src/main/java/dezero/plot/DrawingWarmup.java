package dezero.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Draws one figure of the usual kind (points, a line, two labels) into memory on a background
 * thread as soon as pyplot is made, so that the program's own {@code show()} runs code that is
 * already loaded and compiled. A program of the book imports pyplot at its top and draws at its
 * end; the first figure a JVM draws takes 130-150 ms (XChart, Java2D and the PNG encoder run
 * cold), a warm one 20-30 ms, and the training in between leaves the second core mostly idle.
 *
 * <p>Drawing waits for the warm-up ({@link #await()}), so two threads never draw at once. Not
 * started on a machine with one core, where it would only take turns with the program.
 */
final class DrawingWarmup {
    private static final Object LOCK = new Object();
    private static Thread thread;

    private DrawingWarmup() {}

    /** Starts the warm-up once per JVM; later calls do nothing. */
    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        synchronized (LOCK) {
            if (thread != null) {
                return;
            }
            thread = new Thread(new Runnable() {
                @Override
                public void run() {
                    draw();
                }
            }, "figure-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Returns once the warm-up is over (at once when none was started, and on the warm-up's own
     * thread). An interrupt stops the wait, not the drawing that follows: it is kept for the caller.
     */
    static void await() {
        Thread t;
        synchronized (LOCK) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread() || !t.isAlive()) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A figure like the book's: 100 points, a line through 100 more, axis labels; encoded and thrown away. */
    private static void draw() {
        try {
            int n = 100;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = i / (double) n;
                y[i] = Math.sin(2 * Math.PI * x[i]) + (i * 37 % 100) / 100.0;
            }
            Figure f = new Figure(0, 6.4, 4.8, 100);
            Axes ax = f.gca();
            ax.scatter(x, y, Map.of("s", 10.0));
            ax.plot(x, x, "", Map.of("color", "r"));
            ax.xlabel("x");
            ax.ylabel("y");
            PngWriter.write(f.toImage(f.dpi()), f.dpi(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            // Nothing to warm where figures cannot be drawn; the program's own show() says why.
        }
    }
}
