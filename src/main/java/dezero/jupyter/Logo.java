package dezero.jupyter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The kernel's icon, drawn rather than shipped: the book's computational graph in miniature, two
 * input variables (circles) into a function (a box) into an output, with no text so that no font
 * is needed on a headless machine.
 */
final class Logo {
    private static final Color VARIABLE = new Color(0xF0, 0x8C, 0x3C);
    private static final Color FUNCTION = new Color(0x3C, 0x78, 0xC8);
    private static final Color EDGE = new Color(0x44, 0x44, 0x44);

    private Logo() {}

    /** A square PNG of {@code size} pixels. */
    static byte[] png(int size) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(size / 64.0, size / 64.0);
            g.setColor(EDGE);
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(14, 14, 32, 32));
            g.draw(new Line2D.Double(14, 50, 32, 32));
            g.draw(new Line2D.Double(32, 32, 52, 32));
            g.setColor(VARIABLE);
            g.fill(new Ellipse2D.Double(4, 4, 20, 20));
            g.fill(new Ellipse2D.Double(4, 40, 20, 20));
            g.fill(new Ellipse2D.Double(42, 22, 20, 20));
            g.setColor(FUNCTION);
            g.fill(new RoundRectangle2D.Double(22, 22, 20, 20, 6, 6));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
