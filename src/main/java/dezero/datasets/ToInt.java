package dezero.datasets;

import dezero.core.DType;

/** DeZero's {@code transforms.ToInt(dtype=int)}: int64 by default. */
public class ToInt extends AsType {
    public ToInt() {
        super(DType.INT64);
    }

    public ToInt(DType dtype) {
        super(dtype);
    }
}
