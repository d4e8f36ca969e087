package dezero.layers;

import static dezero.golden.Golden.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.core.Variable;
import dezero.models.MLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * save_weights writes an .npz that the real numpy reads with DeZero's keys, and load_weights reads
 * one that numpy wrote (np.savez_compressed, as DeZero's save_weights). Needs python3 with numpy;
 * without them the round trips are skipped, and the skip says why.
 */
class WeightsTest {
    @TempDir
    Path dir;

    static MLP trainedShape() {
        RandomState.global().seed(0);
        MLP model = new MLP(4, 3);
        model.apply(new Variable(NDArray.of(new double[] {0.5, -1, 2, 0.25}, 2, 2)));
        return model;
    }

    /** Runs {@code python3 -c program}; its standard output, or a skip when python3 or numpy is missing. */
    static String python(String program) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", program).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "SKIPPED LOUDLY: python3 is not on PATH, so the .npz round trip with numpy cannot run");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(!out.contains("No module named 'numpy'"),
                "SKIPPED LOUDLY: python3 has no numpy, so the .npz round trip with numpy cannot run");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void numpyReadsWhatSaveWeightsWrites() throws Exception {
        MLP model = trainedShape();
        Path file = dir.resolve("mlp.npz");
        model.saveWeights(dir.resolve("mlp").toString()); // numpy appends .npz, so do we
        assertTrue(Files.exists(file));
        String out = python("import numpy as np\n"
                + "d = np.load('" + file + "')\n"
                + "for k in sorted(d.files):\n"
                + "    print(k, d[k].dtype, d[k].shape, ' '.join(repr(float(v)) for v in d[k].ravel()))\n");
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out);
        assertTrue(lines.get(0).startsWith("l0/W float64 (2, 4) "), out);
        assertTrue(lines.get(1).startsWith("l0/b float32 (4,) "), out);
        assertTrue(lines.get(2).startsWith("l1/W float64 (4, 3) "), out);
        String[] w = lines.get(0).split(" ");
        for (int i = 0; i < 8; i++) {
            assertEquals(model.layers.get(0).W.data.flat(i), Double.parseDouble(w[4 + i]), "l0/W element " + i);
        }
    }

    @Test
    void loadWeightsReadsWhatNumpyWrites() throws Exception {
        Path file = dir.resolve("from_numpy.npz");
        python("import numpy as np\n"
                + "np.savez_compressed('" + file + "', **{'l0/W': np.arange(8.).reshape(2, 4) / 3,"
                + " 'l0/b': np.array([1, 2, 3, 4], dtype=np.float32), 'l1/W': np.asfortranarray(np.arange(12.).reshape(4, 3)),"
                + " 'l1/b': np.array([7, 8, 9])})\n");
        MLP model = trainedShape();
        model.loadWeights(file.toString());
        assertClose(NDArray.of(new double[] {0, 1 / 3., 2 / 3., 1, 4 / 3., 5 / 3., 2, 7 / 3.}, 2, 4),
                model.layers.get(0).W.data, 0, 0, "l0/W");
        assertClose(NDArray.of(1, 2, 3, 4), model.layers.get(0).b.data, 0, 0, "l0/b float32");
        assertClose(NDArray.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 4, 3), model.layers.get(1).W.data, 0, 0,
                "l1/W Fortran order");
        assertClose(NDArray.of(7, 8, 9), model.layers.get(1).b.data, 0, 0, "l1/b int64");
    }

    @Test
    void roundTripHereKeepsEveryValue() {
        MLP model = trainedShape();
        Path file = dir.resolve("w.npz");
        model.saveWeights(file.toString());
        MLP other = trainedShape();
        other.params().forEach(p -> p.data = p.data.mul(0));
        other.loadWeights(file.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(model.params().get(i).data, other.params().get(i).data);
        }
    }

    @Test
    void aMissingKeyIsNumpysKeyError() {
        MLP model = trainedShape();
        Path file = dir.resolve("w.npz");
        model.saveWeights(file.toString());
        MLP bigger = new MLP(4, 3, 2);
        bigger.apply(new Variable(NDArray.of(new double[] {1, 2}, 1, 2)));
        MissingWeightException e = assertThrows(MissingWeightException.class, () -> bigger.loadWeights(file.toString()));
        assertEquals("'l2/W is not a file in the archive'", e.getMessage());
    }

    @Test
    void saveBeforeTheFirstInputSaysWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new MLP(3).saveWeights(dir.resolve("x.npz").toString()));
        assertTrue(e.getMessage().startsWith("cannot save 'l0/W': it has no data yet"), e.getMessage());
    }
}
