package dezero.core;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An operation in the graph. A subclass computes {@link #forward} on arrays and
 * {@link #backward} on Variables (so that backward can itself be recorded for higher-order
 * derivatives). An instance is used once: {@code call} records its inputs (strongly) and
 * outputs (weakly, step 17) when backprop is enabled, and nothing otherwise.
 */
public abstract class Function {
    private Variable[] inputs;
    private WeakReference<Variable>[] outputs;
    private int[][] outputShapes;
    private int generation;
    private boolean called;

    /** Backward bookkeeping: the run that last queued this function. */
    long queuedBy;

    /** Forward on the inputs' data; one array per output. The inputs are not modified. */
    public abstract NDArray[] forward(NDArray... xs);

    /**
     * The gradients of the inputs given those of the outputs; {@code null} for an input the
     * function does not differentiate. Use {@link #input(int)} and {@link #output(int)}.
     */
    public abstract Variable[] backward(Variable... gys);

    /**
     * Applies this function: forward on the data, then (when backprop is enabled) records
     * inputs, weak outputs and the generation.
     *
     * @throws IllegalStateException when this instance was already called
     */
    @SuppressWarnings("unchecked")
    public final Variable[] call(Variable... xs) {
        if (called) {
            throw new IllegalStateException(name() + " instance already called: a Function records the inputs and "
                    + "outputs of one call for backward, so a second call would corrupt the first one's gradients; "
                    + "create a new instance for each call");
        }
        called = true;
        NDArray[] in = new NDArray[xs.length];
        for (int i = 0; i < xs.length; i++) {
            in[i] = xs[i].data;
        }
        NDArray[] ys = forward(in);
        Variable[] out = new Variable[ys.length];
        if (!Config.isBackpropEnabled()) {
            for (int i = 0; i < ys.length; i++) {
                out[i] = new Variable(ys[i]);
            }
            return out;
        }
        int g = 0;
        for (Variable x : xs) {
            g = Math.max(g, x.generation);
        }
        generation = g;
        // Not clone(): under C1, which the launcher runs, that is a call into the VM, 4x the cost
        // of an allocation and a copy (and Arrays.copyOf reflects on the element type).
        inputs = new Variable[xs.length];
        System.arraycopy(xs, 0, inputs, 0, xs.length);
        outputs = new WeakReference[ys.length];
        outputShapes = new int[ys.length][];
        for (int i = 0; i < ys.length; i++) {
            out[i] = new Variable(ys[i], this);
            outputs[i] = new WeakReference<>(out[i]);
            outputShapes[i] = ys[i].shapeRef();
        }
        return out;
    }

    /** {@link #call} for a function with exactly one output. */
    public final Variable apply(Variable... xs) {
        Variable[] out = call(xs);
        if (out.length != 1) {
            throw new IllegalStateException(name() + " has " + out.length + " outputs; use call()");
        }
        return out[0];
    }

    /** The class name, {@code Square}. */
    public String name() {
        return getClass().getSimpleName();
    }

    /** The largest generation among the inputs (0 until recorded). */
    public int generation() {
        return generation;
    }

    /** The recorded inputs (empty if not recorded). */
    public List<Variable> inputs() {
        return inputs == null ? List.of() : List.of(inputs);
    }

    /** The recorded outputs still alive; an entry is null once its variable was collected. */
    public List<Variable> outputs() {
        if (outputs == null) {
            return List.of();
        }
        Variable[] vs = new Variable[outputs.length];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = outputs[i].get();
        }
        return Collections.unmodifiableList(Arrays.asList(vs));
    }

    /** Input {@code i} as recorded by {@link #call}. */
    protected final Variable input(int i) {
        return inputs[i];
    }

    /** Output {@code i} if it is still alive, else null (outputs are weak references). */
    protected final Variable output(int i) {
        return outputs[i].get();
    }

    /** Packs forward results: {@code return outputs(x.square());}. */
    protected static NDArray[] outputs(NDArray... ys) {
        return ys;
    }

    /** Packs backward results: {@code return grads(gy, gy);}. */
    protected static Variable[] grads(Variable... gxs) {
        return gxs;
    }

    Variable[] inputsRef() {
        return inputs;
    }

    int outputCount() {
        return outputs.length;
    }

    /**
     * The shape output {@code i} had when recorded, also after the output was collected (a copy),
     * so that a replay of backward can stand a zero gradient in for it.
     */
    public int[] outputShape(int i) {
        return Arrays.copyOf(outputShapes[i], outputShapes[i].length);
    }

    /** {@code <Square gen=1>}. */
    @Override
    public String toString() {
        return "<" + name() + " gen=" + generation + ">";
    }
}
