package dezero.optimizers;

import dezero.core.Parameter;

/** Stochastic gradient descent: {@code param -= lr * grad}. */
public class SGD extends Optimizer {
    /** The learning rate. */
    public double lr;

    /** DeZero's default learning rate 0.01. */
    public SGD() {
        this(0.01);
    }

    public SGD(double lr) {
        this.lr = lr;
    }

    @Override
    protected void updateOne(Parameter param) {
        param.data = InPlace.into(param.data, param.data.sub(param.grad.data.mul(lr)));
    }
}
