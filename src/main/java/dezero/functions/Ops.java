package dezero.functions;

import static dezero.functions.Op.of;

import dezero.core.Index;
import dezero.core.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of DeZero's {@code F}: one {@link Op} per DeZero name, in the order of DeZero's
 * functions.py, that the language reads to bind {@code F.name}, {@code help} and completion.
 * Adding an op is one op class, one method of {@link Functions} and one entry here (a test fails
 * when a public method of {@link Functions} has none).
 */
public final class Ops {
    private static final String X = "x";

    /** Every op, DeZero's aliases included ({@code mean}, {@code batch_nrom}). */
    public static final List<Op> ALL = List.of(
            of("add", "add", "x0, x1", "x0 + x1, broadcasting; a number becomes a constant input",
                    "add(x, 1) with x = Variable(np.array(2.0)) is variable(3.0)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.add(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("sub", "sub", "x0, x1", "x0 - x1, broadcasting", "sub(x, 1) with x = Variable(np.array(3.0)) is variable(2.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sub(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("mul", "mul", "x0, x1", "x0 * x1, element-wise, broadcasting", "mul(x, x) with x = Variable(np.array(3.0)) is variable(9.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.mul(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("div", "div", "x0, x1", "x0 / x1, element-wise, broadcasting", "div(x, 4) with x = Variable(np.array(2.0)) is variable(0.5)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.div(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("neg", "neg", X, "-x", "neg(x) with x = Variable(np.array(3.0)) is variable(-3.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.neg(a.variable(X));
                }
            }),
            of("pow", "pow", "x, c", "x ** c for a constant exponent c", "pow(x, 3) with x = Variable(np.array(2.0)) is variable(8.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.pow(a.variable(X), a.number("c"));
                        }
                    }),
            of("square", "square", X, "x ** 2", "square(x) with x = Variable(np.array(3.0)) is variable(9.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.square(a.variable(X));
                }
            }),
            of("exp", "exp", X, "e ** x, element-wise", "exp(x) with x = Variable(np.array(0.0)) is variable(1.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.exp(a.variable(X));
                }
            }),
            of("log", "log", X, "natural logarithm", "log(x) with x = Variable(np.array(1.0)) is variable(0.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.log(a.variable(X));
                }
            }),
            of("sin", "sin", X, "sine (radians)", "sin(x) with x = Variable(np.array(0.0)) is variable(0.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.sin(a.variable(X));
                }
            }),
            of("cos", "cos", X, "cosine (radians)", "cos(x) with x = Variable(np.array(0.0)) is variable(1.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.cos(a.variable(X));
                }
            }),
            of("tanh", "tanh", X, "hyperbolic tangent", "tanh(x) with x = Variable(np.array(0.0)) is variable(0.0)", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.tanh(a.variable(X));
                }
            }),
            of("reshape", "reshape", "x, shape", "the same elements in a new shape (one dimension may be -1)",
                    "reshape(x, (2, 3)) of a 6-element x", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.reshape(a.variable(X), a.shape("shape"));
                        }
                    }),
            of("transpose", "transpose", "x, axes=None", "reverses the axes, or permutes them as given",
                    "transpose(x) of a 2x3 is 3x2", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return a.isNone("axes") ? Functions.transpose(a.variable(X))
                                : Functions.transpose(a.variable(X), a.shape("axes"));
                        }
                    }),
            of("get_item", "getItem", "x, slices", "x[slices]; the gradient is scattered back (np.add.at)",
                    "get_item(x, 1) of [[1, 2], [3, 4]] is variable([3. 4.])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.getItem(a.variable(X), (Index[]) a.value("slices"));
                        }
                    }),
            of("expand_dims", "expandDims", "x, axis", "inserts an axis of length 1",
                    "expand_dims(x, 0) of shape (3,) has shape (1, 3)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.expandDims(a.variable(X), a.integer("axis"));
                        }
                    }),
            of("flatten", "flatten", X, "flattens all axes but the first (the batch)",
                    "flatten(x) of shape (2, 3, 4) has shape (2, 12)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.flatten(a.variable(X));
                        }
                    }),
            of("sum", "sum", "x, axis=None, keepdims=False", "sum of all elements, or along axis (an int or a tuple)",
                    "sum(x) of [1, 2, 3] is variable(6.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sum(a.variable(X), a.axesOrNull("axis"), a.bool("keepdims"));
                        }
                    }),
            of("sum_to", "sumTo", "x, shape", "sums broadcast axes away down to shape",
                    "sum_to(x, (1, 3)) of a 2x3 of ones is variable([[2. 2. 2.]])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sumTo(a.variable(X), a.shape("shape"));
                        }
                    }),
            of("broadcast_to", "broadcastTo", "x, shape", "repeats x along new or size-1 axes to shape",
                    "broadcast_to(x, (2, 3)) of a scalar is a 2x3 Variable",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.broadcastTo(a.variable(X), a.shape("shape"));
                        }
                    }),
            of("average", "average", "x, axis=None, keepdims=False", "mean of all elements, or along axis",
                    "average(x) of [1, 2, 3] is variable(2.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.average(a.variable(X), a.axesOrNull("axis"), a.bool("keepdims"));
                        }
                    }),
            of("mean", "mean", "x, axis=None, keepdims=False", "the same as average",
                    "mean(x) of [1, 2, 3] is variable(2.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.mean(a.variable(X), a.axesOrNull("axis"), a.bool("keepdims"));
                        }
                    }),
            of("matmul", "matmul", "x, W", "matrix product x @ W of 1-d and 2-d operands",
                    "matmul(x, W) of (2, 3) and (3, 4) has shape (2, 4)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.matmul(a.variable(X), a.variable("W"));
                        }
                    }),
            of("linear", "linear", "x, W, b=None", "x @ W + b in one node", "linear(x, W, b) of (N, I), (I, O), (O,)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.linear(a.variable(X), a.variable("W"), a.variableOrNull("b"));
                        }
                    }),
            of("linear_simple", "linearSimple", "x, W, b=None", "matmul(x, W) + b in two nodes (step 43)",
                    "linear_simple(x, W, b) equals linear(x, W, b)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.linearSimple(a.variable(X), a.variable("W"), a.variableOrNull("b"));
                        }
                    }),
            of("sigmoid_simple", "sigmoidSimple", X, "1 / (1 + exp(-x)) from basic ops (step 43)",
                    "sigmoid_simple(x) with x = Variable(np.array(0.0)) is variable(0.5)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sigmoidSimple(a.variable(X));
                        }
                    }),
            of("sigmoid", "sigmoid", X, "the logistic function in one node", "sigmoid(x) with x = Variable(np.array(0.0)) is variable(0.5)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sigmoid(a.variable(X));
                        }
                    }),
            of("relu", "relu", X, "max(x, 0)", "relu(x) of [-1, 2] is variable([0. 2.])", new Op.Invoker() {
                @Override
                public Object invoke(Arguments a) {
                    return Functions.relu(a.variable(X));
                }
            }),
            of("softmax_simple", "softmaxSimple", "x, axis=1", "exp(x) / sum(exp(x), axis) from basic ops",
                    "softmax_simple(x) of [[0, 0]] is variable([[0.5 0.5]])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.softmaxSimple(a.variable(X), a.shape("axis"));
                        }
                    }),
            of("softmax", "softmax", "x, axis=1", "softmax along axis, in one node",
                    "softmax(x) of [[0, 0]] is variable([[0.5 0.5]])", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.softmax(a.variable(X), a.shape("axis"));
                        }
                    }),
            of("log_softmax", "logSoftmax", "x, axis=1", "log(softmax(x)) computed stably",
                    "log_softmax(x) of [[0, 0]] is variable([[-0.69314718 -0.69314718]])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.logSoftmax(a.variable(X), a.shape("axis"));
                        }
                    }),
            of("leaky_relu", "leakyRelu", "x, slope=0.2", "x where positive, else slope * x",
                    "leaky_relu(x) of [-1, 2] is variable([-0.2  2. ])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.leakyRelu(a.variable(X), a.number("slope"));
                        }
                    }),
            of("mean_squared_error_simple", "meanSquaredErrorSimple", "x0, x1",
                    "sum((x0 - x1) ** 2) / len(x0) from basic ops", "mean_squared_error_simple(y, t)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.meanSquaredErrorSimple(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("mean_squared_error", "meanSquaredError", "x0, x1", "sum((x0 - x1) ** 2) / len(x0) in one node",
                    "mean_squared_error(y, t)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.meanSquaredError(a.variable("x0"), a.variable("x1"));
                        }
                    }),
            of("softmax_cross_entropy_simple", "softmaxCrossEntropySimple", "x, t",
                    "mean cross entropy of softmax(x) against int labels t, from basic ops",
                    "softmax_cross_entropy_simple(y, t) with t = np.array([2, 0, 1, 0])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.softmaxCrossEntropySimple(a.variable(X), a.variable("t"));
                        }
                    }),
            of("softmax_cross_entropy", "softmaxCrossEntropy", "x, t",
                    "mean cross entropy of softmax(x) (N, classes) against N int labels t",
                    "softmax_cross_entropy(y, t) with t = np.array([2, 0, 1, 0])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.softmaxCrossEntropy(a.variable(X), a.variable("t"));
                        }
                    }),
            of("sigmoid_cross_entropy", "sigmoidCrossEntropy", "x, t", "mean binary cross entropy of sigmoid(x)",
                    "sigmoid_cross_entropy(x, t) with 0/1 targets t",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.sigmoidCrossEntropy(a.variable(X), a.variable("t"));
                        }
                    }),
            of("binary_cross_entropy", "binaryCrossEntropy", "p, t", "mean binary cross entropy of probabilities p",
                    "binary_cross_entropy(p, t) with 0/1 targets t",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.binaryCrossEntropy(a.variable("p"), a.variable("t"));
                        }
                    }),
            of("accuracy", "accuracy", "y, t", "fraction of rows whose argmax is the label (not differentiable)",
                    "accuracy(y, t) is variable(0.75) when 3 of 4 rows are right",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.accuracy(a.variable("y"), a.variable("t"));
                        }
                    }),
            of("dropout", "dropout", "x, dropout_ratio=0.5",
                    "zeroes elements with probability dropout_ratio and scales the rest (training mode only)",
                    "with test_mode(): dropout(x) is x",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.dropout(a.variable(X), a.number("dropout_ratio"));
                        }
                    }),
            of("batch_norm", "batchNorm", "x, gamma, beta, mean, var, decay=0.9, eps=2e-5",
                    "batch normalisation; mean and var hold the running averages",
                    "batch_norm(x, gamma, beta, mean, var)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments v) {
                            return Ops.batchNorm(v);
                        }
                    }),
            of("batch_nrom", "batchNorm", "x, gamma, beta, mean, var, decay=0.9, eps=2e-5",
                    "DeZero's spelling of batch_norm", "batch_nrom(x, gamma, beta, mean, var)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments v) {
                            return Ops.batchNorm(v);
                        }
                    }),
            of("embed_id", "embedId", "x, W", "the rows of W picked by the int ids x (W[x])",
                    "embed_id(np.array([0, 2]), W) is rows 0 and 2 of W",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.embedId(a.variable(X), a.variable("W"));
                        }
                    }),
            of("max", "max", "x, axis=None, keepdims=False", "largest element, or along axis",
                    "max(x) of [1, 3, 2] is variable(3.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.max(a.variable(X), a.axesOrNull("axis"), a.bool("keepdims"));
                        }
                    }),
            of("min", "min", "x, axis=None, keepdims=False", "smallest element, or along axis",
                    "min(x) of [1, 3, 2] is variable(1.0)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.min(a.variable(X), a.axesOrNull("axis"), a.bool("keepdims"));
                        }
                    }),
            of("clip", "clip", "x, x_min, x_max", "limits every element to [x_min, x_max]",
                    "clip(x, 0, 1) of [-1, 0.5, 2] is variable([0.  0.5 1. ])",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.clip(a.variable(X), a.number("x_min"), a.number("x_max"));
                        }
                    }),
            of("conv2d", "conv2d", "x, W, b=None, stride=1, pad=0", "2-d convolution of (N, C, H, W) by (OC, C, KH, KW)",
                    "conv2d(x, W, b, stride=1, pad=1) keeps H and W for a 3x3 kernel",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.conv2d(a.variable(X), a.variable("W"), a.variableOrNull("b"), a.shape("stride"),
                                a.shape("pad"));
                        }
                    }),
            of("conv2d_simple", "conv2dSimple", "x, W, b=None, stride=1, pad=0", "conv2d from im2col and linear",
                    "conv2d_simple(x, W, b) equals conv2d(x, W, b)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.conv2dSimple(a.variable(X), a.variable("W"), a.variableOrNull("b"), a.shape("stride"),
                                a.shape("pad"));
                        }
                    }),
            of("deconv2d", "deconv2d", "x, W, b=None, stride=1, pad=0, outsize=None",
                    "transposed convolution of (N, C, H, W) by (C, OC, KH, KW)",
                    "deconv2d(x, W, stride=2) doubles H and W for a 2x2 kernel",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.deconv2d(a.variable(X), a.variable("W"), a.variableOrNull("b"), a.shape("stride"),
                                a.shape("pad"), a.axesOrNull("outsize"));
                        }
                    }),
            of("pooling", "pooling", "x, kernel_size, stride=1, pad=0", "max pooling of (N, C, H, W)",
                    "pooling(x, 2, 2) halves H and W",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.pooling(a.variable(X), a.shape("kernel_size"), a.shape("stride"), a.shape("pad"));
                        }
                    }),
            of("pooling_simple", "poolingSimple", "x, kernel_size, stride=1, pad=0", "max pooling from im2col and max",
                    "pooling_simple(x, 2, 2) equals pooling(x, 2, 2)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.poolingSimple(a.variable(X), a.shape("kernel_size"), a.shape("stride"), a.shape("pad"));
                        }
                    }),
            of("average_pooling", "averagePooling", "x, kernel_size, stride=1, pad=0", "average pooling of (N, C, H, W)",
                    "average_pooling(x, 2, 2) halves H and W",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.averagePooling(a.variable(X), a.shape("kernel_size"), a.shape("stride"), a.shape("pad"));
                        }
                    }),
            of("im2col", "im2col", "x, kernel_size, stride=1, pad=0, to_matrix=True", "the patches a kernel sees",
                    "im2col(x, 3).shape is (N*OH*OW, C*9)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.im2col(a.variable(X), a.shape("kernel_size"), a.shape("stride"), a.shape("pad"),
                                a.bool("to_matrix"));
                        }
                    }),
            of("col2im", "col2im", "x, input_shape, kernel_size, stride=1, pad=0, to_matrix=True",
                    "patches summed back into an image (the inverse scatter of im2col)",
                    "col2im(col, (1, 3, 7, 7), 5) has shape (1, 3, 7, 7)",
                    new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.col2im(a.variable(X), a.shape("input_shape"), a.shape("kernel_size"), a.shape("stride"),
                                a.shape("pad"), a.bool("to_matrix"));
                        }
                    }),
            of("as_variable", "asVariable", "obj", "a Variable as is; an ndarray or a number wrapped in one",
                    "as_variable(np.array(1.0)) is variable(1.0)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.asVariable(a.value("obj"));
                        }
                    }),
            of("as_array", "asArray", "x", "an ndarray as is; a number as a 0-d array",
                    "as_array(1.0) is array(1.)", new Op.Invoker() {
                        @Override
                        public Object invoke(Arguments a) {
                            return Functions.asArray(a.value(X));
                        }
                    }));

    private static final Map<String, Op> BY_NAME = index();

    private Ops() {}

    /** The op of this DeZero name. */
    public static Optional<Op> get(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private static Variable batchNorm(Arguments a) {
        return Functions.batchNorm(a.variable(X), a.variable("gamma"), a.variable("beta"), a.variable("mean"),
                a.variable("var"), a.number("decay"), a.number("eps"));
    }

    private static Map<String, Op> index() {
        Map<String, Op> m = new LinkedHashMap<>();
        for (Op op : ALL) {
            if (m.put(op.name(), op) != null) {
                throw new IllegalStateException("two ops named " + op.name());
            }
        }
        return m;
    }
}
