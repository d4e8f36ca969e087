package dezero.dataloaders;

import dezero.core.NDArray;
import java.util.Arrays;

/** numpy's {@code np.array([a0, a1, ...])} for arrays of one shape: a new first axis. */
final class Stack {
    private Stack() {}

    static NDArray rows(NDArray[] rows) {
        int[] rowShape = rows.length == 0 ? new int[0] : rows[0].shape();
        int size = rows.length == 0 ? 0 : rows[0].size();
        double[] out = new double[rows.length * size];
        for (int i = 0; i < rows.length; i++) {
            if (!Arrays.equals(rows[i].shape(), rowShape)) {
                throw new IllegalArgumentException("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after 1 dimensions. The detected shape was (" + rows.length
                        + ",) + inhomogeneous part.");
            }
            System.arraycopy(rows[i].toArray(), 0, out, i * size, size);
        }
        int[] shape = new int[rowShape.length + 1];
        shape[0] = rows.length;
        System.arraycopy(rowShape, 0, shape, 1, rowShape.length);
        return NDArray.of(out, rows.length == 0 ? dezero.core.DType.FLOAT64 : rows[0].dtype(), shape);
    }
}
