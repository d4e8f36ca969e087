package dezero.optimizers;

import dezero.core.Parameter;
import dezero.core.Variable;
import java.util.List;

/** Hook: scales all gradients down together when their global L2 norm exceeds {@code maxNorm}. */
public final class ClipGrad implements Optimizer.Hook {
    public final double maxNorm;

    public ClipGrad(double maxNorm) {
        this.maxNorm = maxNorm;
    }

    @Override
    public void apply(List<Parameter> params) {
        double total = 0;
        for (Parameter p : params) {
            total += p.grad.data.mul(p.grad.data).sum().item();
        }
        double rate = maxNorm / (Math.sqrt(total) + 1e-6);
        if (rate < 1) {
            for (Parameter p : params) {
                p.grad = new Variable(InPlace.into(p.grad.data, p.grad.data.mul(rate)));
            }
        }
    }
}
