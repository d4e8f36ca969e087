package dezero.functions;

import dezero.core.Function;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code get_item}: {@code x[slices]} with numpy's indexing; the gradient is scattered back by {@link GetItemGrad}. */
public final class GetItem extends Function {
    private final Index[] slices;

    /** DeZero's {@code GetItem(slices)}: {@code x[1:, ::2]} is {@code new GetItem(Index.slice(1, null, null), Index.slice(null, null, 2))}. */
    public GetItem(Index... slices) {
        this.slices = slices.clone();
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs[0].get(slices));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new GetItemGrad(slices, input(0).shape()).apply(gys[0]));
    }
}
