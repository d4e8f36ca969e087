package dezero.datasets;

import dezero.core.NDArray;
import java.util.function.UnaryOperator;

/** DeZero's {@code transforms.Flatten()}: {@code array.flatten()}. */
public final class Flatten implements UnaryOperator<NDArray> {
    @Override
    public NDArray apply(NDArray x) {
        return x.reshape(x.size());
    }
}
