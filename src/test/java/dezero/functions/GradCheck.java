package dezero.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dezero.core.Config;
import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.References.Reference;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The three checks every op gets, on seeded random inputs: its value against an independent
 * computation, its gradient against the hand-derived one, and its gradient against central
 * differences of {@code sum(op(x) * r)} for a random weight {@code r} (so that non-scalar outputs
 * are covered). Backward is seeded with {@code r} itself, so no other op takes part.
 */
final class GradCheck {
    static final double EPS = 1e-4;
    static final double NUMERIC_RTOL = 1e-4;
    static final double NUMERIC_ATOL = 1e-5;
    /** Reference and engine compute the same formulas, possibly in another order. */
    static final double EXACT_RTOL = 1e-12;
    static final double EXACT_ATOL = 1e-12;

    private GradCheck() {}

    /** Where the random inputs are drawn from. */
    enum Domain {
        /** Standard normal. */
        ANY,
        /** Uniform in [0.5, 2): for log, roots and non-integer powers. */
        POSITIVE,
        /** Uniform in ±[0.5, 2): for divisors. */
        NONZERO
    }

    /** The op under the Variable API: {@code xs -> add(xs[0], xs[1])}. */
    @FunctionalInterface
    interface Op {
        Variable apply(Variable... xs);
    }

    /** One op on inputs of given shapes, with its independent reference. */
    record OpCase(String label, int[][] shapes, Domain domain, Op op, Reference reference) {
        @Override
        public String toString() {
            return label;
        }
    }

    static void checkForward(OpCase c, long seed) {
        NDArray[] xs = inputs(c, new Well19937c(seed));
        NDArray expected = c.reference().forward(xs);
        NDArray actual = c.op().apply(leaves(xs)).data;
        assertClose(expected, actual, EXACT_RTOL, EXACT_ATOL, c + " forward");
    }

    /** Compares backward with the hand-derived gradient, once plainly and once recording the graph. */
    static void checkHandGradient(OpCase c, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        NDArray[] xs = inputs(c, rng);
        NDArray r = weight(c, xs, rng);
        NDArray[] expected = c.reference().grads(r, xs);
        for (boolean createGraph : new boolean[] {false, true}) {
            NDArray[] actual = backpropGrads(c, xs, r, createGraph);
            for (int i = 0; i < xs.length; i++) {
                assertClose(expected[i], actual[i], EXACT_RTOL, EXACT_ATOL,
                        c + " gradient of input " + i + (createGraph ? " (createGraph)" : ""));
            }
        }
    }

    static void checkNumericalGradient(OpCase c, long seed) {
        RandomGenerator rng = new Well19937c(seed);
        NDArray[] xs = inputs(c, rng);
        NDArray r = weight(c, xs, rng);
        NDArray[] actual = backpropGrads(c, xs, r, false);
        for (int i = 0; i < xs.length; i++) {
            assertClose(numericalGrad(c, xs, r, i), actual[i], NUMERIC_RTOL, NUMERIC_ATOL,
                    c + " numerical gradient of input " + i);
        }
    }

    private static NDArray[] inputs(OpCase c, RandomGenerator rng) {
        NDArray[] xs = new NDArray[c.shapes().length];
        for (int i = 0; i < xs.length; i++) {
            double[] v = new double[References.size(c.shapes()[i])];
            for (int j = 0; j < v.length; j++) {
                v[j] = switch (c.domain()) {
                    case ANY -> rng.nextGaussian();
                    case POSITIVE -> 0.5 + 1.5 * rng.nextDouble();
                    case NONZERO -> (rng.nextBoolean() ? 1 : -1) * (0.5 + 1.5 * rng.nextDouble());
                };
            }
            xs[i] = NDArray.of(v, c.shapes()[i]);
        }
        return xs;
    }

    /** A random weight of the output's shape. */
    private static NDArray weight(OpCase c, NDArray[] xs, RandomGenerator rng) {
        return NDArray.randn(rng, c.reference().forward(xs).shape());
    }

    private static Variable[] leaves(NDArray[] xs) {
        Variable[] vs = new Variable[xs.length];
        for (int i = 0; i < xs.length; i++) {
            vs[i] = new Variable(xs[i]);
        }
        return vs;
    }

    private static NDArray[] backpropGrads(OpCase c, NDArray[] xs, NDArray r, boolean createGraph) {
        Variable[] vs = leaves(xs);
        Variable y = c.op().apply(vs);
        y.grad = new Variable(r);
        y.backward(false, createGraph);
        NDArray[] grads = new NDArray[vs.length];
        for (int i = 0; i < vs.length; i++) {
            assertNotNull(vs[i].grad, c + ": input " + i + " got no gradient");
            grads[i] = vs[i].grad.data;
        }
        return grads;
    }

    /** Central differences of {@code sum(op(xs) * r)} with respect to input {@code k}. */
    private static NDArray numericalGrad(OpCase c, NDArray[] xs, NDArray r, int k) {
        double[] x = xs[k].toArray();
        double[] g = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double saved = x[j];
            x[j] = saved + EPS;
            double plus = weightedSum(c, xs, k, x, r);
            x[j] = saved - EPS;
            double minus = weightedSum(c, xs, k, x, r);
            x[j] = saved;
            g[j] = (plus - minus) / (2 * EPS);
        }
        return NDArray.of(g, xs[k].shape());
    }

    private static double weightedSum(OpCase c, NDArray[] xs, int k, double[] xk, NDArray r) {
        NDArray[] moved = xs.clone();
        moved[k] = NDArray.of(xk, xs[k].shape());
        NDArray y;
        try (Config.Scope scope = Config.noGrad()) {
            y = c.op().apply(leaves(moved)).data;
        }
        double s = 0;
        for (int i = 0; i < y.size(); i++) {
            s += y.flat(i) * r.flat(i);
        }
        return s;
    }

    /** numpy's {@code assert_allclose}: {@code |actual - expected| <= atol + rtol |expected|}, shapes equal. */
    static void assertClose(NDArray expected, NDArray actual, double rtol, double atol, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.flat(i);
            double a = actual.flat(i);
            if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
                fail(what + ": element " + i + " is " + a + ", expected " + e + " (shape "
                        + text(expected.shape()) + ")");
            }
        }
    }

    /** A shape as numpy prints it in messages: {@code ()}, {@code (3,)}, {@code (2,3)}. */
    static String text(int[] shape) {
        String inner = Arrays.toString(shape).replace("[", "").replace("]", "").replace(" ", "");
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }
}
