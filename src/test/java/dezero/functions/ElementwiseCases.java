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
import static dezero.functions.GradCheck.Domain.ANY;
import static dezero.functions.GradCheck.Domain.NONZERO;
import static dezero.functions.GradCheck.Domain.POSITIVE;
import static dezero.functions.GradCheck.text;

import dezero.functions.GradCheck.Domain;
import dezero.functions.GradCheck.Op;
import dezero.functions.GradCheck.OpCase;
import dezero.functions.References.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The element-wise ops of {@link GradientCheckTest}: unary ops, constant operands, broadcasting binary ops. */
final class ElementwiseCases {
    private static final int[][] SHAPES = {{}, {3}, {2, 3}, {2, 3, 4}};
    private static final int[][][] PAIRS = {
        {{}, {}}, {{3}, {3}}, {{2, 3}, {2, 3}}, {{2, 3, 4}, {2, 3, 4}},
        {{2, 3}, {3}}, {{2, 3}, {2, 1}}, {{3, 1}, {1, 4}}, {{}, {2, 3}}, {{2, 3}, {}},
        {{3}, {2, 3}}, {{2, 3, 4}, {3, 1}}, {{1}, {2, 3}}};

    private ElementwiseCases() {}

    static List<OpCase> all() {
        List<OpCase> cases = new ArrayList<>();
        for (int[] s : SHAPES) {
            unary(cases, "neg", s, ANY, xs -> neg(xs[0]), v -> -v, v -> -1);
            unary(cases, "square", s, ANY, xs -> square(xs[0]), v -> v * v, v -> 2 * v);
            unary(cases, "exp", s, ANY, xs -> exp(xs[0]), Math::exp, Math::exp);
            unary(cases, "log", s, POSITIVE, xs -> log(xs[0]), Math::log, v -> 1 / v);
            unary(cases, "sin", s, ANY, xs -> sin(xs[0]), Math::sin, Math::cos);
            unary(cases, "cos", s, ANY, xs -> cos(xs[0]), Math::cos, v -> -Math.sin(v));
            unary(cases, "tanh", s, ANY, xs -> tanh(xs[0]), Math::tanh, v -> 1 - Math.tanh(v) * Math.tanh(v));
            unary(cases, "sigmoid", s, ANY, xs -> sigmoid(xs[0]), v -> 1 / (1 + Math.exp(-v)),
                    v -> Math.exp(-v) / ((1 + Math.exp(-v)) * (1 + Math.exp(-v))));
            unary(cases, "x**3", s, ANY, xs -> pow(xs[0], 3), v -> v * v * v, v -> 3 * v * v);
            unary(cases, "x**2", s, ANY, xs -> pow(xs[0], 2), v -> v * v, v -> 2 * v);
            unary(cases, "x**2.5", s, POSITIVE, xs -> pow(xs[0], 2.5), v -> Math.pow(v, 2.5),
                    v -> 2.5 * Math.pow(v, 1.5));
            unary(cases, "x**0.5", s, POSITIVE, xs -> pow(xs[0], 0.5), Math::sqrt, v -> 0.5 / Math.sqrt(v));
            unary(cases, "x**-1.5", s, POSITIVE, xs -> pow(xs[0], -1.5), v -> Math.pow(v, -1.5),
                    v -> -1.5 * Math.pow(v, -2.5));
        }
        for (int[] s : new int[][] {{}, {2, 3}}) {
            unary(cases, "x+2", s, ANY, xs -> add(xs[0], 2), v -> v + 2, v -> 1);
            unary(cases, "2+x", s, ANY, xs -> add(2, xs[0]), v -> 2 + v, v -> 1);
            unary(cases, "x-2", s, ANY, xs -> sub(xs[0], 2), v -> v - 2, v -> 1);
            unary(cases, "2-x", s, ANY, xs -> sub(2, xs[0]), v -> 2 - v, v -> -1);
            unary(cases, "x*2", s, ANY, xs -> mul(xs[0], 2), v -> v * 2, v -> 2);
            unary(cases, "2*x", s, ANY, xs -> mul(2, xs[0]), v -> 2 * v, v -> 2);
            unary(cases, "x/3", s, ANY, xs -> div(xs[0], 3), v -> v / 3, v -> 1.0 / 3);
            unary(cases, "3/x", s, NONZERO, xs -> div(3, xs[0]), v -> 3 / v, v -> -3 / (v * v));
        }
        for (int[][] p : PAIRS) {
            binary(cases, "add", p, ANY, xs -> add(xs[0], xs[1]), (a, b) -> a + b, (a, b) -> 1, (a, b) -> 1);
            binary(cases, "sub", p, ANY, xs -> sub(xs[0], xs[1]), (a, b) -> a - b, (a, b) -> 1, (a, b) -> -1);
            binary(cases, "mul", p, ANY, xs -> mul(xs[0], xs[1]), (a, b) -> a * b, (a, b) -> b, (a, b) -> a);
            binary(cases, "div", p, NONZERO, xs -> div(xs[0], xs[1]), (a, b) -> a / b, (a, b) -> 1 / b,
                    (a, b) -> -a / (b * b));
        }
        return cases;
    }

    private static void unary(List<OpCase> cases, String name, int[] shape, Domain domain, Op op,
                              DoubleUnaryOperator f, DoubleUnaryOperator df) {
        cases.add(new OpCase(name + " " + text(shape), new int[][] {shape}, domain, op, References.unary(f, df)));
    }

    private static void binary(List<OpCase> cases, String name, int[][] shapes, Domain domain, Op op,
                               DoubleBinaryOperator f, DoubleBinaryOperator d0, DoubleBinaryOperator d1) {
        Reference reference = References.binary(f, d0, d1);
        cases.add(new OpCase(name + " " + text(shapes[0]) + " " + text(shapes[1]), shapes, domain, op, reference));
    }
}
