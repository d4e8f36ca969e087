package dezero.datasets;

import dezero.core.NDArray;
import dezero.core.RandomState;
import java.util.function.UnaryOperator;

/**
 * DeZero's {@code SinCurve} (step 59): 999 (x, next x) pairs along a noisy sine (training, noise
 * from numpy's global generator, not reseeded) or a cosine (test).
 */
public class SinCurve extends Dataset {
    /** The training split, DeZero's {@code SinCurve()}. */
    public SinCurve() {
        this(true, null, null);
    }

    /** DeZero's {@code SinCurve(train=True)}. */
    public static SinCurve train() {
        return new SinCurve(true, null, null);
    }

    /** DeZero's {@code SinCurve(train=False)}: the cosine. */
    public static SinCurve test() {
        return new SinCurve(false, null, null);
    }

    /** DeZero's {@code SinCurve(train, transform, target_transform)}. */
    public static SinCurve of(Split split, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform) {
        return new SinCurve(split == Split.TRAIN, transform, targetTransform);
    }

    private SinCurve(boolean train, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform) {
        super(train, transform, targetTransform);
        load();
    }

    @Override
    protected void prepare() {
        int numData = 1000;
        NDArray x = NDArray.linspace(0, 2 * Math.PI, numData);
        NDArray noise = RandomState.global().uniform(-0.05, 0.05, numData);
        double[] y = (train ? x.sin().add(noise) : x.cos()).toArray();
        double[] d = new double[numData - 1];
        double[] l = new double[numData - 1];
        System.arraycopy(y, 0, d, 0, numData - 1);
        System.arraycopy(y, 1, l, 0, numData - 1);
        data = NDArray.wrap(d, numData - 1, 1);
        label = NDArray.wrap(l, numData - 1, 1);
    }
}
