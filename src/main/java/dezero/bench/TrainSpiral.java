package dezero.bench;

import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.datasets.Spiral;
import dezero.functions.Functions;
import dezero.models.MLP;
import dezero.optimizers.Optimizer;
import dezero.optimizers.SGD;
import java.util.List;
import java.util.Map;

/**
 * {@code train_spiral}: book step 49, N epochs of MLP((10, 3)) with SGD(1.0) on the seeded spiral,
 * batches of 30; the whole training is timed. The check compares the last epoch's average loss
 * with Python DeZero's for 300 epochs (scripts/demos/step49.py printing {@code repr(avg_loss)}).
 */
final class TrainSpiral implements Workload {
    /** Python DeZero's average loss of epoch 300 (numpy 2.4). */
    static final double DEZERO_LOSS_300 = 0.12958943819809787;

    private int epochs;
    private Spiral train;
    private MLP model;
    private Optimizer optimizer;
    /** Package-private so tests can spoil a result and see the check fail. */
    double lastLoss = Double.NaN;

    @Override
    public String name() {
        return "train_spiral";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(300);
    }

    @Override
    public void setUp(int n) {
        epochs = n;
        train = Spiral.train(); // reseeds numpy's generator: every repetition trains the same model
        model = new MLP(10, 3);
        optimizer = new SGD(1.0).setup(model);
    }

    @Override
    public long[] run() {
        long start = System.nanoTime();
        int batchSize = 30;
        int dataSize = train.len();
        int maxIter = (dataSize + batchSize - 1) / batchSize;
        for (int epoch = 0; epoch < epochs; epoch++) {
            NDArray index = RandomState.global().permutation(dataSize);
            double sumLoss = 0;
            for (int i = 0; i < maxIter; i++) {
                Index batch = Index.array(index.get(Index.slice(i * batchSize, (i + 1) * batchSize, null)));
                NDArray t = train.label.get(batch);
                Variable y = model.apply(train.data.get(batch));
                Variable loss = Functions.softmaxCrossEntropy(y, new Variable(t));
                model.cleargrads();
                loss.backward();
                optimizer.update();
                sumLoss += loss.data.item() * t.shape()[0];
            }
            lastLoss = sumLoss / dataSize;
        }
        return new long[] {System.nanoTime() - start};
    }

    @Override
    public List<String> phaseKeys() {
        return List.of();
    }

    @Override
    public String check() {
        if (epochs == 300) {
            return Checks.firstFailure(Checks.close("loss", lastLoss, DEZERO_LOSS_300, 1e-12));
        }
        return Double.isFinite(lastLoss) ? null : "loss is " + lastLoss;
    }

    @Override
    public void tearDown() {
        train = null;
        model = null;
        optimizer = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of("ms_per_epoch", Result.decimal(median / n * 1e3, 4), "final_loss", Double.toString(lastLoss));
    }
}
