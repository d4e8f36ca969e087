package dezero.functions;

import static dezero.functions.Functions.matmul;
import static dezero.functions.Functions.sumTo;
import static dezero.functions.Functions.transpose;

import dezero.core.Config;
import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code Linear} function: {@code x @ W + b} in one node ({@code b} optional: two inputs then). */
public final class Linear extends Function {
    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(xs.length > 2 ? xs[0].matmulAdd(xs[1], xs[2]) : xs[0].matmul(xs[1]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Variable gy = gys[0];
        Variable x = input(0);
        Variable w = input(1);
        if (!Config.isBackpropEnabled() && x.ndim() == 2 && w.ndim() == 2) {
            // Nothing is recorded: gy @ W.T and x.T @ gy without building the transposes (as MatMul).
            NDArray g = gy.data;
            Variable gx = new Variable(g.matmul(w.data, false, true));
            Variable gw = new Variable(x.data.matmul(g, true, false));
            if (inputs().size() < 3) {
                return grads(gx, gw);
            }
            return grads(gx, gw, new Variable(g.sumTo(input(2).data.shape())));
        }
        Variable gx = matmul(gy, transpose(w));
        Variable gw = matmul(transpose(x), gy);
        if (inputs().size() < 3) {
            return grads(gx, gw);
        }
        return grads(gx, gw, sumTo(gy, input(2).data.shape()));
    }
}
