package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.div;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.pow;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dezero.core.NDArray;
import dezero.core.OperandTypeException;
import dezero.core.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constant operand is a leaf input of the graph, as DeZero's {@code as_array} makes it. Expected
 * values from Python DeZero (peers/dezero):
 * <pre>
 * x = Variable(np.array(1.0)); y = 14 * x + 1
 * print(y.creator.inputs)               # [variable(14.0), variable(1)]
 * print(y.creator.inputs[0].creator.inputs)  # [variable(1.0), variable(14)]
 * y.backward(); print(x.grad, y.creator.inputs[1].grad)   # variable(14.0) variable(1.0)
 * z = 2.0 - x; print(z.creator.inputs)  # [variable(2.0), variable(1.0)]
 * w = 3.0 / x; print(w.creator.inputs)  # [variable(3.0), variable(1.0)]
 * x ** Variable(np.array(2.0))          # TypeError: unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'
 * </pre>
 * Java's {@code long} constants are Python's ints (int64 arrays), its {@code double}s Python's floats.
 */
class ConstantOperandTest {
    @Test
    void constantsAreInputsOfTheGraph() {
        Variable x = new Variable(1.0);
        Variable y = add(mul(14, x), 1);
        List<Variable> inputs = y.creator.inputs();
        assertEquals("[variable(14.0), variable(1)]", inputs.toString());
        List<Variable> inner = inputs.get(0).creator.inputs();
        assertSame(x, inner.get(0));
        assertEquals("variable(14)", inner.get(1).toString());
        assertNull(inner.get(1).creator);
        y.backward();
        assertEquals("variable(14.0)", x.grad.toString());
        assertEquals("variable(1.0)", inputs.get(1).grad.toString(), "DeZero gives the constant a gradient too");
    }

    @Test
    void constantOnTheLeftIsTheFirstInput() {
        Variable x = new Variable(1.0);
        assertEquals("[variable(2.0), variable(1.0)]", sub(2.0, x).creator.inputs().toString());
        assertEquals("[variable(3.0), variable(1.0)]", div(3.0, x).creator.inputs().toString());
        assertEquals("[variable(1.0), variable(5.0)]", sub(x, 5.0).creator.inputs().toString());
    }

    @Test
    void variableExponentIsPythonsTypeError() {
        Variable x = new Variable(1.0);
        OperandTypeException e = assertThrows(OperandTypeException.class, () -> pow(x, new Variable(2.0)));
        assertEquals("unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'", e.getMessage());
    }

    @Test
    void anArrayOfExponentsIsAppliedElementByElementAndItsGradientMatchesCentralDifferences() {
        // DeZero: Variable([[1, 2], [3, 4]]) ** np.array([1.5, 2.0, ...]) broadcast over the rows;
        // the gradient c * x ** (c - 1) checked against central differences of the sum.
        NDArray x0 = NDArray.of(new double[] {1.0, 2.0, 3.0, 4.0}, 2, 2);
        NDArray c = NDArray.of(1.5, 2.0);
        Variable x = new Variable(x0);
        Variable y = sum(pow(x, c));
        y.backward();
        double h = 1e-6;
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            double[] plus = x0.toArray();
            double[] minus = x0.toArray();
            plus[i] += h;
            minus[i] -= h;
            expected[i] = (NDArray.of(plus, 2, 2).pow(c).sum().item() - NDArray.of(minus, 2, 2).pow(c).sum().item()) / (2 * h);
        }
        GradCheck.assertClose(NDArray.of(expected, 2, 2), x.grad.data, 1e-6, 1e-8, "d sum(x ** c) / dx");
        // values: 1 ** 1.5, 2 ** 2, 3 ** 1.5, 4 ** 2
        GradCheck.assertClose(NDArray.of(new double[] {1.0, 4.0, Math.pow(3, 1.5), 16.0}, 2, 2),
                pow(new Variable(x0), c).data, 0, 0, "x ** c");
    }
}
