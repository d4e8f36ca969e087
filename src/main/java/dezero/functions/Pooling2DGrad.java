package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** The gradient of max {@link Pooling}: each window's gradient goes to its maximum. */
public final class Pooling2DGrad extends Function {
    private final Pooling pool;

    /** DeZero's {@code Pooling2DGrad(mpool2d)}. */
    public Pooling2DGrad(Pooling pool) {
        this.pool = pool;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray gy = xs[0];
        int[] s = gy.shape();
        int n = s[0], c = s[1], oh = s[2], ow = s[3];
        int kh = pool.kernel[0], kw = pool.kernel[1];
        double[] g = gy.toArray();
        double[] idx = pool.indexes.toArray();
        double[] gcol = new double[n * c * oh * ow * kh * kw];
        for (int i = 0; i < idx.length; i++) {
            gcol[i * kh * kw + (int) idx[i]] = g[i];
        }
        NDArray cols = NDArray.of(gcol, gy.dtype(), n, c, oh, ow, kh, kw).transpose(0, 1, 4, 5, 2, 3);
        return outputs(ConvArrays.col2im(cols, pool.inputShape, pool.kernel, pool.stride, pool.pad, false));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new Pooling2DWithIndexes(pool).apply(gys[0]));
    }
}
