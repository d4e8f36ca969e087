package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.cos;
import static dezero.functions.Functions.div;
import static dezero.functions.Functions.exp;
import static dezero.functions.Functions.log;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.neg;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.sigmoid;
import static dezero.functions.Functions.sin;
import static dezero.functions.Functions.square;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.tanh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scalar compositions, checked against an independent oracle: value, first derivative (backward) and second
 * derivative (createGraph, then backward of the gradient) against Commons Math's
 * {@link DerivativeStructure}, at seeded points.
 */
class DerivativeStructureTest {
    private static final double RTOL = 1e-12;
    private static final int POINTS = 8;

    /** A composition written twice: with the engine's ops and with DerivativeStructure's. */
    private record Composition(String label, UnaryOperator<Variable> engine, UnaryOperator<DerivativeStructure> oracle) {}

    private static final List<Composition> COMPOSITIONS = List.of(
            new Composition("x^4 - 2x^2", x -> sub(pow(x, 4), mul(2, pow(x, 2))),
                    x -> x.pow(4).subtract(x.pow(2).multiply(2))),
            new Composition("sin(x) exp(x) / x", x -> div(mul(sin(x), exp(x)), x),
                    x -> x.sin().multiply(x.exp()).divide(x)),
            new Composition("tanh(x) + sigmoid(x) log(x)", x -> add(tanh(x), mul(sigmoid(x), log(x))),
                    x -> x.tanh().add(x.negate().exp().add(1).reciprocal().multiply(x.log()))),
            new Composition("x^2.5", x -> pow(x, 2.5), x -> x.pow(2.5)),
            new Composition("exp(-x^2) cos(x)", x -> mul(exp(neg(square(x))), cos(x)),
                    x -> x.multiply(x).negate().exp().multiply(x.cos())),
            new Composition("3 / (1 + x^2) - (2 - x) / 4", x -> sub(div(3, add(1, square(x))), div(sub(2, x), 4)),
                    x -> x.multiply(x).add(1).reciprocal().multiply(3).subtract(x.negate().add(2).divide(4))),
            new Composition("log(x^-1.5 + x) * x", x -> mul(log(add(pow(x, -1.5), x)), x),
                    x -> x.pow(-1.5).add(x).log().multiply(x)));

    static List<Arguments> points() {
        List<Arguments> args = new ArrayList<>();
        for (Composition c : COMPOSITIONS) {
            Well19937c rng = new Well19937c(c.label().hashCode());
            for (int i = 0; i < POINTS; i++) {
                args.add(Arguments.of(c.label(), c, 0.3 + 2.7 * rng.nextDouble()));
            }
        }
        return args;
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("points")
    void firstDerivativeMatchesDerivativeStructure(String label, Composition c, double at) {
        DerivativeStructure expected = c.oracle().apply(new DerivativeStructure(1, 2, 0, at));
        Variable x = new Variable(at);
        Variable y = c.engine().apply(x);
        y.backward();
        assertRelative(expected.getValue(), y.data.item(), label + " value");
        assertRelative(expected.getPartialDerivative(1), x.grad.data.item(), label + " f'");
    }

    @ParameterizedTest(name = "{0} at {2}")
    @MethodSource("points")
    void secondDerivativeThroughCreateGraphMatchesDerivativeStructure(String label, Composition c, double at) {
        DerivativeStructure expected = c.oracle().apply(new DerivativeStructure(1, 2, 0, at));
        Variable x = new Variable(at);
        c.engine().apply(x).backward(false, true);
        Variable gx = x.grad;
        assertRelative(expected.getPartialDerivative(1), gx.data.item(), label + " f'");
        x.cleargrad();
        gx.backward();
        assertRelative(expected.getPartialDerivative(2), x.grad.data.item(), label + " f''");
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, RTOL * Math.abs(expected), what);
    }
}
