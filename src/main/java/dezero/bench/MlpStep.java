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
 * The check compares the loss and every element of every gradient with backpropagation written
 * out on Commons Math matrices.
 */
final class MlpStep extends ForwardBackward {
    static final int IN = 100;
    static final int HIDDEN = 100;
    static final int OUT = 10;
    /** Sums of up to 1000 products in another order, and tanh within 2 ulp: far inside 1e-9. */
    private static final double GRAD_RTOL = 1e-9;

    private int n = -1;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable x;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable w1;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable b1;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable w2;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable b2;
    private Double firstLoss;
    private double lastLoss;
    private Expected expected;

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
            expected = Expected.of(x.data, w1.data, b1.data, w2.data, b2.data);
        }
        for (Variable v : new Variable[] {x, w1, b1, w2, b2}) {
            v.cleargrad();
        }
    }

    /** The loss and every gradient, computed once per size without the engine. */
    private record Expected(double loss, double[] gx, double[] gw1, double[] gb1, double[] gw2, double[] gb2) {
        /**
         * Backpropagation written out with Commons Math matrices and {@code Math.tanh}:
         * {@code gY = 2Y}, {@code gW2 = H^T gY}, {@code gb2 = sum(gY)}, {@code gA = (gY W2^T)(1 - H^2)},
         * {@code gW1 = X^T gA}, {@code gb1 = sum(gA)}, {@code gX = gA W1^T}.
         */
        static Expected of(NDArray xd, NDArray w1d, NDArray b1d, NDArray w2d, NDArray b2d) {
            RealMatrix xm = new BlockRealMatrix(xd.toRealMatrix().getData());
            RealMatrix w1m = new BlockRealMatrix(w1d.toRealMatrix().getData());
            RealMatrix w2m = new BlockRealMatrix(w2d.toRealMatrix().getData());
            double[] bias1 = b1d.toArray();
            double[] bias2 = b2d.toArray();
            int rows = xm.getRowDimension();
            RealMatrix h = xm.multiply(w1m);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < HIDDEN; j++) {
                    h.setEntry(i, j, Math.tanh(h.getEntry(i, j) + bias1[j]));
                }
            }
            RealMatrix y = h.multiply(w2m);
            double loss = 0;
            RealMatrix gy = new BlockRealMatrix(rows, OUT);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < OUT; j++) {
                    double v = y.getEntry(i, j) + bias2[j];
                    loss += v * v;
                    gy.setEntry(i, j, 2 * v);
                }
            }
            RealMatrix gw2 = h.transpose().multiply(gy);
            RealMatrix ga = gy.multiply(w2m.transpose());
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < HIDDEN; j++) {
                    double t = h.getEntry(i, j);
                    ga.setEntry(i, j, ga.getEntry(i, j) * (1 - t * t));
                }
            }
            RealMatrix gw1 = xm.transpose().multiply(ga);
            RealMatrix gx = ga.multiply(w1m.transpose());
            return new Expected(loss, flat(gx), flat(gw1), columnSums(ga), flat(gw2), columnSums(gy));
        }

        private static double[] flat(RealMatrix m) {
            return NDArray.of(m).toArray();
        }

        private static double[] columnSums(RealMatrix m) {
            double[] s = new double[m.getColumnDimension()];
            for (int i = 0; i < m.getRowDimension(); i++) {
                for (int j = 0; j < s.length; j++) {
                    s[j] += m.getEntry(i, j);
                }
            }
            return s;
        }
    }

    @Override
    Variable forward() {
        Variable out = add(matmul(tanh(add(matmul(x, w1), b1)), w2), b2);
        return sum(mul(out, out));
    }

    /** The loss, then every element of every gradient (x, W1, b1, W2, b2), against {@link Expected}. */
    @Override
    public String check() {
        double loss = y.data.item();
        lastLoss = loss;
        if (firstLoss == null) {
            firstLoss = loss;
        }
        return Checks.firstFailure(
                Checks.that(Double.isFinite(loss), "loss=" + loss),
                Checks.equal("loss_differs_across_runs:loss", loss, firstLoss),
                Checks.close("loss", loss, expected.loss(), 1e-10),
                Checks.allClose("x.grad", x, expected.gx(), GRAD_RTOL),
                Checks.allClose("W1.grad", w1, expected.gw1(), GRAD_RTOL),
                Checks.allClose("b1.grad", b1, expected.gb1(), GRAD_RTOL),
                Checks.allClose("W2.grad", w2, expected.gw2(), GRAD_RTOL),
                Checks.allClose("b2.grad", b2, expected.gb2(), GRAD_RTOL));
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
