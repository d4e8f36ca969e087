package dezero.datasets;

import dezero.core.NDArray;
import dezero.core.Index;

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
        return a.get(Index.at(i < 0 ? i + n : i));
    }
}
