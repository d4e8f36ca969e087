package dezero.optimizers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import java.util.IdentityHashMap;
import java.util.Map;

/** Adam, with DeZero's bias correction folded into the learning rate {@link #lr()}. */
public class Adam extends Optimizer {
    /** The number of updates so far. */
    public int t;
    public double alpha;
    public double beta1;
    public double beta2;
    public double eps;
    private final Map<Parameter, NDArray> ms = new IdentityHashMap<>();
    private final Map<Parameter, NDArray> vs = new IdentityHashMap<>();

    /** DeZero's defaults: alpha 0.001, beta1 0.9, beta2 0.999, eps 1e-8. */
    public Adam() {
        this(0.001, 0.9, 0.999, 1e-8);
    }

    /** DeZero's {@code Adam(alpha)} with the other defaults. */
    public Adam(double alpha) {
        this(alpha, 0.9, 0.999, 1e-8);
    }

    public Adam(double alpha, double beta1, double beta2, double eps) {
        this.alpha = alpha;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    @Override
    public void update() {
        t++;
        super.update();
    }

    /** {@code alpha * sqrt(1 - beta2^t) / (1 - beta1^t)}. */
    public double lr() {
        double fix1 = 1. - Math.pow(beta1, t);
        double fix2 = 1. - Math.pow(beta2, t);
        return alpha * Math.sqrt(fix2) / fix1;
    }

    @Override
    protected void updateOne(Parameter param) {
        NDArray grad = param.grad.data;
        NDArray m = ms.getOrDefault(param, NDArray.zerosLike(param.data));
        NDArray v = vs.getOrDefault(param, NDArray.zerosLike(param.data));
        m = InPlace.into(m, m.add(grad.sub(m).mul(1 - beta1)));
        v = InPlace.into(v, v.add(grad.mul(grad).sub(v).mul(1 - beta2)));
        ms.put(param, m);
        vs.put(param, v);
        param.data = InPlace.into(param.data, param.data.sub(m.mul(lr()).div(v.sqrt().add(eps))));
    }
}
