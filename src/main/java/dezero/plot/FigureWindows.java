package dezero.plot;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * Figures in Swing windows, as matplotlib's {@code show()} opens them: one window each, titled
 * {@code Figure 1}, showing the figure as it was at {@code show()} (drawn on the caller's thread,
 * so later changes to the figure never race the window's painting), scaled to the window.
 * Blocking waits until they are all closed; non-blocking returns at once. Only loaded when a
 * display is there.
 */
final class FigureWindows {
    private static final CountDownLatch NONE = new CountDownLatch(0);
    private static volatile CountDownLatch open = NONE;

    private FigureWindows() {}

    /** Opens a window per figure; false (after a line on {@code err}) when windows cannot open. */
    static boolean tryOpen(List<Figure> figures, boolean block, PrintStream err) {
        CountDownLatch closed = new CountDownLatch(figures.size());
        try {
            List<BufferedImage> images = new ArrayList<>();
            for (Figure f : figures) {
                images.add(f.toImage(f.dpi()));
            }
            SwingUtilities.invokeAndWait(() -> {
                for (int i = 0; i < figures.size(); i++) {
                    frame(figures.get(i).number(), images.get(i), closed);
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

    private static void frame(int number, BufferedImage image, CountDownLatch closed) {
        JFrame frame = new JFrame("Figure " + number);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel panel = new JPanel() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                Graphics2D g2 = (Graphics2D) g.create();
                try {
                    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g2.drawImage(image, 0, 0, getWidth(), getHeight(), null);
                } finally {
                    g2.dispose();
                }
            }
        };
        panel.setPreferredSize(new Dimension(image.getWidth(), image.getHeight()));
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
