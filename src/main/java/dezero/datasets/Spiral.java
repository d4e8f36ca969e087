package dezero.datasets;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.RandomState;
import java.util.function.UnaryOperator;

/** DeZero's spiral toy dataset (step 48): 300 points of 3 interleaved spirals, labels 0-2, seeded. */
public class Spiral extends Dataset {
    /** The training split (seed 1984), DeZero's {@code Spiral()}. */
    public Spiral() {
        this(true, null, null);
    }

    /** DeZero's {@code Spiral(train=True)}. */
    public static Spiral train() {
        return new Spiral(true, null, null);
    }

    /** DeZero's {@code Spiral(train=False)}: the test split (seed 2020). */
    public static Spiral test() {
        return new Spiral(false, null, null);
    }

    /** DeZero's {@code Spiral(train, transform, target_transform)}; null transforms are the identity. */
    public static Spiral of(Split split, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform) {
        return new Spiral(split == Split.TRAIN, transform, targetTransform);
    }

    private Spiral(boolean train, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform) {
        super(train, transform, targetTransform);
        load();
    }

    @Override
    protected void prepare() {
        NDArray[] xt = getSpiral(train);
        data = xt[0];
        label = xt[1];
    }

    /**
     * DeZero's {@code get_spiral(train)}: reseeds numpy's global generator (1984 or 2020) and
     * returns {@code {x, t}}: x (300, 2) float32, t (300,) int64 labels, shuffled.
     */
    public static NDArray[] getSpiral(boolean train) {
        RandomState rng = RandomState.global();
        rng.seed(train ? 1984 : 2020);
        int numData = 100;
        int numClass = 3;
        int inputDim = 2;
        int size = numClass * numData;
        double[] x = new double[size * inputDim];
        double[] t = new double[size];
        for (int j = 0; j < numClass; j++) {
            for (int i = 0; i < numData; i++) {
                double rate = (double) i / numData;
                double radius = 1.0 * rate;
                double theta = j * 4.0 + 4.0 * rate + rng.randn().item() * 0.2;
                int ix = numData * j + i;
                // x is float32 in DeZero: each value is rounded to float32 as it is stored.
                x[ix * 2] = (float) (radius * Math.sin(theta));
                x[ix * 2 + 1] = (float) (radius * Math.cos(theta));
                t[ix] = j;
            }
        }
        int[] indices = ints(rng.permutation(size));
        double[] xs = new double[x.length];
        double[] ts = new double[size];
        for (int k = 0; k < size; k++) {
            xs[2 * k] = x[2 * indices[k]];
            xs[2 * k + 1] = x[2 * indices[k] + 1];
            ts[k] = t[indices[k]];
        }
        return new NDArray[] {NDArray.of(xs, DType.FLOAT32, size, inputDim), NDArray.of(ts, DType.INT64, size)};
    }

    static int[] ints(NDArray a) {
        double[] v = a.toArray();
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (int) v[i];
        }
        return out;
    }
}
