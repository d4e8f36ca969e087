package dezero.datasets;

import dezero.core.NDArray;
import java.util.Arrays;

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
        int r = i < 0 ? i + n : i;
        int[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
        int size = n == 0 ? 0 : a.size() / n;
        double[] v = new double[size];
        double[] all = a.toArray();
        System.arraycopy(all, r * size, v, 0, size);
        return NDArray.of(v, a.dtype(), rowShape);
    }
}
