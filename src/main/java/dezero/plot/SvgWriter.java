package dezero.plot;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.IOException;
import java.io.OutputStream;

/** A figure as SVG, through VectorGraphics2D (XChart's vector back end), one unit = one point. */
final class SvgWriter {
    private SvgWriter() {}

    static void write(Figure figure, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        figure.paint(g);
        double w = figure.width() * 72;
        double h = figure.height() * 72;
        Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
    }
}
