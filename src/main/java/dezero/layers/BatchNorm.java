package dezero.layers;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.Variable;
import dezero.functions.Functions;

/**
 * DeZero's {@code BatchNorm} layer: scale {@code gamma}, shift {@code beta} and the running
 * averages {@code avg_mean}, {@code avg_var}, sized at the first input (its axis 1). The running
 * averages are parameters so that {@code save_weights} keeps them; they never get a gradient.
 */
public class BatchNorm extends Layer {
    public final Parameter avgMean = register("avg_mean", Parameter.empty("avg_mean"));
    public final Parameter avgVar = register("avg_var", Parameter.empty("avg_var"));
    public final Parameter gamma = register("gamma", Parameter.empty("gamma"));
    public final Parameter beta = register("beta", Parameter.empty("beta"));

    @Override
    public Variable forward(Variable... xs) {
        Variable x = xs[0];
        if (avgMean.data == null) {
            int d = x.shape()[1];
            DType t = x.dtype();
            avgMean.data = NDArray.zeros(t, d);
            if (avgVar.data == null) {
                avgVar.data = NDArray.ones(t, d);
            }
            if (gamma.data == null) {
                gamma.data = NDArray.ones(t, d);
            }
            if (beta.data == null) {
                beta.data = NDArray.zeros(t, d);
            }
        }
        return Functions.batchNorm(x, gamma, beta, avgMean, avgVar);
    }
}
