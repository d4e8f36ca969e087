package dezero.datasets;

import dezero.core.DType;

/** DeZero's {@code transforms.ToFloat} (its name for {@link AsType}): float32 by default. */
public class ToFloat extends AsType {
    public ToFloat() {
        super(DType.FLOAT32);
    }

    public ToFloat(DType dtype) {
        super(dtype);
    }
}
