package dezero.functions;

import static dezero.golden.Golden.assertClose;
import static org.junit.jupiter.api.Assertions.assertNull;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.golden.Golden;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Second derivatives through {@code create_graph}, as Python DeZero computes them: the gradient of
 * {@code sum(op(x) * r)} recorded, then differentiated again as {@code sum(gx * s)}. Expected
 * values: second_order.txt, made by gen_second_order.py beside it (rerun as its header says).
 */
class SecondOrderTest {
    static final Golden G = Golden.load(SecondOrderTest.class, "second_order.txt");
    static final Map<String, UnaryOperator<Variable>> OPS = Map.of(
            "sigmoid", Functions::sigmoid,
            "tanh", Functions::tanh,
            "softmax", x -> Functions.softmax(x),
            "log_softmax", x -> Functions.logSoftmax(x),
            "sigmoid_simple", Functions::sigmoidSimple,
            "mse", x -> Functions.meanSquaredError(x, new Variable(NDArray.ones(3, 4))),
            "exp", Functions::exp,
            "softmax_cross_entropy", x -> Functions.softmaxCrossEntropy(x,
                    new Variable(NDArray.int64(new long[] {1, 0, 3}, 3))));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sigmoid", "tanh", "softmax", "log_softmax", "sigmoid_simple", "mse", "exp",
        "softmax_cross_entropy"})
    void secondDerivativeEqualsDezeros(String name) {
        Variable x = new Variable(G.get("x"));
        Variable y = OPS.get(name).apply(x);
        Functions.sum(Functions.mul(y, new Variable(G.get(name + "_r")))).backward(false, true);
        Variable gx = x.grad;
        x.cleargrad();
        Functions.sum(Functions.mul(gx, new Variable(G.get(name + "_s")))).backward();
        assertClose(G.get(name + "_gx"), gx.data, 1e-12, 1e-14, name + " first derivative");
        assertClose(G.get(name + "_ggx"), x.grad.data, 1e-11, 1e-13, name + " second derivative");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"linear", "get_item"})
    void linearOpsHaveNoSecondDerivativeInX(String name) {
        // gen_second_order.py prints NAME_ggx_none: gx (gy @ W.T, a scatter of gy) does not depend on x.
        G.get(name + "_ggx_none");
        Variable x = new Variable(G.get("x"));
        Variable y = name.equals("linear") ? Functions.linear(x, new Variable(NDArray.ones(4, 3)))
                : Functions.getItem(x, 0, 2, 2);
        Functions.sum(Functions.mul(y, new Variable(G.get(name + "_r")))).backward(false, true);
        Variable gx = x.grad;
        x.cleargrad();
        Functions.sum(Functions.mul(gx, new Variable(G.get(name + "_s")))).backward();
        assertNull(x.grad);
    }
}
