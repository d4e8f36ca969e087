package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.softmax;
import static dezero.functions.Functions.sub;

import dezero.core.DType;
import dezero.core.Function;
import dezero.core.Index;
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
        NDArray logP = x.sub(Kernels.logsumexp(x, 1));
        NDArray t = xs[1].reshape(xs[1].size());
        NDArray picked = logP.get(Index.array(NDArray.arange(n)), Index.array(t));
        // DeZero: -log_p.sum() / np.float32(N)
        return outputs(picked.sum().neg().div(NDArray.scalar(n, DType.FLOAT32)));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        int n = x.shape()[0];
        int classes = x.shape()[1];
        Variable gy = mul(gys[0], 1.0 / n);
        Variable y = softmax(x, 1);
        NDArray t = input(1).data;
        NDArray tOnehot = NDArray.eye(classes, classes, 0, t.dtype()).get(Index.array(t));
        return grads(mul(sub(y, new Variable(tOnehot)), gy), null);
    }
}
