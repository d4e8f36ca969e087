package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** Picks, in each window of its input, the element at the position where max {@link Pooling} found its maximum. */
public final class Pooling2DWithIndexes extends Function {
    private final Pooling pool;

    /** DeZero's {@code Pooling2DWithIndexes(mpool2d)}. */
    public Pooling2DWithIndexes(Pooling pool) {
        this.pool = pool;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        NDArray col = Pooling.windows(xs[0], pool.kernel, pool.stride, pool.pad);
        int[] s = col.shape();
        int n = s[0], c = s[1], k = s[2], oh = s[3], ow = s[4];
        double[] a = col.transpose(0, 1, 3, 4, 2).toArray();
        double[] idx = pool.indexes.toArray();
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = a[i * k + (int) idx[i]];
        }
        return outputs(NDArray.of(out, xs[0].dtype(), n, c, oh, ow));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new Pooling2DGrad(pool).apply(gys[0]));
    }
}
