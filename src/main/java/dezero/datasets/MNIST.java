package dezero.datasets;

import dezero.core.DType;
import dezero.core.NDArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * DeZero's {@code MNIST}: the standard IDX {@code .gz} files from the cache directory
 * ({@code ~/.dezero}), downloaded from DeZero's mirror when missing. Data (N, 1, 28, 28) with
 * values 0-255, labels 0-9; by default each example is flattened and scaled to [0, 1].
 */
public class MNIST extends Dataset {
    /** DeZero's mirror. */
    public static final String URL = "https://ossci-datasets.s3.amazonaws.com/mnist/";
    static final Map<Boolean, String[]> FILES = Map.of(
            true, new String[] {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"},
            false, new String[] {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"});

    private final Path cacheDir;

    /** The training split with DeZero's default transform, from {@code ~/.dezero}. */
    public MNIST() {
        this(true, defaultTransform(), null, Downloads.cacheDir());
    }

    /** DeZero's {@code MNIST(train=True)}. */
    public static MNIST train() {
        return new MNIST();
    }

    /** DeZero's {@code MNIST(train=False)}: the 10,000 test images. */
    public static MNIST test() {
        return new MNIST(false, defaultTransform(), null, Downloads.cacheDir());
    }

    /** Any split, transforms and cache directory (tests use their own directory). */
    public static MNIST of(Split split, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform,
            Path cacheDir) {
        return new MNIST(split == Split.TRAIN, transform, targetTransform, cacheDir);
    }

    private MNIST(boolean train, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform, Path cacheDir) {
        super(train, transform, targetTransform);
        this.cacheDir = cacheDir;
        load();
    }

    /** DeZero's default: {@code Compose([Flatten(), ToFloat(), Normalize(0., 255.)])}. */
    public static UnaryOperator<NDArray> defaultTransform() {
        return new Compose(new Flatten(), new ToFloat(), new Normalize(0., 255.));
    }

    @Override
    protected void prepare() {
        String[] files = FILES.get(train);
        Path images = Downloads.getFile(URL + files[0], cacheDir, System.out);
        Path labels = Downloads.getFile(URL + files[1], cacheDir, System.out);
        byte[] img = gunzip(images);
        byte[] lab = gunzip(labels);
        int n = (img.length - 16) / (28 * 28);
        if (img.length < 16 || (img.length - 16) % (28 * 28) != 0) {
            throw new IllegalArgumentException(images + " is not an IDX file of 28x28 images");
        }
        double[] d = new double[img.length - 16];
        for (int i = 0; i < d.length; i++) {
            d[i] = Byte.toUnsignedInt(img[16 + i]);
        }
        double[] l = new double[Math.max(lab.length - 8, 0)];
        for (int i = 0; i < l.length; i++) {
            l[i] = Byte.toUnsignedInt(lab[8 + i]);
        }
        data = NDArray.of(d, DType.UINT8, n, 1, 28, 28);
        label = NDArray.of(l, DType.UINT8, l.length);
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** DeZero's {@code MNIST.labels()}: class id to name. */
    public static Map<Integer, String> labels() {
        Map<Integer, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            m.put(i, String.valueOf(i));
        }
        return m;
    }
}
