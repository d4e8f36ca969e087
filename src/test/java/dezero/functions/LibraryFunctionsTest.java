package dezero.functions;

import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.Config;
import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.core.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DeZero's library functions against Python DeZero on the same inputs: forward values and the
 * gradients of {@code sum(op(xs) * r)} to 1e-12, the same gradients when backward records its
 * graph, and against central differences. Expected values: library_functions.txt, made by
 * gen_library_functions.py beside it (how to rerun it is in its header).
 */
class LibraryFunctionsTest {
    static final Variable MEAN = new Variable(NDArray.zeros(3));
    static final Variable VAR = new Variable(NDArray.ones(3));

    /** The lines of library_functions.txt that belong to no case: {@code running}, {@code accuracy}. */
    static final Map<String, String> EXTRA = new LinkedHashMap<>();
    static final Map<String, Function<Variable[], Variable>> OPS = new LinkedHashMap<>();

    static {
        OPS.put("linear", x -> Functions.linear(x[0], x[1], x[2]));
        OPS.put("linear_nobias", x -> Functions.linear(x[0], x[1]));
        OPS.put("linear_simple", x -> Functions.linearSimple(x[0], x[1], x[2]));
        OPS.put("sigmoid", x -> Functions.sigmoid(x[0]));
        OPS.put("sigmoid_simple", x -> Functions.sigmoidSimple(x[0]));
        OPS.put("relu", x -> Functions.relu(x[0]));
        OPS.put("leaky_relu", x -> Functions.leakyRelu(x[0], 0.2));
        OPS.put("softmax", x -> Functions.softmax(x[0]));
        OPS.put("softmax_axis0", x -> Functions.softmax(x[0], 0));
        OPS.put("softmax_simple", x -> Functions.softmaxSimple(x[0]));
        OPS.put("log_softmax", x -> Functions.logSoftmax(x[0]));
        OPS.put("mean_squared_error", x -> Functions.meanSquaredError(x[0], x[1]));
        OPS.put("mean_squared_error_simple", x -> Functions.meanSquaredErrorSimple(x[0], x[1]));
        OPS.put("softmax_cross_entropy", x -> Functions.softmaxCrossEntropy(x[0], x[1]));
        OPS.put("softmax_cross_entropy_simple", x -> Functions.softmaxCrossEntropySimple(x[0], x[1]));
        OPS.put("sigmoid_cross_entropy", x -> Functions.sigmoidCrossEntropy(x[0], x[1]));
        OPS.put("binary_cross_entropy", x -> Functions.binaryCrossEntropy(x[0], x[1]));
        OPS.put("max_all", x -> Functions.max(x[0]));
        OPS.put("max_axis1_keepdims", x -> Functions.max(x[0], new int[] {1}, true));
        OPS.put("min_axis0", x -> Functions.min(x[0], new int[] {0}, false));
        OPS.put("clip", x -> Functions.clip(x[0], -0.5, 0.5));
        OPS.put("average_all", x -> Functions.average(x[0]));
        OPS.put("mean_axis0_keepdims", x -> Functions.mean(x[0], new int[] {0}, true));
        OPS.put("expand_dims", x -> Functions.expandDims(x[0], 1));
        OPS.put("flatten", x -> Functions.flatten(x[0]));
        OPS.put("get_item_rows", x -> Functions.getItem(x[0], 0, 2, 0));
        OPS.put("get_item_row", x -> Functions.getItem(x[0], Index.at(1)));
        OPS.put("embed_id", x -> Functions.embedId(new Variable(NDArray.int64(new long[] {4, 0, 4, 2}, 2, 2)), x[0]));
        OPS.put("batch_norm_train", x -> Functions.batchNorm(x[0], x[1], x[2], MEAN, VAR));
        OPS.put("batch_norm_test", x -> {
            // The running averages DeZero had after batch_norm_train.
            String[] running = EXTRA.get("running").split("\\|");
            try (Config.Scope s = Config.testMode()) {
                return Functions.batchNorm(x[0], x[1], x[2], new Variable(parse(running[0])),
                        new Variable(parse(running[1])));
            }
        });
        OPS.put("batch_norm_4d", x -> Functions.batchNorm(x[0], x[1], x[2], new Variable(NDArray.zeros(3)),
                new Variable(NDArray.ones(3))));
        OPS.put("conv2d", x -> Functions.conv2d(x[0], x[1], x[2], 1, 1));
        OPS.put("conv2d_stride2_nobias", x -> Functions.conv2d(x[0], x[1], null, new int[] {2}, new int[] {1, 0}));
        OPS.put("conv2d_simple", x -> Functions.conv2dSimple(x[0], x[1], x[2], new int[] {1}, new int[] {1}));
        OPS.put("deconv2d", x -> Functions.deconv2d(x[0], x[1], x[2], new int[] {2}, new int[] {1}, null));
        OPS.put("pooling", x -> Functions.pooling(x[0], new int[] {2}, new int[] {2}, new int[] {0}));
        OPS.put("pooling_pad", x -> Functions.pooling(x[0], new int[] {3}, new int[] {2}, new int[] {1}));
        OPS.put("pooling_simple", x -> Functions.poolingSimple(x[0], new int[] {2}, new int[] {2}, new int[] {0}));
        OPS.put("average_pooling", x -> Functions.averagePooling(x[0], new int[] {2}, new int[] {2}, new int[] {0}));
        OPS.put("im2col", x -> Functions.im2col(x[0], new int[] {3}, new int[] {1}, new int[] {1}, true));
        OPS.put("im2col_tensor", x -> Functions.im2col(x[0], new int[] {2}, new int[] {2}, new int[] {0}, false));
        OPS.put("col2im", x -> Functions.col2im(x[0], new int[] {1, 2, 3, 3}, new int[] {3}, new int[] {1},
                new int[] {1}, true));
        OPS.put("dropout", x -> Functions.dropout(x[0], 0.5));
    }

