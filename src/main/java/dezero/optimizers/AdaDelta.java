package dezero.optimizers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;

/** AdaDelta: running averages of squared gradients and squared updates, no learning rate. */
public class AdaDelta extends Optimizer {
    public double rho;
    public double eps;
    private final Map<Parameter, NDArray> msg = new IdentityHashMap<>();
    private final Map<Parameter, NDArray> msdx = new IdentityHashMap<>();

    /** DeZero's defaults: rho 0.95, eps 1e-6. */
    public AdaDelta() {
        this(0.95, 1e-6);
    }

    public AdaDelta(double rho, double eps) {
        this.rho = rho;
        this.eps = eps;
    }

    @Override
    protected void updateOne(Parameter param) {
        NDArray grad = param.grad.data;
        NDArray g2 = msg.getOrDefault(param, NDArray.zerosLike(param.data));
        NDArray dx2 = msdx.getOrDefault(param, NDArray.zerosLike(param.data));
        g2 = InPlace.into(g2, g2.mul(rho));
        g2 = InPlace.into(g2, g2.add(grad.mul(1 - rho).mul(grad)));
        NDArray dx = dx2.add(eps).div(g2.add(eps)).sqrt().mul(grad);
        dx2 = InPlace.into(dx2, dx2.mul(rho));
        dx2 = InPlace.into(dx2, dx2.add(dx.mul(1 - rho).mul(dx)));
        msg.put(param, g2);
        msdx.put(param, dx2);
        param.data = InPlace.into(param.data, param.data.sub(dx));
    }
}
