package dezero.datasets;

import static dezero.golden.Golden.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.dataloaders.DataLoader;
import dezero.dataloaders.SeqDataLoader;
import dezero.golden.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets, transforms and loaders; MNIST from small IDX files this test writes in the real format (no network). */
class DatasetsTest {
    static final Golden G = Golden.load(DatasetsTest.class, "/dezero/training/training.txt");

    @TempDir
    Path cache;

    /** Writes {@code n} 28x28 images (pixel {@code (i + p) % 256}) and labels {@code i % 10} as gzipped IDX files. */
    void writeIdx(String images, String labels, int n) throws IOException {
        ByteBuffer img = ByteBuffer.allocate(16 + n * 784);
        img.putInt(0x00000803).putInt(n).putInt(28).putInt(28);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < 784; p++) {
                img.put((byte) ((i + p) % 256));
            }
        }
        ByteBuffer lab = ByteBuffer.allocate(8 + n);
        lab.putInt(0x00000801).putInt(n);
        for (int i = 0; i < n; i++) {
            lab.put((byte) (i % 10));
        }
        gzip(cache.resolve(images), img.array());
        gzip(cache.resolve(labels), lab.array());
    }

    static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            o.write(bytes);
        }
    }

    @Test
    void mnistReadsIdxFilesFromTheCache() throws IOException {
        writeIdx("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", 3);
        MNIST train = MNIST.of(Split.TRAIN, MNIST.defaultTransform(), null, cache);
        assertEquals(3, train.len());
        assertArrayEquals(new int[] {3, 1, 28, 28}, train.data.shape());
        assertEquals(23.0, train.data.get(2, 0, 9, 25), "image 2, pixel 9 * 28 + 25: (2 + 277) % 256");
        Example e = train.get(2);
        assertArrayEquals(new int[] {784}, e.data().shape());
        // np.uint8(2) -> float32 -> / 255.: float32 division, as numpy's ToFloat then Normalize(0., 255.)
        assertEquals((float) (2 / 255.0), e.data().flat(0));
        assertEquals(DType.FLOAT32, e.data().dtype());
        assertEquals(DType.UINT8, e.label().dtype());
        assertEquals(2.0, e.label().item());
        assertEquals("7", MNIST.labels().get(7));
    }

    @Test
    void mnistTestSplitReadsTheT10kFiles() throws IOException {
        writeIdx("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", 2);
        MNIST test = MNIST.of(Split.TEST, null, null, cache);
        assertEquals(2, test.len());
        assertEquals(1.0, test.get(1).label().item());
        assertEquals(1.0, test.get(1).data().get(0, 0, 0), "no transform: raw pixel");
    }

    @Test
    void aFileThatCannotBeDownloadedIsAClearError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class,
                () -> Downloads.getFile("http://127.0.0.1:9/train-images-idx3-ubyte.gz", cache, new PrintStream(out)));
        assertTrue(e.getMessage().startsWith("cannot download http://127.0.0.1:9/train-images-idx3-ubyte.gz ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; without a network, put train-images-idx3-ubyte.gz into " + cache),
                e.getMessage());
        assertFalse(Files.exists(cache.resolve("train-images-idx3-ubyte.gz.part")));
        assertEquals("Downloading: train-images-idx3-ubyte.gz" + System.lineSeparator(), out.toString());
    }

    @Test
    void progressBarIsDezeros() {
        // DeZero's show_progress(3, 1, 10) prints "\r[#########.....................] 30.00%".
        assertEquals("\r[#########.....................] 30.00%", Downloads.progress(3, 10));
        assertEquals("\r[##############################] 100.00%", Downloads.progress(12, 10));
    }

    @Test
    void sinCurveUsesTheGlobalGeneratorAsDezero() {
        RandomState.global().seed(0);
        SinCurve s = SinCurve.train();
        assertEquals(999, s.len());
        NDArray head = NDArray.of(new double[] {s.data.flat(0), s.data.flat(1), s.data.flat(2), s.data.flat(3),
            s.data.flat(4)}, 5, 1);
        assertClose(G.get("sincurve_head"), head, 1e-15, 1e-17, "SinCurve data[:5]");
        assertEquals(s.data.flat(1), s.label.flat(0), "label is the next value");
    }

    @Test
    void transformsComposeInOrder() {
        NDArray x = NDArray.of(new double[] {0, 51, 102, 255}, 2, 2);
        NDArray y = new Compose(new Flatten(), new Normalize(0., 255.)).apply(x);
        assertArrayEquals(new int[] {4}, y.shape());
        assertEquals(0.4, y.flat(2), 1e-15);
        NDArray perChannel = new Normalize(new double[] {1, 2}, new double[] {2, 4}).apply(NDArray.of(new double[] {3, 6}, 2, 1));
        assertEquals(1.0, perChannel.flat(0));
        assertEquals(1.0, perChannel.flat(1));
        assertEquals(x, new Compose().apply(x));
    }

    @Test
    void dataLoaderGivesEveryExampleOncePerEpochThenStops() {
        RandomState.global().seed(0);
        Spiral s = Spiral.train();
        DataLoader loader = new DataLoader(s, 128);
        assertEquals(3, loader.maxIter);
        int rows = 0;
        double labelSum = 0;
        for (NDArray[] batch : loader) {
            rows += batch[0].shape()[0];
            labelSum += batch[1].sum().item();
        }
        assertEquals(300, rows);
        assertEquals(300.0, labelSum, "100 of each label 0, 1, 2");
        assertEquals(0, loader.iteration, "an epoch ends with a reset");
        DataLoader inOrder = DataLoader.inOrder(s, 100);
        NDArray[] b = inOrder.next();
        assertEquals(s.get(0).data().flat(0), b[0].flat(0));
        assertEquals(s.get(99).data().flat(1), b[0].flat(199));
        inOrder.next();
        inOrder.next(); // three batches of 100 make the epoch
        assertThrows(NoSuchElementException.class, inOrder::next);
    }

    @Test
    void seqDataLoaderStridesThroughTheSequence() {
        RandomState.global().seed(0);
        SinCurve s = SinCurve.train();
        SeqDataLoader loader = new SeqDataLoader(s, 4);
        NDArray[] first = loader.next();
        NDArray[] second = loader.next();
        // jump = 999 // 4 = 249: rows 0, 249, 498, 747, then 1, 250, 499, 748.
        assertEquals(s.data.flat(249), first[0].flat(1));
        assertEquals(s.data.flat(748), second[0].flat(3));
        assertEquals(s.label.flat(498), first[1].flat(2));
    }

    @Test
    void datasetWithoutLabelsGivesNullLabels() {
        Dataset d = new Dataset(true) {
            @Override
            protected void prepare() {
                data = NDArray.of(1, 2, 3);
            }
        };
        d.load();
        assertNull(d.get(1).label());
        assertEquals(2.0, d.get(1).data().item());
    }
}
