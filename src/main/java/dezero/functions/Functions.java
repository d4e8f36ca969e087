package dezero.functions;

import dezero.core.DType;
import dezero.core.Function;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.OperandTypeException;
import dezero.core.Variable;
import java.util.Arrays;

/**
 * The ops of DeZero as static functions, the one public facade of this package:
 * {@code import static dezero.functions.Functions.*;} then {@code add(square(x), x)}.
 * Each call creates a fresh {@link Function} (a function is used once).
 */
public final class Functions {
    private Functions() {}

    /** {@code x0 + x1}, broadcasting. {@code add(square(x), x)} at 3 is 12.0. */
    public static Variable add(Variable x0, Variable x1) {
        return new Add().apply(x0, x1);
    }

    /** {@code x + c}: the constant becomes an input of the graph, as in DeZero. */
    public static Variable add(Variable x, double c) {
        return new Add().apply(x, constant(c));
    }

    /** {@code c + x} (DeZero's {@code __radd__}: {@code add(x, c)}, the constant second). */
    public static Variable add(double c, Variable x) {
        return new Add().apply(x, constant(c));
    }

    /** {@code x + c} for a Python int: the constant is an int64 input, {@code variable(1)}, as in DeZero. */
    public static Variable add(Variable x, long c) {
        return new Add().apply(x, constant(c));
    }

    /** {@code c + x} for a Python int. */
    public static Variable add(long c, Variable x) {
        return new Add().apply(x, constant(c));
    }

    /** {@code x0 - x1}, broadcasting. */
    public static Variable sub(Variable x0, Variable x1) {
        return new Sub().apply(x0, x1);
    }

    /** {@code x - c}. */
    public static Variable sub(Variable x, double c) {
        return new Sub().apply(x, constant(c));
    }

    /** {@code c - x}. */
    public static Variable sub(double c, Variable x) {
        return new Sub().apply(constant(c), x);
    }

    /** {@code x - c} for a Python int. */
    public static Variable sub(Variable x, long c) {
        return new Sub().apply(x, constant(c));
    }

    /** {@code c - x} for a Python int. */
    public static Variable sub(long c, Variable x) {
        return new Sub().apply(constant(c), x);
    }

    /** {@code x0 * x1}, broadcasting. */
    public static Variable mul(Variable x0, Variable x1) {
        return new Mul().apply(x0, x1);
    }

