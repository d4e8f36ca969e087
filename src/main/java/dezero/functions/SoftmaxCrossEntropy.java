package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.softmax;
import static dezero.functions.Functions.sub;

import dezero.core.DType;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * The mean over the batch of {@code -log softmax(x)[t]}: scores {@code x} of shape (N, classes),
 * labels {@code t} of N ints, in one node. Labels get no gradient.
 */
public final class SoftmaxCrossEntropy extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray x = xs[0];
        int n = x.shape()[0];
        int classes = x.shape()[1];
        double[] logP = x.sub(Kernels.logsumexp(x, new int[] {1})).toArray();
        int[] t = Kernels.ints(xs[1]);
        if (t.length != n) {
            throw new Kernels.IndexError("shape mismatch: indexing arrays could not be broadcast together with shapes ("
                    + n + ",) (" + t.length + ",)");
        }
        double[] picked = new double[n];
        for (int i = 0; i < n; i++) {
            picked[i] = logP[i * classes + Kernels.row(t[i], classes)];
        }
        // DeZero: -log_p.sum() / np.float32(N)
        return outputs(NDArray.of(picked, x.dtype(), n).sum().neg().div(NDArray.scalar(n, DType.FLOAT32)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        int n = x.shape()[0];
        int classes = x.shape()[1];
        Variable gy = mul(gys[0], 1.0 / n);
        Variable y = softmax(x, 1);
        int[] t = Kernels.ints(input(1).data);
        double[] onehot = new double[n * classes];
        for (int i = 0; i < n; i++) {
            onehot[i * classes + t[i]] = 1.0;
        }
        NDArray tOnehot = NDArray.of(onehot, input(1).data.dtype(), n, classes);
        return grads(mul(sub(y, new Variable(tOnehot)), gy), null);
    }
}
