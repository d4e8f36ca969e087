package dezero.optimizers;

import dezero.core.Parameter;
import dezero.layers.Layer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Hook: removes the gradients of the given parameters or layers' parameters, so they are not updated. */
public final class FreezeParam implements Optimizer.Hook {
    private final List<Parameter> frozen = new ArrayList<>();

    /** Each item a {@link Parameter} or a {@link Layer}. */
    public FreezeParam(Object... layers) {
        for (Object l : layers) {
            if (l instanceof Parameter p) {
                frozen.add(p);
            } else if (l instanceof Layer layer) {
                frozen.addAll(layer.params());
            } else {
                throw new IllegalArgumentException("FreezeParam takes Parameters and Layers, got "
                        + (l == null ? "None" : l.getClass().getSimpleName()));
            }
        }
    }

    /** The parameters kept as they are. */
    public List<Parameter> frozen() {
        return Collections.unmodifiableList(frozen);
    }

    @Override
    public void apply(List<Parameter> params) {
        for (Parameter p : frozen) {
            p.grad = null;
        }
    }
}
