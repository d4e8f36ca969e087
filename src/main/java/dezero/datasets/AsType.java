package dezero.datasets;

import dezero.core.DType;
import dezero.core.NDArray;
import java.util.function.UnaryOperator;

/** DeZero's {@code transforms.AsType(dtype=np.float32)}: {@code array.astype(dtype)}. */
public class AsType implements UnaryOperator<NDArray> {
    public final DType dtype;

    /** float32, DeZero's default. */
    public AsType() {
        this(DType.FLOAT32);
    }

    public AsType(DType dtype) {
        this.dtype = dtype;
    }

    @Override
    public NDArray apply(NDArray x) {
        return x.astype(dtype);
    }
}
