package dezero.optimizers;

import dezero.core.Parameter;
import dezero.layers.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * DeZero's {@code Optimizer}: {@link #setup} on a layer or model, then {@link #update} after each
 * backward updates every parameter that has a gradient, after the hooks have seen them.
 */
public abstract class Optimizer {
    /** The layer whose parameters are updated, or null before {@link #setup}. */
    public Layer target;
    private final List<Hook> hooks = new ArrayList<>();

    /** Called with the parameters about to be updated, before the update (a Java lambda or a language function). */
    @FunctionalInterface
    public interface Hook {
        void apply(List<Parameter> params);
    }

    /** Sets the target; returns this, as DeZero's {@code SGD().setup(model)}. */
    public Optimizer setup(Layer target) {
        this.target = target;
        return this;
    }

    /**
     * Updates every parameter of the target that has a gradient, after the hooks ran. A parameter
     * whose gradient a hook removed ({@link FreezeParam}) is left as it is (DeZero fails there).
     */
    public void update() {
        if (target == null) {
            throw new IllegalStateException("no target to update: call setup(model) first");
        }
        List<Parameter> params = new ArrayList<>();
        for (Parameter p : target.params()) {
            if (p.grad != null) {
                params.add(p);
            }
        }
        for (Hook f : hooks) {
            f.apply(params);
        }
        for (Parameter p : params) {
            if (p.grad != null) {
                updateOne(p);
            }
        }
    }

    /** Updates one parameter from its gradient. */
    protected abstract void updateOne(Parameter param);

    /** The hooks, in the order they run: DeZero's {@code optimizer.hooks}, a live list. */
    public List<Hook> hooks() {
        return hooks;
    }

    /** Adds a hook that sees the parameters before each update. */
    public void addHook(Hook f) {
        hooks.add(f);
    }
}
