package dezero.core;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

/**
 * A value in the graph: its {@code data}, the {@code grad} backward gives it, and the
 * {@code creator} function that made it. The fields are public as in the book, so JShell
 * shows {@code x.grad} as {@code variable(7.0)}.
 *
 * <pre>{@code
 * var x = new Variable(3.0);
 * var y = add(square(x), x);   // variable(12.0)
 * y.backward();
 * x.grad                       // variable(7.0)
 * }</pre>
 */
public class Variable {
    /** The value. Replaceable (e.g. a Newton step {@code x.data = ...}); the array itself is immutable. */
    public NDArray data;
    /** The gradient set by {@link #backward()}, or null; accumulates until {@link #cleargrad()}. */
    public Variable grad;
    /** A label for pictures and tables, or null. */
    public String name;
    /** The function that produced this variable, or null for a leaf (and under no-grad, and after {@link #unchain}). */
    public Function creator;
    /** Distance from the leaves: 0 for a leaf, the creator's generation + 1 otherwise. */
    public int generation;

    /** A leaf holding {@code data}. */
    public Variable(NDArray data) {
        this(data, (String) null);
    }

    /** A leaf holding {@code data}, labelled {@code name}. */
    public Variable(NDArray data, String name) {
        this.data = Objects.requireNonNull(data, "data");
        this.name = name;
        this.creator = null;
        this.generation = 0;
    }

    /**
     * A leaf without data yet, DeZero's {@code Variable(None)}: for parameters that a layer sizes
     * at its first input. {@code data} must be set before the variable takes part in a computation.
     */
    protected Variable(String name) {
        this.name = name;
    }

    /** A scalar leaf: {@code new Variable(3.0)} is DeZero's {@code Variable(np.array(3.0))}. */
    public Variable(double value) {
        this(NDArray.scalar(value));
    }

    /** An output of {@code creator}: the function records itself, one generation above. */
    Variable(NDArray data, Function creator) {
        this.data = data;
        this.creator = creator;
        this.generation = creator.generation() + 1;
    }

    /** The shape of {@code data} (a copy). */
    public int[] shape() {
        return data.shape();
    }

    /** The number of axes of {@code data}: 0 for a scalar. */
    public int ndim() {
        return data.ndim();
    }

    /** The element type of {@code data}. */
    public DType dtype() {
        return data.dtype();
    }

    /** The number of elements of {@code data}. */
    public int size() {
        return data.size();
    }

    /**
     * Python's {@code len(x)}: the length of the first axis.
     *
     * @throws OperandTypeException for a 0-d variable, as Python's {@code len() of unsized object}
     */
    public int len() {
        int[] shape = data.shapeRef();
        if (shape.length == 0) {
            throw new OperandTypeException("len() of unsized object");
        }
        return shape[0];
    }

    /** Forgets the creator: this variable becomes a leaf of the graphs built from it later. */
    public void unchain() {
        creator = null;
    }

    /**
     * Unchains every variable that this one was computed from (not this one): backward from it
     * stops here (truncated backpropagation through time, step 59).
     */
    public void unchainBackward() {
        if (creator == null) {
            return;
        }
        Set<Function> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Function> funcs = new ArrayDeque<>();
        funcs.push(creator);
        seen.add(creator);
        while (!funcs.isEmpty()) {
            for (Variable x : funcs.pop().inputs()) {
                Function c = x.creator;
                if (c != null) {
                    if (seen.add(c)) {
                        funcs.push(c);
                    }
                    x.unchain();
                }
            }
        }
    }

    /** DeZero's {@code to_cpu()}: the data already lives on the CPU, so nothing changes. */
    public void toCpu() {
        // dezero-j has no GPU: the data is always on the CPU.
    }

    /** DeZero's {@code to_gpu()}: no GPU here ({@code dezero.cuda.gpu_enable} is False), so nothing changes. */
    public void toGpu() {
        // dezero-j has no GPU: the data stays on the CPU, as DeZero does without CuPy.
    }

    /** Backward from this variable, intermediate grads cleared, no graph of the gradients. */
    public void backward() {
        Backprop.run(this, false, false, Config.backwardListener());
    }

    /** Backward; {@code retainGrad} keeps the grads of intermediate variables (step 18). */
    public void backward(boolean retainGrad) {
        Backprop.run(this, retainGrad, false, Config.backwardListener());
    }

    /**
     * Backward; {@code createGraph} records the gradient computation itself, so a grad can be
     * differentiated again (higher-order derivatives).
     */
    public void backward(boolean retainGrad, boolean createGraph) {
        Backprop.run(this, retainGrad, createGraph, Config.backwardListener());
    }

    /** Forgets the gradient, so the next backward starts from zero (step 14). */
    public void cleargrad() {
        grad = null;
    }

    /** DeZero's repr: {@code variable(3.0)}, {@code variable([1. 2. 3.])}. */
    @Override
    public String toString() {
        if (data == null) {
            return "variable(None)";
        }
        return "variable(" + data.toString().replace("\n", "\n         ") + ")";
    }
}
