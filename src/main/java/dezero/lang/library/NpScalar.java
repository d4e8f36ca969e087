package dezero.lang.library;

import dezero.core.NDArray;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Typed;

/**
 * A numpy scalar ({@code np.float64(3.0)}, {@code np.int64(2)}): what numpy gives for a 0-d result
 * of arithmetic, a reduction or an element index. It holds a 0-d array and acts as one in
 * arithmetic (strong in promotion), but prints as numpy prints a scalar.
 */
record NpScalar(NDArray array) implements Typed {
    @Override
    public PyType pyType() {
        return NumpyTypes.scalarType(array.dtype());
    }
}
