package dezero.functions;

import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.reshape;
import static dezero.functions.Functions.transpose;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/**
 * Matrix product {@code x @ W} of 1-d and 2-d operands.
 * {@code matmul([[1,2,3],[4,5,6]], its transpose)} is {@code [[14. 32.] [32. 77.]]}.
 */
public final class MatMul extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        // DeZero's MatMul computes x.dot(W): the same product, and numpy's dot's words for a shape mismatch.
        return outputs(xs[0].dot(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable x = input(0);
        Variable w = input(1);
        if (!Config.isBackpropEnabled() && x.ndim() == 2 && w.ndim() == 2) {
            // Nothing is recorded: gy @ W.T and x.T @ gy without building the transposes.
            NDArray gy = gys[0].data;
            return grads(new Variable(gy.matmul(w.data, false, true)), new Variable(x.data.matmul(gy, true, false)));
        }
        int[] xs = x.data.shape();
        int[] ws = w.data.shape();
        // Work on 2-d views: a 1-d x is a row, a 1-d W a column.
        Variable x2 = xs.length == 1 ? reshape(x, 1, xs[0]) : x;
        Variable w2 = ws.length == 1 ? reshape(w, ws[0], 1) : w;
        int m = xs.length == 1 ? 1 : xs[0];
        int n = ws.length == 1 ? 1 : ws[1];
        Variable gy = reshape(gys[0], m, n);
        Variable gx = matmul(gy, transpose(w2));
        Variable gw = matmul(transpose(x2), gy);
        return grads(reshape(gx, xs), reshape(gw, ws));
    }
}
