package dezero.plot;

/** contourf's grid from meshgrid arrays: checked, its axes made increasing, as a {@link Series.Contour}. */
final class ContourGrid {
    private ContourGrid() {}

    static Series.Contour of(double[][] xx, double[][] yy, double[][] z) {
        int rows = z.length;
        int cols = rows == 0 ? 0 : z[0].length;
        double[] flatX = new double[rows * cols];
        double[] flatY = new double[rows * cols];
        double[] flatZ = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (xx.length != rows || yy.length != rows || xx[r].length != cols || yy[r].length != cols
                    || z[r].length != cols) {
                throw new PlotException(PlotException.Kind.TypeError,
                        "Shapes of x (" + xx.length + ", " + (xx.length == 0 ? 0 : xx[0].length)
                                + ") and z (" + rows + ", " + cols + ") do not match");
            }
            System.arraycopy(xx[r], 0, flatX, r * cols, cols);
            System.arraycopy(yy[r], 0, flatY, r * cols, cols);
            System.arraycopy(z[r], 0, flatZ, r * cols, cols);
        }
        return of(flatX, flatY, flatZ, rows, cols);
    }

    static Series.Contour of(double[] xx, double[] yy, double[] z, int rows, int cols) {
        if (rows < 2 || cols < 2) {
            throw new PlotException(PlotException.Kind.TypeError,
                    "Input z must be at least a (2, 2) shaped array, but has shape (" + rows + ", " + cols + ")");
        }
        if (xx.length != rows * cols || yy.length != rows * cols || z.length != rows * cols) {
            throw new PlotException(PlotException.Kind.TypeError, "Shapes of x, y and z (" + rows + ", " + cols
                    + ") do not match");
        }
        double[] xs = new double[cols];
        double[] ys = new double[rows];
        System.arraycopy(xx, 0, xs, 0, cols);
        for (int r = 0; r < rows; r++) {
            ys[r] = yy[r * cols];
        }
        double[] zc = z.clone();
        if (xs[0] > xs[cols - 1]) {
            reverseColumns(xs, zc, rows);
        }
        if (ys[0] > ys[rows - 1]) {
            reverseRows(ys, zc, cols);
        }
        return new Series.Contour(xs, ys, zc, ContourLevels.of(zc));
    }

    private static void reverseColumns(double[] xs, double[] z, int rows) {
        int cols = xs.length;
        for (int c = 0; c < cols / 2; c++) {
            double t = xs[c];
            xs[c] = xs[cols - 1 - c];
            xs[cols - 1 - c] = t;
            for (int r = 0; r < rows; r++) {
                double u = z[r * cols + c];
                z[r * cols + c] = z[r * cols + cols - 1 - c];
                z[r * cols + cols - 1 - c] = u;
            }
        }
    }

    private static void reverseRows(double[] ys, double[] z, int cols) {
        int rows = ys.length;
        for (int r = 0; r < rows / 2; r++) {
            double t = ys[r];
            ys[r] = ys[rows - 1 - r];
            ys[rows - 1 - r] = t;
            for (int c = 0; c < cols; c++) {
                double u = z[r * cols + c];
                z[r * cols + c] = z[(rows - 1 - r) * cols + c];
                z[(rows - 1 - r) * cols + c] = u;
            }
        }
    }
}
