package dezero.core;

import java.util.Objects;

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
public final class Variable {
    /** The value. Replaceable (e.g. a Newton step {@code x.data = ...}); the array itself is immutable. */
    public NDArray data;
    /** The gradient set by {@link #backward()}, or null; accumulates until {@link #cleargrad()}. */
    public Variable grad;
    /** A label for pictures and tables, or null. */
    public String name;
    /** The function that produced this variable, or null for a leaf (and under no-grad). */
    public final Function creator;
    /** Distance from the leaves: 0 for a leaf, the creator's generation + 1 otherwise. */
    public final int generation;

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

    /** The number of elements of {@code data}. */
    public int size() {
        return data.size();
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
        return "variable(" + data.toString().replace("\n", "\n         ") + ")";
    }
}
