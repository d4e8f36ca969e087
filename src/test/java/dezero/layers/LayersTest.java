package dezero.layers;

import static dezero.golden.Golden.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.functions.Functions;
import dezero.golden.Golden;
import dezero.models.Sequential;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EmbedID and BatchNorm against Python DeZero (gen_training.py), and the Layer registry. */
class LayersTest {
    static final Golden G = Golden.load(LayersTest.class, "/dezero/training/training.txt");

    static Variable arange(int rows, int cols) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return new Variable(NDArray.of(v, rows, cols));
    }

    @Test
    void embedIdEqualsDezeros() {
        RandomState.global().seed(5);
        EmbedID emb = new EmbedID(6, 3);
        Variable y = emb.apply(NDArray.int64(new long[] {1, 5, 1}, 3));
        Functions.sum(Functions.mul(y, arange(3, 3))).backward();
        assertClose(G.get("embed_W"), emb.W.data, 0, 0, "W");
        assertClose(G.get("embed_y"), y.data, 0, 0, "y");
        assertClose(G.get("embed_gW"), emb.W.grad.data, 0, 0, "W.grad: repeated ids accumulate");
    }

    @Test
    void batchNormEqualsDezeros() {
        BatchNorm bn = new BatchNorm();
        RandomState.global().seed(6);
        Variable x = new Variable(RandomState.global().randn(8, 3));
        Variable y = bn.apply(x);
        Functions.sum(Functions.mul(y, arange(8, 3))).backward();
        assertClose(G.get("bn_y"), y.data, 1e-12, 1e-15, "y");
        assertClose(G.get("bn_gamma_grad"), bn.gamma.grad.data, 1e-12, 1e-15, "gamma.grad");
        assertClose(G.get("bn_avg_mean"), bn.avgMean.data, 1e-12, 1e-15, "avg_mean");
        assertClose(G.get("bn_avg_var"), bn.avgVar.data, 1e-12, 1e-15, "avg_var");
        assertEquals(List.of("avg_mean", "avg_var", "gamma", "beta"), List.copyOf(bn.flattenParams().keySet()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"conv", "deconv"})
    void convolutionLayersEqualDezeros(String name) {
        Layer layer = name.equals("conv") ? new Conv2d(4, 3, 1, 1) : new Deconv2d(2, 3, 2, 1);
        RandomState.global().seed(8);
        NDArray x = name.equals("conv") ? RandomState.global().randn(2, 3, 5, 5) : RandomState.global().randn(2, 3, 3, 3);
        Variable y = layer.apply(x);
        double[] r = new double[y.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        Functions.sum(Functions.mul(y, new Variable(NDArray.of(r, y.shape())))).backward();
        Parameter w = (Parameter) layer.getattr("W");
        Parameter b = (Parameter) layer.getattr("b");
        assertClose(G.get(name + "_W"), w.data, 0, 0, "W: float32 randn times a float64 scale");
        assertClose(G.get(name + "_y"), y.data, 1e-12, 1e-13, "y");
        assertClose(G.get(name + "_gW"), w.grad.data, 1e-12, 1e-12, "W.grad");
        assertClose(G.get(name + "_gb"), b.grad.data, 1e-12, 1e-12, "b.grad");
        assertEquals(dezero.core.DType.FLOAT32, b.data.dtype());
    }

    @Test
    void setattrRegistersParametersAndLayersOnly() {
        Layer layer = new Layer() {
            @Override
            public Variable forward(Variable... xs) {
                return xs[0];
            }
        };
        Parameter w = new Parameter(NDArray.of(1, 2), "W");
        Linear sub = new Linear(2, 3);
        layer.setattr("W", w);
        layer.setattr("note", "not a parameter");
        layer.setattr("sub", sub);
        assertEquals(List.of("W", "sub"), List.copyOf(layer.names()));
        assertEquals(List.of(w, sub.W, sub.b), layer.params());
        assertSame(sub, layer.getattr("sub"));
        layer.setattr("W", null); // self.W = None: the name stays, no parameter under it
        assertEquals(List.of(sub.W, sub.b), layer.params());
        assertNull(layer.getattr("W"));
    }

    @Test
    void sequentialChainsItsLayersAndCleargradsClearsAll() {
        RandomState.global().seed(0);
        Sequential seq = new Sequential(new Linear(4), new Linear(2));
        Variable y = seq.apply(NDArray.of(new double[] {1, 2, 3}, 1, 3));
        assertEquals(List.of(1, 2), List.of(y.shape()[0], y.shape()[1]));
        Functions.sum(y).backward();
        assertEquals(4, seq.params().size());
        seq.cleargrads();
        seq.params().forEach(p -> assertNull(p.grad));
        assertEquals(List.of("l0/W", "l0/b", "l1/W", "l1/b"), List.copyOf(seq.flattenParams().keySet()));
    }

    @Test
    void linearWithoutBiasHasOnlyW() {
        Linear l = Linear.withoutBias(3, 2);
        assertNull(l.b);
        assertEquals(List.of(l.W), l.params());
        assertEquals("variable(None)", new Linear(3).W.toString());
    }
}
