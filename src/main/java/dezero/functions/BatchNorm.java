package dezero.functions;

import static dezero.functions.Functions.div;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.reshape;
import static dezero.functions.Functions.sub;
import static dezero.functions.Functions.sum;
import static dezero.functions.Functions.transpose;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * Batch normalisation of (N, C) or (N, C, H, W) inputs with scale {@code gamma} and shift
 * {@code beta}. In training mode it normalises by the batch's statistics and updates the running
 * averages held by {@code mean} and {@code var} (their {@code data} is replaced, where DeZero
 * updates its arrays in place); in test mode it normalises by the running averages.
 */
public final class BatchNorm extends Function {
    private final Variable avgMean;
    private final Variable avgVar;
    private final double decay;
    private final double eps;
    private NDArray invStd;

    /** DeZero's {@code BatchNorm(mean, var, decay, eps)}; {@code mean}, {@code var} hold the running averages. */
    public BatchNorm(Variable mean, Variable var, double decay, double eps) {
        this.avgMean = mean;
        this.avgVar = var;
        this.decay = decay;
        this.eps = eps;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray x = xs[0];
        NDArray gamma = xs[1];
        NDArray beta = xs[2];
        int[] shape = x.shape();
        if (shape.length != 2 && shape.length != 4) {
            throw new IllegalArgumentException("batch_norm takes (N, C) or (N, C, H, W) inputs, got ndim " + shape.length);
        }
        if (shape.length == 4) {
            x = x.transpose(0, 2, 3, 1).reshape(-1, shape[1]);
        }
        NDArray xc;
        if (Config.isTrain()) {
            int rows = x.shape()[0];
            NDArray mean = x.sum(new int[] {0}, false).div((long) rows);
            NDArray centred = x.sub(mean);
            NDArray var = centred.mul(centred).sum(new int[] {0}, false).div((long) rows);
            invStd = var.add(eps).sqrt().rdiv(1L);
            xc = centred.mul(invStd);
            int m = x.size() / gamma.size();
            double s = m - 1. > 1. ? m - 1. : 1.;
            double adjust = m / s;
            // DeZero updates the running averages in place: they keep their dtype.
            avgMean.data = avgMean.data.mul(decay).add(mean.mul(1 - decay)).astype(avgMean.data.dtype());
            avgVar.data = avgVar.data.mul(decay).add(var.mul((1 - decay) * adjust)).astype(avgVar.data.dtype());
        } else {
            invStd = avgVar.data.add(eps).sqrt().rdiv(1L);
            xc = x.sub(avgMean.data).mul(invStd);
        }
        NDArray y = gamma.mul(xc).add(beta);
        if (shape.length == 4) {
            y = y.reshape(shape[0], shape[2], shape[3], shape[1]).transpose(0, 3, 1, 2);
        }
        return outputs(y);
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        int[] gyShape = gy.shape();
        if (gyShape.length == 4) {
            gy = reshape(transpose(gy, 0, 2, 3, 1), -1, gyShape[1]);
        }
        Variable x = input(0);
        Variable gamma = input(1);
        int batch = gy.len();
        int[] xShape = x.shape();
        if (xShape.length == 4) {
            x = reshape(transpose(x, 0, 2, 3, 1), -1, xShape[1]);
        }
        Variable mean = div(sum(x, 0), (long) batch);
        Variable xc = mul(sub(x, mean), new Variable(invStd));
        Variable gbeta = sum(gy, 0);
        Variable ggamma = sum(mul(xc, gy), 0);
        Variable gx = sub(sub(gy, div(gbeta, (long) batch)), div(mul(xc, ggamma), (long) batch));
        gx = mul(gx, mul(gamma, new Variable(invStd)));
        if (gyShape.length == 4) {
            gx = transpose(reshape(gx, gyShape[0], gyShape[2], gyShape[3], gyShape[1]), 0, 3, 1, 2);
        }
        return grads(gx, ggamma, gbeta);
    }
}
