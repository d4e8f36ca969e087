package dezero.optimizers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;

/** AdaGrad: {@code h += grad * grad; param -= lr * grad / (sqrt(h) + eps)}. */
public class AdaGrad extends Optimizer {
    public double lr;
    public double eps;
    private final Map<Parameter, NDArray> hs = new IdentityHashMap<>();

    /** DeZero's defaults: lr 0.001, eps 1e-8. */
    public AdaGrad() {
        this(0.001, 1e-8);
    }

    public AdaGrad(double lr, double eps) {
        this.lr = lr;
        this.eps = eps;
    }

    @Override
    protected void updateOne(Parameter param) {
        NDArray grad = param.grad.data;
        NDArray h0 = hs.getOrDefault(param, NDArray.zerosLike(param.data));
        NDArray h = InPlace.into(h0, h0.add(grad.mul(grad)));
        hs.put(param, h);
        param.data = InPlace.into(param.data, param.data.sub(grad.mul(lr).div(h.sqrt().add(eps))));
    }
}
