package dezero.lang;

import dezero.core.Variable;
import dezero.functions.Functions;
import java.util.List;
import java.util.function.UnaryOperator;

/** DeZero's functions as builtins: {@code add sub mul div neg pow square exp log ...}. */
final class OpBuiltins {
    private static final String G = "functions";

    private OpBuiltins() {}

    static void addTo(List<Builtin> all) {
        all.add(binary("add", "+", "x0 + x1, broadcasting; a number stays a constant", "add(square(x), x) at x=3 is variable(12.0)"));
        all.add(binary("sub", "-", "x0 - x1, broadcasting", "sub(x, 1) at x=3 is variable(2.0)"));
        all.add(binary("mul", "*", "x0 * x1, element-wise, broadcasting", "mul(x, x) at x=3 is variable(9.0)"));
        all.add(binary("div", "/", "x0 / x1, element-wise, broadcasting", "div(1, x) at x=4 is variable(0.25)"));
        all.add(unary("neg", "-x", "neg(x) at x=3 is variable(-3.0)", Functions::neg));
        all.add(Builtin.of("pow", G, "x, c", "x ** c for a constant exponent c",
                "pow(x, 3) at x=2 is variable(8.0), gradient 12.0",
                a -> var(Functions.pow(a.variable("x"), a.number("c")))));
        all.add(unary("square", "x ** 2", "square(x) at x=3 is variable(9.0), gradient 6.0", Functions::square));
        all.add(unary("exp", "e ** x, element-wise", "exp(x) at x=0 is variable(1.0)", Functions::exp));
        all.add(unary("log", "natural logarithm; log(0) is -inf as in numpy", "log(x) at x=1 is variable(0.0)",
                Functions::log));
        all.add(unary("sin", "sine (radians)", "sin(x) at x=0 is variable(0.0), gradient 1.0", Functions::sin));
        all.add(unary("cos", "cosine (radians)", "cos(x) at x=0 is variable(1.0)", Functions::cos));
        all.add(unary("tanh", "hyperbolic tangent", "tanh(x) at x=0 is variable(0.0), gradient 1.0",
                Functions::tanh));
        all.add(unary("sigmoid", "1 / (1 + exp(-x))", "sigmoid(x) at x=0 is variable(0.5)", Functions::sigmoid));
        all.add(Builtin.of("sum", G, "x, axis=None, keepdims=False",
                "sum of all elements, or along axis (an int or a tuple)",
                "sum([1, 2, 3]) is variable(6.0)", OpBuiltins::sum));
        all.add(Builtin.of("sum_to", G, "x, shape", "sums broadcast axes away down to shape",
                "sum_to(ones((2, 3)), (1, 3)) is variable([[2. 2. 2.]])",
                a -> var(Functions.sumTo(a.variable("x"), a.shape("shape")))));
        all.add(Builtin.of("broadcast_to", G, "x, shape", "repeats x along new or size-1 axes to shape",
                "broadcast_to(x, (2, 3)) of a scalar is a 2x3 Variable",
                a -> var(Functions.broadcastTo(a.variable("x"), a.shape("shape")))));
        all.add(Builtin.of("reshape", G, "x, *shape", "the same elements in a new shape (one dimension may be -1)",
                "reshape(x, (2, 3)) or reshape(x, 2, 3) of a 6-element x",
                a -> var(Functions.reshape(a.variable("x"), a.restShape()))));
        all.add(Builtin.of("transpose", G, "x, *axes", "reverses the axes, or permutes them as given",
                "transpose(x) of a 2x3 is 3x2",
                a -> var(a.rest().isEmpty() ? Functions.transpose(a.variable("x"))
                        : Functions.transpose(a.variable("x"), a.restShape()))));
        all.add(Builtin.of("matmul", G, "x, W", "matrix product x @ W of 1-d and 2-d operands",
                "matmul([[1, 2]], [[3], [4]]) is variable([[11.]])",
                a -> var(Functions.matmul(a.variable("x"), a.variable("W")))));
    }

    private static Builtin binary(String name, String op, String doc, String example) {
        return Builtin.of(name, G, "x0, x1", doc, example,
                a -> var(Operators.onVariables(op, a.get("x0"), a.get("x1"), a.span())));
    }

    private static Builtin unary(String name, String doc, String example, UnaryOperator<Variable> f) {
        return Builtin.of(name, G, "x", doc, example, a -> var(f.apply(a.variable("x"))));
    }

    private static Value sum(Args a) {
        Variable x = a.variable("x");
        boolean keepdims = a.bool("keepdims");
        if (a.isNone("axis")) {
            return var(keepdims ? Functions.sum(x, null, true) : Functions.sum(x));
        }
        return var(Functions.sum(x, a.shape("axis"), keepdims));
    }

    static Value var(Variable v) {
        return new Value.Var(v);
    }
}
