package dezero.optimizers;

import dezero.core.Parameter;
import dezero.core.Variable;
import java.util.List;

/** Hook: {@code grad += rate * param} (L2 regularisation). */
public final class WeightDecay implements Optimizer.Hook {
    public final double rate;

    public WeightDecay(double rate) {
        this.rate = rate;
    }

    @Override
    public void apply(List<Parameter> params) {
        for (Parameter p : params) {
            // A new grad, where DeZero adds in place: grads may be shared between variables.
            p.grad = new Variable(InPlace.into(p.grad.data, p.grad.data.add(p.data.mul(rate))));
        }
    }
}