    /** {@code x * c}. */
    public static Variable mul(Variable x, double c) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code c * x} (DeZero's {@code __rmul__}: {@code mul(x, c)}, the constant second). */
    public static Variable mul(double c, Variable x) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code x * c} for a Python int. */
    public static Variable mul(Variable x, long c) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code c * x} for a Python int. */
    public static Variable mul(long c, Variable x) {
        return new Mul().apply(x, constant(c));
    }

    /** {@code x0 / x1}, broadcasting. */
    public static Variable div(Variable x0, Variable x1) {
        return new Div().apply(x0, x1);
    }

    /** {@code x / c}. */
    public static Variable div(Variable x, double c) {
        return new Div().apply(x, constant(c));
    }

    /** {@code c / x}. */
    public static Variable div(double c, Variable x) {
        return new Div().apply(constant(c), x);
    }

    /** {@code x / c} for a Python int. */
    public static Variable div(Variable x, long c) {
        return new Div().apply(x, constant(c));
    }

    /** {@code c / x} for a Python int. */
    public static Variable div(long c, Variable x) {
        return new Div().apply(constant(c), x);
    }

    /** {@code -x}. */
    public static Variable neg(Variable x) {
        return new Neg().apply(x);
    }

    /** {@code x ** c}. {@code pow(x, 3)} at 2 is 8.0, gradient 12.0. */
    public static Variable pow(Variable x, double c) {
        return new Pow(c).apply(x);
    }

    /** {@code x ** c} for an array of exponents, one per element (broadcast as numpy does). */
    public static Variable pow(Variable x, NDArray c) {
        return new Pow(c).apply(x);
    }

    /** {@code x ** c} for a Python int exponent (an int array stays int). */
    public static Variable pow(Variable x, long c) {
        return new Pow(c).apply(x);
    }

    /**
     * {@code x ** c} with a Variable exponent: DeZero's {@code Pow} takes a constant only, and numpy
     * refuses the Variable.
     *
     * @throws OperandTypeException always, with Python's text
     */
    public static Variable pow(Variable x, Variable c) {
        throw new OperandTypeException(
                "unsupported operand type(s) for ** or pow(): 'numpy.ndarray' and 'Variable'");
    }

    /** {@code x ** 2}. {@code square(x)} at 3 is 9.0, gradient 6.0. */
    public static Variable square(Variable x) {
        return new Square().apply(x);
    }

    /** {@code e ** x}. */
    public static Variable exp(Variable x) {
        return new Exp().apply(x);
    }

    /** Natural logarithm. */
    public static Variable log(Variable x) {
        return new Log().apply(x);
    }

    /** Sine (radians). {@code sin(x)} at 0 is 0.0, gradient {@code cos(0)} = 1.0. */
    public static Variable sin(Variable x) {
        return new Sin().apply(x);
    }

    /** Cosine (radians). {@code cos(x)} at 0 is 1.0; its gradient is {@code -sin(x)}. */
    public static Variable cos(Variable x) {
        return new Cos().apply(x);
    }

    /** Hyperbolic tangent. {@code tanh(x)} at 0 is 0.0, gradient {@code 1 - tanh(x)^2} = 1.0. */
    public static Variable tanh(Variable x) {
        return new Tanh().apply(x);
    }

    /** {@code 1 / (1 + exp(-x))}, as DeZero's {@code tanh(x * 0.5) * 0.5 + 0.5}. */
    public static Variable sigmoid(Variable x) {
        return new Sigmoid().apply(x);
    }

    /** The sum of all elements. {@code sum([1, 2, 3])} is 6.0. */
    public static Variable sum(Variable x) {
        return new Sum(null, false).apply(x);
    }

    /** The sum along one axis. {@code sum(x, 0)} of a 2x3 has shape (3,). */
    public static Variable sum(Variable x, int axis) {
        return new Sum(new int[] {axis}, false).apply(x);
    }

    /** The sum along one axis, kept as 1 when {@code keepdims}. */
    public static Variable sum(Variable x, int axis, boolean keepdims) {
        return new Sum(new int[] {axis}, keepdims).apply(x);
    }

    /** The sum along {@code axes} (null: all), kept as 1 when {@code keepdims}. */
    public static Variable sum(Variable x, int[] axes, boolean keepdims) {
        return new Sum(axes, keepdims).apply(x);
    }

    /** Sums broadcast axes away down to {@code shape} (x itself when it has that shape). */
    public static Variable sumTo(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new SumTo(shape).apply(x);
    }

    /** Broadcasts {@code x} to {@code shape} (x itself when it has that shape). */
    public static Variable broadcastTo(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new BroadcastTo(shape).apply(x);
    }

    /** numpy's reshape, one dimension may be -1 (x itself when it has that shape). */
    public static Variable reshape(Variable x, int... shape) {
        return Arrays.equals(x.data.shape(), shape) ? x : new Reshape(shape).apply(x);
    }

    /** Reverses the axes ({@code x.T}). */
    public static Variable transpose(Variable x) {
        return new Transpose().apply(x);
    }

    /** Permutes the axes. */
    public static Variable transpose(Variable x, int... axes) {
        return new Transpose(axes).apply(x);
    }

    /** The matrix product {@code x @ W} of 1-d and 2-d operands. */
    public static Variable matmul(Variable x, Variable w) {
        return new MatMul().apply(x, w);
    }

    /** A constant operand as DeZero makes it ({@code as_array(c)}): a leaf Variable input of the graph. */
    private static Variable constant(double c) {
        return new Variable(NDArray.scalar(c));
    }

    /** A Python int constant: {@code np.array(c)}, an int64 0-d array. */
    private static Variable constant(long c) {
        return new Variable(NDArray.scalar(c, DType.INT64));
    }

    // ------------------------------------------------------------------ tensor operations

    /**
     * Inserts an axis of length 1 before position {@code axis}, as Python's {@code list.insert}
     * on the shape (DeZero's {@code expand_dims}: a negative axis counts from the end before insertion).
     */
    public static Variable expandDims(Variable x, int axis) {
        int[] shape = x.shape();
        int at = axis < 0 ? Math.max(axis + shape.length, 0) : Math.min(axis, shape.length);
        int[] out = new int[shape.length + 1];
        System.arraycopy(shape, 0, out, 0, at);
        out[at] = 1;
        System.arraycopy(shape, at, out, at + 1, shape.length - at);
        return reshape(x, out);
    }

    /** Flattens every axis but the first (the batch): shape {@code (N, -1)}. */
    public static Variable flatten(Variable x) {
        return reshape(x, x.shape()[0], -1);
    }

    /** The mean of all elements (DeZero's {@code average}, also called {@code mean}). */
    public static Variable average(Variable x) {
        return average(x, null, false);
    }

    /** The mean over {@code axes} (null: all), kept as 1 when {@code keepdims}. */
    public static Variable average(Variable x, int[] axes, boolean keepdims) {
        Variable y = sum(x, axes, keepdims);
        return mul(y, (double) y.size() / x.size());
    }

    /** DeZero's {@code mean}: the same as {@link #average(Variable)}. */
    public static Variable mean(Variable x) {
        return average(x);
    }

    /** DeZero's {@code mean}: the same as {@link #average(Variable, int[], boolean)}. */
    public static Variable mean(Variable x, int[] axes, boolean keepdims) {
        return average(x, axes, keepdims);
    }

    // ------------------------------------------------------------------ linear

    /** {@code x @ W + b} in one node (DeZero's {@code Linear} function); {@code b} may be null. */
    public static Variable linear(Variable x, Variable w, Variable b) {
        return b == null ? new Linear().apply(x, w) : new Linear().apply(x, w, b);
    }

    /** {@code x @ W} in one node. */
    public static Variable linear(Variable x, Variable w) {
        return linear(x, w, null);
    }

    /** {@code matmul(x, W) + b} in two nodes, freeing the intermediate's data as DeZero does (step 43). */
    public static Variable linearSimple(Variable x, Variable w, Variable b) {
        Variable t = matmul(x, w);
        if (b == null) {
            return t;
        }
        return add(t, b);
    }

    // ------------------------------------------------------------------ activations

    /** {@code 1 / (1 + exp(-x))} built from basic ops (step 43). */
    public static Variable sigmoidSimple(Variable x) {
        return div(1L, add(exp(neg(x)), 1L));
    }

    /** {@code max(x, 0)}. */
    public static Variable relu(Variable x) {
        return new ReLU().apply(x);
    }

    /** {@code x} where positive, else {@code slope * x} (DeZero's default slope 0.2). */
    public static Variable leakyRelu(Variable x, double slope) {
        return new LeakyReLU(slope).apply(x);
    }

    /** {@link #leakyRelu(Variable, double)} with slope 0.2. */
    public static Variable leakyRelu(Variable x) {
        return leakyRelu(x, 0.2);
    }

    /** {@code exp(x) / sum(exp(x), axis, keepdims=True)} built from basic ops. */
    public static Variable softmaxSimple(Variable x, int... axis) {
        Variable y = exp(x);
        return div(y, sum(y, axis.length == 0 ? new int[] {1} : axis, true));
    }

    /** Softmax along {@code axis} (DeZero's default 1 when none is given), in one node. */
    public static Variable softmax(Variable x, int... axis) {
        return new Softmax(axis.length == 0 ? new int[] {1} : axis).apply(x);
    }

    /** {@code log(softmax(x))} computed stably along {@code axis} (default 1). */
    public static Variable logSoftmax(Variable x, int... axis) {
        return new LogSoftmax(axis.length == 0 ? new int[] {1} : axis).apply(x);
    }

    // ------------------------------------------------------------------ losses

    /** {@code sum((x0 - x1) ** 2) / len(x0)} built from basic ops. */
    public static Variable meanSquaredErrorSimple(Variable x0, Variable x1) {
        Variable diff = sub(x0, x1);
        return div(sum(pow(diff, 2L)), (long) diff.len());
    }

    /** {@code sum((x0 - x1) ** 2) / len(x0)} in one node. */
    public static Variable meanSquaredError(Variable x0, Variable x1) {
        return new MeanSquaredError().apply(x0, x1);
    }

    /** Mean cross entropy of {@code softmax(x)} against int labels {@code t}, built from basic ops. */
    public static Variable softmaxCrossEntropySimple(Variable x, Variable t) {
        int n = x.shape()[0];
        Variable p = clip(softmax(x), 1e-15, 1.0);
        Variable logP = log(p);
        Variable tlogP = getItem(logP, Index.array(NDArray.arange(n)), Index.array(t.data));
        return div(mul(-1L, sum(tlogP)), (long) n);
    }

    /** Mean cross entropy of {@code softmax(x)} (N, classes) against N int labels {@code t}, in one node. */
    public static Variable softmaxCrossEntropy(Variable x, Variable t) {
        return new SoftmaxCrossEntropy().apply(x, t);
    }

    /** Mean binary cross entropy of {@code sigmoid(x)} against 0/1 targets {@code t}. */
    public static Variable sigmoidCrossEntropy(Variable x, Variable t) {
        if (x.ndim() != t.ndim()) {
            t = new Variable(t.data.reshape(x.shape()));
        }
        int n = x.len();
        Variable p = clip(sigmoid(x), 1e-15, 1.0);
        Variable tlogP = add(mul(t, log(p)), mul(sub(1L, t), log(sub(1L, p))));
        return div(mul(-1L, sum(tlogP)), (long) n);
    }

    /** Mean binary cross entropy of probabilities {@code p} against 0/1 targets {@code t}. */
    public static Variable binaryCrossEntropy(Variable p, Variable t) {
        if (p.ndim() != t.ndim()) {
            t = new Variable(t.data.reshape(p.shape()));
        }
        int n = t.len();
        p = clip(p, 1e-15, 0.999);
        Variable tlogP = add(mul(t, log(p)), mul(sub(1L, t), log(sub(1L, p))));
        return div(mul(-1L, sum(tlogP)), (long) n);
    }

    // ------------------------------------------------------------------ accuracy, dropout, batch norm, embed

    /** The fraction of rows of {@code y} whose argmax equals the label in {@code t}; not differentiable. */
    public static Variable accuracy(Variable y, Variable t) {
        NDArray pred = y.data.argmax(1).reshape(t.shape());
        return new Variable(pred.eq(t.data).mean());
    }

    /**
     * In training mode ({@link dezero.core.Config#isTrain()}), zeroes each element with probability
     * {@code ratio} (numpy's global generator, as DeZero's {@code np.random.rand}) and scales the
     * rest by {@code 1 / (1 - ratio)}; in test mode returns {@code x} itself.
     */
    public static Variable dropout(Variable x, double ratio) {
        if (!dezero.core.Config.isTrain()) {
            return x;
        }
        NDArray mask = dezero.core.RandomState.global().rand(x.shape()).gt(NDArray.weakFloat(ratio));
        NDArray scale = NDArray.scalar(1.0 - ratio).astype(x.dtype());
        return div(mul(x, new Variable(mask)), new Variable(scale));
    }

    /** {@link #dropout(Variable, double)} with DeZero's default ratio 0.5. */
    public static Variable dropout(Variable x) {
        return dropout(x, 0.5);
    }

    /**
     * Batch normalisation (DeZero's {@code batch_nrom}); {@code mean} and {@code var} hold the running
     * averages and are updated in training mode.
     */
    public static Variable batchNorm(Variable x, Variable gamma, Variable beta, Variable mean, Variable var,
            double decay, double eps) {
        return new BatchNorm(mean, var, decay, eps).apply(x, gamma, beta);
    }

    /** {@link #batchNorm} with DeZero's defaults {@code decay=0.9, eps=2e-5}. */
    public static Variable batchNorm(Variable x, Variable gamma, Variable beta, Variable mean, Variable var) {
        return batchNorm(x, gamma, beta, mean, var, 0.9, 2e-5);
    }

    /** The rows of {@code W} picked by the int ids {@code x} ({@code W[x]}). */
    public static Variable embedId(Variable x, Variable w) {
        return getItem(w, Index.array(x.data));
    }

    /**
     * DeZero's {@code get_item(x, slices)} ({@code x[slices]}) with numpy's indexing; the gradient is
     * scattered back with {@code np.add.at}. {@code x[:, 0]} is {@code getItem(x, Index.ALL, Index.at(0))}.
     */
    public static Variable getItem(Variable x, Index... slices) {
        return new GetItem(slices).apply(x);
    }

    /** {@code x[[r0, r1, ...]]}: the rows with these ids, repeated ids allowed. */
    public static Variable getItem(Variable x, long... rows) {
        return getItem(x, Index.array(NDArray.int64(rows, rows.length)));
    }

    // ------------------------------------------------------------------ max, min, clip

    /** The largest element. */
    public static Variable max(Variable x) {
        return Max.overAll().apply(x);
    }

    /** The largest element over {@code axes} (null: all), kept as 1 when {@code keepdims}. */
    public static Variable max(Variable x, int[] axes, boolean keepdims) {
        return Max.over(axes, keepdims).apply(x);
    }

    /** The smallest element. */
    public static Variable min(Variable x) {
        return Min.overAll().apply(x);
    }

    /** The smallest element over {@code axes} (null: all), kept as 1 when {@code keepdims}. */
    public static Variable min(Variable x, int[] axes, boolean keepdims) {
        return Min.over(axes, keepdims).apply(x);
    }

    /** Limits every element to {@code [min, max]}; the gradient passes inside the range. */
    public static Variable clip(Variable x, double min, double max) {
        return new Clip(min, max).apply(x);
    }

    // ------------------------------------------------------------------ conversions and helpers

    /**
     * DeZero's {@code as_variable}: a Variable itself, an NDArray or a number wrapped in a leaf.
     *
     * @throws OperandTypeException for anything else, as DeZero's {@code TypeError}
     */
    public static Variable asVariable(Object obj) {
        if (obj instanceof Variable v) {
            return v;
        }
        return new Variable(asArray(obj));
    }

    /**
     * DeZero's {@code as_array}: an NDArray itself, a number as a 0-d array.
     *
     * @throws OperandTypeException for anything else
     */
    public static NDArray asArray(Object obj) {
        if (obj instanceof NDArray a) {
            return a;
        }
        if (obj instanceof Number n) {
            return NDArray.scalar(n.doubleValue());
        }
        throw new OperandTypeException((obj == null ? "NoneType" : obj.getClass().getSimpleName())
                + " is not supported");
    }

    // ------------------------------------------------------------------ convolution (step 57 on)

    /**
     * DeZero's {@code conv2d(x, W, b=None, stride=1, pad=0)}: x (N, C, H, W), filters W (OC, C, KH, KW),
     * bias b (OC,) or null, stride and pad each an int or a pair.
     */
    public static Variable conv2d(Variable x, Variable w, Variable b, int[] stride, int[] pad) {
        ConvArrays.unpack(w.ndim() - 2, 2); // KH, KW = W.shape[2:]
        ConvArrays.unpack(x.ndim(), 4); // N, C, H, W = x.shape
        Conv2d f = new Conv2d(stride, pad);
        return b == null ? f.apply(x, w) : f.apply(x, w, b);
    }

    /** {@link #conv2d(Variable, Variable, Variable, int[], int[])} with one stride and pad for both axes. */
    public static Variable conv2d(Variable x, Variable w, Variable b, int stride, int pad) {
        return conv2d(x, w, b, new int[] {stride}, new int[] {pad});
    }

    /** The same convolution from {@code im2col}, {@code linear} and reshapes (DeZero's {@code conv2d_simple}). */
    public static Variable conv2dSimple(Variable x, Variable w, Variable b, int[] stride, int[] pad) {
        ConvArrays.unpack(x.ndim(), 4);
        ConvArrays.unpack(w.ndim(), 4);
        int[] xs = x.shape();
        int[] ws = w.shape();
        int[] s = ConvArrays.pair(stride);
        int[] p = ConvArrays.pair(pad);
        int oh = ConvArrays.convOutsize(xs[2], ws[2], s[0], p[0]);
        int ow = ConvArrays.convOutsize(xs[3], ws[3], s[1], p[1]);
        Variable col = im2col(x, new int[] {ws[2], ws[3]}, stride, pad, true);
        Variable weight = transpose(reshape(w, ws[0], -1));
        Variable t = linear(col, weight, b);
        return transpose(reshape(t, xs[0], oh, ow, ws[0]), 0, 3, 1, 2);
    }

    /**
     * DeZero's {@code deconv2d(x, W, b=None, stride=1, pad=0, outsize=None)}: x (N, C, H, W), W (C, OC,
     * KH, KW); {@code outsize} (an int or a pair) or null for DeZero's output size.
     */
    public static Variable deconv2d(Variable x, Variable w, Variable b, int[] stride, int[] pad, int[] outsize) {
        ConvArrays.unpack(w.ndim(), 4);
        ConvArrays.unpack(x.ndim(), 4);
        Deconv2d f = new Deconv2d(stride, pad, outsize);
        return b == null ? f.apply(x, w) : f.apply(x, w, b);
    }

    /** DeZero's {@code pooling(x, kernel_size, stride=1, pad=0)}: max pooling. */
    public static Variable pooling(Variable x, int[] kernelSize, int[] stride, int[] pad) {
        ConvArrays.unpack(x.ndim(), 4);
        return new Pooling(kernelSize, stride, pad).apply(x);
    }

    /** Max pooling from {@code im2col}, {@code max} and reshapes (DeZero's {@code pooling_simple}). */
    public static Variable poolingSimple(Variable x, int[] kernelSize, int[] stride, int[] pad) {
        ConvArrays.unpack(x.ndim(), 4);
        int[] xs = x.shape();
        int[] k = ConvArrays.pair(kernelSize);
        int[] s = ConvArrays.pair(stride);
        int[] p = ConvArrays.pair(pad);
        int oh = ConvArrays.convOutsize(xs[2], k[0], s[0], p[0]);
        int ow = ConvArrays.convOutsize(xs[3], k[1], s[1], p[1]);
        Variable col = reshape(im2col(x, kernelSize, stride, pad, true), -1, k[0] * k[1]);
        Variable y = max(col, new int[] {1}, false);
        return transpose(reshape(y, xs[0], oh, ow, xs[1]), 0, 3, 1, 2);
    }

    /** DeZero's {@code average_pooling(x, kernel_size, stride=1, pad=0)}. */
    public static Variable averagePooling(Variable x, int[] kernelSize, int[] stride, int[] pad) {
        ConvArrays.unpack(x.ndim(), 4);
        return new AveragePooling(kernelSize, stride, pad).apply(x);
    }

    /**
     * DeZero's {@code im2col(x, kernel_size, stride=1, pad=0, to_matrix=True)}: the patches a kernel
     * sees, (N, C, KH, KW, OH, OW) or as the matrix (N*OH*OW, C*KH*KW).
     */
    public static Variable im2col(Variable x, int[] kernelSize, int[] stride, int[] pad, boolean toMatrix) {
        ConvArrays.unpack(x.ndim(), 4);
        return new Im2col(kernelSize, stride, pad, toMatrix).apply(x);
    }

    /** DeZero's {@code col2im(x, input_shape, kernel_size, stride=1, pad=0, to_matrix=True)}: the inverse scatter of im2col. */
    public static Variable col2im(Variable x, int[] inputShape, int[] kernelSize, int[] stride, int[] pad,
            boolean toMatrix) {
        return new Col2im(inputShape, kernelSize, stride, pad, toMatrix).apply(x);
    }
}