    /** Cases whose inputs are labels: no central differences for them. */
    static final Set<String> LABELS_SECOND = Set.of("softmax_cross_entropy", "softmax_cross_entropy_simple",
            "sigmoid_cross_entropy", "binary_cross_entropy");

    record Case(String name, List<NDArray> inputs, NDArray weight, NDArray output, List<NDArray> grads) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String text;
        try (InputStream in = LibraryFunctionsTest.class.getResourceAsStream("library_functions.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String name = null;
        List<NDArray> inputs = null;
        List<NDArray> grads = null;
        NDArray weight = null;
        NDArray output = null;
        for (String line : text.split("\n")) {
            String kind = line.split(" ", 2)[0];
            String rest = line.substring(kind.length()).strip();
            switch (kind) {
                case "case" -> {
                    if (name != null) {
                        out.add(new Case(name, inputs, weight, output, grads));
                    }
                    name = rest;
                    inputs = new ArrayList<>();
                    grads = new ArrayList<>();
                }
                case "input" -> inputs.add(parse(rest));
                case "weight" -> weight = parse(rest);
                case "output" -> output = parse(rest);
                case "grad" -> grads.add(rest.equals("none") ? null : parse(rest));
                default -> EXTRA.put(kind, rest);
            }
        }
        out.add(new Case(name, inputs, weight, output, grads));
        return out;
    }

    static NDArray parse(String s) {
        String[] parts = s.split(":", 2);
        String dims = parts[0].strip();
        int[] shape = dims.isEmpty() ? new int[0]
                : Stream.of(dims.split(" ")).mapToInt(Integer::parseInt).toArray();
        String vals = parts[1].strip();
        double[] v = vals.isEmpty() ? new double[0] : Stream.of(vals.split(" ")).mapToDouble(Double::parseDouble).toArray();
        return NDArray.of(v, shape);
    }

    static Variable[] leaves(List<NDArray> xs) {
        return xs.stream().map(Variable::new).toArray(Variable[]::new);
    }

    /** The inputs as Python made them: labels (the second input of the cross entropies) are int64 arrays. */
    static List<NDArray> typed(Case c, List<NDArray> xs) {
        List<NDArray> out = new ArrayList<>(xs);
        if (LABELS_SECOND.contains(c.name())) {
            out.set(1, out.get(1).astype(DType.INT64));
        }
        return out;
    }

    static Variable run(Case c, Variable[] xs) {
        if (c.name().equals("dropout")) {
            RandomState.global().seed(0);
        }
        return OPS.get(c.name()).apply(xs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forwardAndGradientsEqualDezeros(Case c) {
        for (boolean createGraph : new boolean[] {false, true}) {
            Variable[] xs = leaves(typed(c, c.inputs()));
            Variable y = run(c, xs);
            GradCheck.assertClose(c.output(), y.data, 1e-12, 1e-14, c + " forward");
            if (c.name().equals("batch_norm_test")) {
                continue; // DeZero has no backward in test mode
            }
            sum(mul(y, new Variable(c.weight()))).backward(false, createGraph);
            for (int i = 0; i < xs.length; i++) {
                NDArray expected = c.grads().get(i);
                if (expected == null) {
                    assertNull(xs[i].grad, c + ": DeZero gives input " + i + " no gradient");
                } else {
                    assertNotNull(xs[i].grad, c + ": input " + i + " got no gradient");
                    GradCheck.assertClose(expected, xs[i].grad.data, 1e-12, 1e-14,
                            c + " gradient of input " + i + (createGraph ? " (createGraph)" : ""));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsEqualCentralDifferences(Case c) {
        if (c.name().equals("dropout") || c.name().equals("batch_norm_test")) {
            return; // dropout draws a new mask per call; DeZero has no test-mode backward
        }
        Variable[] xs = leaves(typed(c, c.inputs()));
        sum(mul(run(c, xs), new Variable(c.weight()))).backward();
        int differentiable = LABELS_SECOND.contains(c.name()) ? 1 : xs.length;
        for (int k = 0; k < differentiable; k++) {
            double[] x = c.inputs().get(k).toArray();
            double[] g = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double saved = x[j];
                x[j] = saved + 1e-6;
                double plus = weighted(c, k, x);
                x[j] = saved - 1e-6;
                double minus = weighted(c, k, x);
                x[j] = saved;
                g[j] = (plus - minus) / 2e-6;
            }
            GradCheck.assertClose(NDArray.of(g, c.inputs().get(k).shape()), xs[k].grad.data, 1e-5, 1e-6,
                    c + " numerical gradient of input " + k);
        }
    }

    private static double weighted(Case c, int k, double[] xk) {
        List<NDArray> moved = new ArrayList<>(c.inputs());
        moved.set(k, NDArray.of(xk, c.inputs().get(k).shape()));
        try (Config.Scope s = Config.noGrad()) {
            return sum(mul(run(c, leaves(typed(c, moved))), new Variable(c.weight()))).data.item();
        }
    }

    @Test
    void batchNormUpdatesRunningAveragesAsDezero() throws IOException {
        Map<String, Case> byName = new LinkedHashMap<>();
        cases().forEach(c -> byName.put(c.name(), c));
        Case c = byName.get("batch_norm_train");
        Variable mean = new Variable(NDArray.zeros(3));
        Variable var = new Variable(NDArray.ones(3));
        Variable[] xs = leaves(typed(c, c.inputs()));
        Functions.batchNorm(xs[0], xs[1], xs[2], mean, var);
        String[] running = EXTRA.get("running").split("\\|");
        GradCheck.assertClose(parse(running[0]), mean.data, 1e-12, 1e-15, "running mean");
        GradCheck.assertClose(parse(running[1]), var.data, 1e-12, 1e-15, "running var");
    }

    @Test
    void accuracyIsTheFractionOfRightRows() throws IOException {
        cases();
        Variable acc = Functions.accuracy(new Variable(NDArray.of(new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.3, 0.7}})),
                new Variable(NDArray.int64(new long[] {1, 1, 1}, 3)));
        assertEquals(parse(EXTRA.get("accuracy")).item(), acc.data.item());
        assertNull(acc.creator);
    }

    @Test
    void dropoutInTestModeIsTheInputItself() {
        Variable x = new Variable(NDArray.of(1, 2, 3));
        try (Config.Scope s = Config.testMode()) {
            assertTrue(Functions.dropout(x) == x);
        }
    }
}
