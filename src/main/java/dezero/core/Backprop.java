package dezero.core;

import java.util.Arrays;

/**
 * DeZero's {@code Variable.backward} (core.py), iterative: the loop below is DeZero's, line for
 * line, with the queue in {@link FunctionHeap}. Where DeZero would crash, it goes on: an output
 * whose grad is null (unused, or already collected) counts as a zero gradient.
 */
final class Backprop {
    private Backprop() {}

    static void run(Variable start, boolean retainGrad, boolean createGraph, BackwardListener listener) {
        if (start.creator == null) {
            if (start.grad == null) {
                start.grad = new Variable(NDArray.onesLike(start.data));
            }
            return;
        }
        try (FunctionHeap funcs = new FunctionHeap();
                Config.Scope mode = Config.using("enable_backprop", createGraph)) {
            funcs.add(start.creator);
            // Seeded once this run owns the graph: a run on another thread that has just finished
            // cleared start's grad, and a seed set before the claim would have been cleared with
            // it, so this run would have sent zeros down the graph.
            if (start.grad == null) {
                start.grad = new Variable(NDArray.onesLike(start.data));
            }
            while (!funcs.isEmpty()) {
                Interrupts.check(); // one step on a large array can take a tenth of a second
                Function f = funcs.pop();
                Variable[] gys = outputGrads(f);
                Variable[] gxs = f.backward(gys);
                Variable[] xs = f.inputsRef();
                checkCount(f, gxs, xs);
                if (listener != null) {
                    listener.onBackward(f, f.generation(), gys, gxs);
                }
                for (int i = 0; i < xs.length; i++) {
                    Variable x = xs[i];
                    Variable gx = gxs[i];
                    if (gx == null) {
                        continue;
                    }
                    checkShape(f, i, gx, x);
                    if (x.creator == null) {
                        // A leaf may be shared by graphs that other threads run backward through.
                        synchronized (x) {
                            x.grad = x.grad == null ? gx : accumulate(x.grad, gx, createGraph);
                        }
                    } else {
                        x.grad = x.grad == null ? gx : accumulate(x.grad, gx, createGraph);
                        funcs.add(x.creator);
                    }
                }
                if (!retainGrad) {
                    clearOutputGrads(f);
                }
            }
        }
    }

    /** DeZero's {@code [output().grad for output in f.outputs]}, a zero gradient where it has none. */
    private static Variable[] outputGrads(Function f) {
        Variable[] gys = new Variable[f.outputCount()];
        for (int i = 0; i < gys.length; i++) {
            Variable y = f.output(i);
            gys[i] = y != null && y.grad != null ? y.grad : new Variable(NDArray.zeros(f.outputShape(i)));
        }
        return gys;
    }

    private static void clearOutputGrads(Function f) {
        for (int i = 0; i < f.outputCount(); i++) {
            Variable y = f.output(i);
            if (y != null) {
                y.grad = null;
            }
        }
    }

    /** {@code x.grad + gx}, never in place (grads may be shared); recorded when creating a graph. */
    private static Variable accumulate(Variable grad, Variable gx, boolean createGraph) {
        if (createGraph) {
            return new Add().apply(grad, gx);
        }
        return new Variable(grad.data.add(gx.data));
    }

    private static void checkCount(Function f, Variable[] gxs, Variable[] xs) {
        if (gxs.length != xs.length) {
            throw new IllegalStateException(f.name() + ".backward returned " + gxs.length + " gradients for "
                    + xs.length + " inputs");
        }
    }

    private static void checkShape(Function f, int i, Variable gx, Variable x) {
        if (!Arrays.equals(gx.data.shapeRef(), x.data.shapeRef())) {
            throw new GradientShapeException(f.name(), i, x, gx.data.shapeRef());
        }
    }

    /**
     * The addition backward uses to sum gradients when it records a graph. Named as DeZero's
     * {@code Add}, which its {@code x.grad = x.grad + gx} records: the class name is what a
     * drawn graph shows ({@code f.__class__.__name__}).
     */
    static final class Add extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].add(xs[1]));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(gys[0], gys[0]);
        }
    }
}
