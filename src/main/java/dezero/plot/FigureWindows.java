package dezero.plot;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * Figures in Swing windows, as matplotlib's {@code show()} opens them: one window each, titled
 * {@code Figure 1}, the figure scaled to the window. Blocking waits until they are all closed;
 * non-blocking returns at once. Only loaded when a display is there.
 */
final class FigureWindows {
    private static final CountDownLatch NONE = new CountDownLatch(0);
    private static volatile CountDownLatch open = NONE;

    private FigureWindows() {}

    /** Opens a window per figure; false (after a line on {@code err}) when windows cannot open. */
    static boolean tryOpen(List<Figure> figures, boolean block, PrintStream err) {
        CountDownLatch closed = new CountDownLatch(figures.size());
        try {
            SwingUtilities.invokeAndWait(() -> {
                for (Figure f : figures) {
                    frame(f, closed);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (Throwable e) {
            err.println("could not open a window (" + e + "); drawing the figure here instead");
            return false;
        }
        open = closed;
        if (block) {
            await(closed);
        }
        return true;
    }

    /** Waits until every window opened so far is closed (or the thread is interrupted). */
    static void awaitClosed() {
        await(open);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void frame(Figure f, CountDownLatch closed) {
        JFrame frame = new JFrame("Figure " + f.number());
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel panel = new JPanel() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g2.scale(getWidth() / (f.width() * 72), getHeight() / (f.height() * 72));
                    f.paint(g2);
                } finally {
                    g2.dispose();
                }
            }
        };
        panel.setPreferredSize(new Dimension((int) Math.round(f.width() * f.dpi()),
                (int) Math.round(f.height() * f.dpi())));
        frame.setContentPane(panel);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        frame.pack();
        frame.setLocationByPlatform(true);
        frame.setVisible(true);
    }
}
