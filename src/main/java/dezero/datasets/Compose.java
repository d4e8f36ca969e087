package dezero.datasets;

import dezero.core.NDArray;
import java.util.List;
import java.util.function.UnaryOperator;

/** DeZero's {@code transforms.Compose(transforms)}: each transform in turn (none: the input itself). */
public final class Compose implements UnaryOperator<NDArray> {
    public final List<UnaryOperator<NDArray>> transforms;

    @SafeVarargs
    public Compose(UnaryOperator<NDArray>... transforms) {
        this(List.of(transforms));
    }

    public Compose(List<UnaryOperator<NDArray>> transforms) {
        this.transforms = List.copyOf(transforms);
    }

    @Override
    public NDArray apply(NDArray x) {
        NDArray y = x;
        for (UnaryOperator<NDArray> t : transforms) {
            y = t.apply(y);
        }
        return y;
    }
}
