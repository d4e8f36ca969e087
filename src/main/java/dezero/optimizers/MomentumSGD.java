package dezero.optimizers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;

/** SGD with momentum: {@code v = momentum * v - lr * grad; param += v}. */
public class MomentumSGD extends Optimizer {
    public double lr;
    public double momentum;
    private final Map<Parameter, NDArray> vs = new IdentityHashMap<>();

    /** DeZero's defaults: lr 0.01, momentum 0.9. */
    public MomentumSGD() {
        this(0.01, 0.9);
    }

    public MomentumSGD(double lr, double momentum) {
        this.lr = lr;
        this.momentum = momentum;
    }

    @Override
    protected void updateOne(Parameter param) {
        NDArray v = vs.getOrDefault(param, NDArray.zerosLike(param.data));
        v = InPlace.into(v, InPlace.into(v, v.mul(momentum)).sub(param.grad.data.mul(lr)));
        vs.put(param, v);
        param.data = InPlace.into(param.data, param.data.add(v));
    }
}
