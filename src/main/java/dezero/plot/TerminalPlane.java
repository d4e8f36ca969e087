package dezero.plot;

/** A terminal plot area: data limits onto the cells at (x, y), w x h, and onto braille dots (2w x 4h). */
final class TerminalPlane {
    final double[] xl;
    final double[] yl;
    final int x;
    final int y;
    final int w;
    final int h;

    TerminalPlane(double[] xl, double[] yl, int x, int y, int w, int h) {
        this.xl = xl;
        this.yl = yl;
        this.x = x;
        this.y = y;
        this.w = w;
        this.h = h;
    }

    double dotX(double v) {
        return (v - xl[0]) / (xl[1] - xl[0]) * (2 * w - 1);
    }

    double dotY(double v) {
        return (yl[1] - v) / (yl[1] - yl[0]) * (4 * h - 1);
    }

    double dataX(double cell) {
        return xl[0] + cell / w * (xl[1] - xl[0]);
    }

    double dataY(double cell) {
        return yl[1] - cell / h * (yl[1] - yl[0]);
    }

    /** A segment in braille dots, clipped to the plot area (Liang-Barsky). */
    void segment(CellGrid g, double xa, double ya, double xb, double yb, int color) {
        double x0 = dotX(xa);
        double y0 = dotY(ya);
        double x1 = dotX(xb);
        double y1 = dotY(yb);
        if (!(Double.isFinite(x0) && Double.isFinite(y0) && Double.isFinite(x1) && Double.isFinite(y1))) {
            return;
        }
        double lo = 0;
        double hi = 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 + 0.5, 2 * w - 0.5 - x0, y0 + 0.5, 4 * h - 0.5 - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    lo = Math.max(lo, t);
                } else {
                    hi = Math.min(hi, t);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        int ox = 2 * x;
        int oy = 4 * y;
        g.line(ox + (int) Math.round(x0 + lo * dx), oy + (int) Math.round(y0 + lo * dy),
                ox + (int) Math.round(x0 + hi * dx), oy + (int) Math.round(y0 + hi * dy), color);
    }

    /** A marker character in the cell holding (vx, vy), if inside the plot area. */
    void mark(CellGrid g, double vx, double vy, char c, int color) {
        double dx = dotX(vx);
        double dy = dotY(vy);
        if (!(dx > -0.5 && dx < 2 * w - 0.5 && dy > -0.5 && dy < 4 * h - 0.5)) {
            return;
        }
        g.put(x + (int) Math.round(dx) / 2, y + (int) Math.round(dy) / 4, c, color);
    }
}
