package dezero.datasets;

import dezero.core.NDArray;

/** Row access on the first axis of an array: numpy's {@code a[i]}. */
final class Rows {
    private Rows() {}

    /** numpy's {@code a[i]}: row {@code i} (negative from the end), shape {@code a.shape[1:]}. */
    static NDArray row(NDArray a, int i) {
        int n = a.len();
        if (i < -n || i >= n) {
            throw new IndexOutOfBoundsException("index " + i + " is out of bounds for axis 0 with size " + n);
        }
        return a.row(i);
    }
}
