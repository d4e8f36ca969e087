package dezero.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * contourf's filled regions as an image of the plot area at device resolution: each pixel takes
 * the colour of the grid value nearest to it, so a 2,000 x 2,000 grid (step 48's) costs one look-up
 * per pixel drawn, not one shape per grid cell.
 */
final class ContourRaster {
    private ContourRaster() {}

    static void draw(Graphics2D g, List<Series.Contour> contours, double[] xl, double[] yl, double left,
                     double top, double width, double height, double scale) {
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (Series.Contour c : contours) {
            for (int j = 0; j < h; j++) {
                double y = yl[1] - (j + 0.5) / h * (yl[1] - yl[0]);
                for (int i = 0; i < w; i++) {
                    double x = xl[0] + (i + 0.5) / w * (xl[1] - xl[0]);
                    Color col = c.levels().color(c.valueAt(x, y));
                    if (col != null) {
                        img.setRGB(i, j, col.getRGB());
                    }
                }
            }
        }
        AffineTransform at = AffineTransform.getTranslateInstance(left, top);
        at.scale(width / w, height / h);
        g.drawImage(img, at, null);
    }
}
