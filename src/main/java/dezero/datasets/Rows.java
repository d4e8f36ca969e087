package dezero.datasets;

import dezero.core.NDArray;
import dezero.core.DType;

/** Row access on the first axis of an array: numpy's {@code a[i]}. */
final class Rows {
    private Rows() {}

    /** numpy's {@code a[i]}: row {@code i} (negative from the end), shape {@code a.shape[1:]}. */
    static NDArray row(NDArray a, int i) {
        int[] shape = a.shape();
        int n = shape[0];
        if (i < -n || i >= n) {
            throw new IndexOutOfBoundsException("index " + i + " is out of bounds for axis 0 with size " + n);
        }
        // One row's copy, not the whole array's: a training loop asks for every row of every batch.
        // Copied directly from the row-major values rather than through the general indexing
        // (an index list, its selection, a strided copy): dataset[i] is most of the time a
        // batch takes to assemble.
        int[] rowShape = java.util.Arrays.copyOfRange(shape, 1, shape.length);
        double[] r = NDArray.newBuffer(rowShape);
        int from = (i < 0 ? i + n : i) * r.length;
        for (int j = 0; j < r.length; j++) {
            r[j] = a.flat(from + j);
        }
        NDArray row = NDArray.wrap(r, rowShape);
        return a.dtype() == DType.FLOAT64 ? row : row.astype(a.dtype());
    }
}
