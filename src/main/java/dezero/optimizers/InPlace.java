package dezero.optimizers;

import dezero.core.NDArray;

/** numpy's in-place operators ({@code a -= b}): the result is cast back to the dtype of the array updated. */
final class InPlace {
    private InPlace() {}

    /** {@code value} as {@code target}'s dtype: what {@code target op= ...} leaves in {@code target}. */
    static NDArray into(NDArray target, NDArray value) {
        return value.dtype() == target.dtype() ? value : value.astype(target.dtype());
    }
}
