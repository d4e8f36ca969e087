package dezero.bench;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sum;
import static dezero.functions.Functions.tanh;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;

/**
 * {@code mlp_step}: one forward and backward of a 100-100-10 tanh MLP on N samples,
 * {@code loss = sum(y * y)} with {@code y = tanh(x @ W1 + b1) @ W2 + b2}, grads cleared first.
 */
final class MlpStep extends ForwardBackward {
    static final int IN = 100;
    static final int HIDDEN = 100;
    static final int OUT = 10;

    private int n = -1;
    private Variable x;
    private Variable w1;
    private Variable b1;
    private Variable w2;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable b2;
    private Double firstLoss;
    private double lastLoss;
    private double expectedLoss;
    private double[] expectedGb2;

    @Override
    public String name() {
        return "mlp_step";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(1_000);
    }

    @Override
    public void setUp(int size) {
        if (size != n || x == null) {
            n = size;
            Well19937c rng = new Well19937c(42);
            x = new Variable(NDArray.randn(rng, n, IN), "x");
            w1 = new Variable(NDArray.randn(rng, IN, HIDDEN).mul(0.1), "W1");
            b1 = new Variable(NDArray.randn(rng, HIDDEN).mul(0.1), "b1");
            w2 = new Variable(NDArray.randn(rng, HIDDEN, OUT).mul(0.1), "W2");
            b2 = new Variable(NDArray.randn(rng, OUT).mul(0.1), "b2");
            firstLoss = null;
            oracle();
        }
        for (Variable v : new Variable[] {x, w1, b1, w2, b2}) {
            v.cleargrad();
        }
    }

    /** The loss and b2's gradient computed independently with Commons Math matrices. */
    private void oracle() {
        RealMatrix h = new BlockRealMatrix(x.data.toRealMatrix().getData())
                .multiply(new BlockRealMatrix(w1.data.toRealMatrix().getData()));
        double[] bias1 = b1.data.toArray();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < HIDDEN; j++) {
                h.setEntry(i, j, Math.tanh(h.getEntry(i, j) + bias1[j]));
            }
        }
        RealMatrix y = h.multiply(new BlockRealMatrix(w2.data.toRealMatrix().getData()));
        double[] bias2 = b2.data.toArray();
        expectedLoss = 0;
        expectedGb2 = new double[OUT];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < OUT; j++) {
                double v = y.getEntry(i, j) + bias2[j];
                expectedLoss += v * v;
                expectedGb2[j] += 2 * v;
            }
        }
    }

    @Override
    Variable forward() {
        Variable out = add(matmul(tanh(add(matmul(x, w1), b1)), w2), b2);
        return sum(mul(out, out));
    }

    @Override
    public String check() {
        double loss = y.data.item();
        lastLoss = loss;
        if (firstLoss == null) {
            firstLoss = loss;
        }
        String grads = Checks.that(x.grad != null && w1.grad != null && b1.grad != null && w2.grad != null,
                "a_parameter_has_no_grad");
        if (grads == null && b2.grad != null) {
            for (int j = 0; j < OUT && grads == null; j++) {
                grads = Checks.close("b2.grad[" + j + "]", b2.grad.data.flat(j), expectedGb2[j], 1e-9);
            }
        }
        return Checks.firstFailure(
                Checks.that(Double.isFinite(loss), "loss=" + loss),
                Checks.equal("loss_differs_across_runs:loss", loss, firstLoss),
                Checks.close("loss", loss, expectedLoss, 1e-10),
                b2.grad == null ? "b2.grad=None" : grads);
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of("loss", Result.decimal(lastLoss, 10));
    }

    @Override
    public void tearDown() {
        y = null;
    }
}
