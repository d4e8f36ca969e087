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
 * started on a machine with one core, where it would only take turns with the program; it
 * begins {@link #DELAY_MS} after pyplot is made.
 */
final class DrawingWarmup {
    /**
     * How long the warm-up waits before it draws. A program's first loop runs while the JIT
     * compiles it, and the warm-up's own compilations, queued beside, made step 43's training
     * 80 ms slower when they started at import; a figure drawn before the delay is over is drawn
     * cold, the warm-up then called off.
     */
    static final long DELAY_MS = 150;
    private static final DrawingWarmup JVM = new DrawingWarmup(DELAY_MS);

    private final long delayMs;
    private Thread thread;
    private boolean drawing;
    private boolean calledOff;

    DrawingWarmup(long delayMs) {
        this.delayMs = delayMs;
    }

    /** Starts the JVM's warm-up once; later calls do nothing. */
    static void start() {
        JVM.begin();
    }

    /** Waits for the JVM's warm-up, as {@link #waitFor()}. */
    static void await() {
        JVM.waitFor();
    }

    /** Starts this warm-up's thread, once; nothing on a machine with one core. */
    synchronized void begin() {
        if (thread != null || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (DrawingWarmup.this) {
                    if (calledOff) {
                        return;
                    }
                    drawing = true;
                }
                draw();
            }
        }, "figure-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Returns once no warm-up draws: at once when none was started, when it has not begun drawing
     * (it is called off), and on the warm-up's own thread; else when its drawing is over. An
     * interrupt stops the wait, not the drawing that follows: it is kept for the caller.
     */
    void waitFor() {
        Thread t;
        synchronized (this) {
            t = thread;
            if (t == null || t == Thread.currentThread()) {
                return;
            }
            if (!drawing) {
                calledOff = true;
                return;
            }
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the warm-up has begun drawing (for tests). */
    synchronized boolean drawing() {
        return drawing;
    }

    /** Whether the warm-up was called off by a figure drawn before it began (for tests). */
    synchronized boolean calledOff() {
        return calledOff;
    }

    /** The warm-up's thread, or null before {@link #begin()} (for tests). */
    synchronized Thread thread() {
        return thread;
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
