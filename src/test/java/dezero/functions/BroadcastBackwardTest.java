package dezero.functions;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sum;
import static dezero.functions.Functions.sumTo;
import static dezero.functions.Functions.transpose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.NDArray;
import dezero.core.Variable;
import org.junit.jupiter.api.Test;

/** Broadcasting forward and its sum_to backward (steps 38-41), with DeZero's values. */
class BroadcastBackwardTest {
    private static NDArray matrix() {
        return NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    }

    @Test
    void broadcastOperandGetsTheSummedGradient() {
        Variable x0 = new Variable(NDArray.of(1, 2, 3));
        Variable x1 = new Variable(NDArray.of(10));
        Variable y = add(x0, x1);
        y.backward();
        assertEquals(NDArray.of(11, 12, 13), y.data);
        assertEquals(NDArray.of(3), x1.grad.data);
        assertEquals(NDArray.of(1, 1, 1), x0.grad.data);
    }

    @Test
    void sumToKeepsTheTargetShape() {
        Variable x = new Variable(matrix());
        Variable y = sumTo(x, 1, 3);
        assertEquals(NDArray.of(new double[] {5, 7, 9}, 1, 3), y.data);
        y.backward();
        assertEquals(NDArray.ones(2, 3), x.grad.data);
        assertSame(x, sumTo(x, 2, 3));
    }

    @Test
    void sumToAnUnreachableShapeKeepsTheAxesAsDezeroDoes() {
        // DeZero (../shared/peers): x = Variable(np.arange(24.).reshape(2, 3, 4)); y = F.sum_to(x, (5,))
        // prints y.shape (4,) and variable([60. 66. 72. 78.]); after y.backward(), x.grad.shape is (2, 3, 4).
        double[] data = new double[24];
        for (int i = 0; i < 24; i++) {
            data[i] = i;
        }
        Variable x = new Variable(NDArray.of(data, 2, 3, 4));
        Variable y = sumTo(x, 5);
        assertEquals(NDArray.of(new double[] {60, 66, 72, 78}, 4), y.data);
        y.backward();
        assertEquals(NDArray.ones(2, 3, 4), x.grad.data);
    }

    @Test
    void matmulWithItsTransposeMatchesDezero() {
        Variable x = new Variable(matrix());
        Variable y = matmul(x, transpose(x));
        assertEquals(NDArray.of(new double[] {14, 32, 32, 77}, 2, 2), y.data);
        y.backward();
        // by hand: d sum(X X^T) / dX = 2 ones(2,2) X, twice the column sums [5 7 9] in each row
        assertEquals(NDArray.of(new double[] {10, 14, 18, 10, 14, 18}, 2, 3), x.grad.data);
    }

    @Test
    void sumAlongAnAxisGivesOnesOfTheInputShape() {
        Variable x = new Variable(matrix());
        Variable y = sum(x, 0);
        assertEquals(NDArray.of(5, 7, 9), y.data);
        y.backward();
        assertEquals(NDArray.ones(2, 3), x.grad.data);
    }

    @Test
    void columnTimesRowGivesEachTheOthersSums() {
        Variable c = new Variable(NDArray.of(new double[] {1, 2}, 2, 1));
        Variable r = new Variable(NDArray.of(new double[] {3, 4, 5}, 1, 3));
        Variable y = mul(c, r);
        y.backward();
        assertEquals(NDArray.of(new double[] {12, 12}, 2, 1), c.grad.data);
        assertEquals(NDArray.of(new double[] {3, 3, 3}, 1, 3), r.grad.data);
    }
}
