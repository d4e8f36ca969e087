package dezero.datasets;

import dezero.core.NDArray;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * DeZero's {@code transforms.Normalize(mean=0, std=1)}: {@code (array - mean) / std}, with one
 * value for all elements or one per channel (the first axis).
 */
public final class Normalize implements UnaryOperator<NDArray> {
    private final double[] mean;
    private final double[] std;

    /** DeZero's defaults: mean 0, std 1. */
    public Normalize() {
        this(0, 1);
    }

    public Normalize(double mean, double std) {
        this(new double[] {mean}, new double[] {std});
    }

    /** A value per channel; a sequence of length 1 applies to all. */
    public Normalize(double[] mean, double[] std) {
        this.mean = mean.clone();
        this.std = std.clone();
    }

    @Override
    public NDArray apply(NDArray x) {
        // One value is a Python float to numpy: a weak scalar, which keeps the array's dtype.
        NDArray centred = mean.length == 1 ? x.sub(mean[0]) : x.sub(perChannel(mean, x));
        return std.length == 1 ? centred.div(std[0]) : centred.div(perChannel(std, x));
    }

    private static NDArray perChannel(double[] v, NDArray x) {
        int[] shape = new int[x.ndim()];
        Arrays.fill(shape, 1);
        shape[0] = v.length;
        return NDArray.of(v, shape);
    }
}
