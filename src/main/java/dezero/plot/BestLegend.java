package dezero.plot;

/**
 * {@code legend(loc='best')}: the corner whose quarter of the axes holds the fewest data points,
 * tried in matplotlib's order (upper right, upper left, lower left, lower right).
 */
final class BestLegend {
    private static final LegendLoc[] ORDER = {
        LegendLoc.UPPER_RIGHT, LegendLoc.UPPER_LEFT, LegendLoc.LOWER_LEFT, LegendLoc.LOWER_RIGHT,
    };

    private BestLegend() {}

    static LegendLoc choose(Axes axes) {
        double[] xl = axes.xlim();
        double[] yl = axes.ylim();
        int[] hits = new int[ORDER.length];
        for (Series s : axes.series()) {
            double[] x;
            double[] y;
            if (s instanceof Series.Line l) {
                x = l.x();
                y = l.y();
            } else if (s instanceof Series.Points p) {
                x = p.x();
                y = p.y();
            } else {
                continue;
            }
            for (int i = 0; i < x.length; i++) {
                double u = (x[i] - xl[0]) / (xl[1] - xl[0]);
                double v = (y[i] - yl[0]) / (yl[1] - yl[0]);
                boolean right = u > 0.55;
                boolean left = u < 0.45;
                boolean top = v > 0.6;
                boolean bottom = v < 0.4;
                if (top && right) {
                    hits[0]++;
                } else if (top && left) {
                    hits[1]++;
                } else if (bottom && left) {
                    hits[2]++;
                } else if (bottom && right) {
                    hits[3]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i] < hits[best]) {
                best = i;
            }
        }
        return ORDER[best];
    }
}
