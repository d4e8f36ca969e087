package dezero.dataloaders;

import dezero.core.NDArray;
import dezero.core.RandomState;
import dezero.datasets.Dataset;
import dezero.datasets.Example;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * DeZero's {@code DataLoader}: mini-batches {@code (x, t)} of a dataset, in an order shuffled by
 * numpy's global generator at each {@link #reset} (or in order without shuffle). Iterating runs
 * one epoch, then resets, as DeZero's iterator does.
 */
public class DataLoader implements Iterable<NDArray[]>, Iterator<NDArray[]> {
    public final Dataset dataset;
    public final int batchSize;
    public final boolean shuffle;
    public final int dataSize;
    public final int maxIter;
    /** The batches given in this epoch. */
    public int iteration;
    /** The order of this epoch. */
    protected int[] index;

    /** Shuffled, as DeZero's default. */
    public DataLoader(Dataset dataset, int batchSize) {
        this(dataset, batchSize, true);
    }

    /** DeZero's {@code DataLoader(dataset, batch_size, shuffle)}. */
    public static DataLoader inOrder(Dataset dataset, int batchSize) {
        return new DataLoader(dataset, batchSize, false);
    }

    protected DataLoader(Dataset dataset, int batchSize, boolean shuffle) {
        this.dataset = dataset;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.dataSize = dataset.len();
        this.maxIter = (dataSize + batchSize - 1) / batchSize;
        reset();
    }

    /** Starts an epoch: a new order ({@code np.random.permutation}) when shuffling. */
    public void reset() {
        iteration = 0;
        if (shuffle) {
            double[] p = RandomState.global().permutation(dataset.len()).toArray();
            index = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                index[i] = (int) p[i];
            }
        } else {
            index = new int[dataset.len()];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
        }
    }

    @Override
    public Iterator<NDArray[]> iterator() {
        return this;
    }

    @Override
    public boolean hasNext() {
        if (iteration >= maxIter) {
            reset();
            return false;
        }
        return true;
    }

    /** The next batch {@code {x, t}} (t null for a dataset without labels). */
    @Override
    public NDArray[] next() {
        if (iteration >= maxIter) {
            reset();
            throw new NoSuchElementException("StopIteration");
        }
        int from = iteration * batchSize;
        int to = Math.min(from + batchSize, dataSize);
        int[] batch = new int[to - from];
        System.arraycopy(index, from, batch, 0, batch.length);
        iteration++;
        return batch(batch);
    }

    /** Stacks the examples {@code ids} into {@code {x, t}} ({@code np.array([...])}). */
    protected final NDArray[] batch(int[] ids) {
        NDArray[] xs = new NDArray[ids.length];
        NDArray[] ts = new NDArray[ids.length];
        boolean labelled = true;
        for (int i = 0; i < ids.length; i++) {
            Example e = dataset.get(ids[i]);
            xs[i] = e.data();
            ts[i] = e.label();
            labelled &= e.label() != null;
        }
        return new NDArray[] {Stack.rows(xs), labelled ? Stack.rows(ts) : null};
    }

    /** DeZero's {@code to_cpu()}: the batches are on the CPU already. */
    public void toCpu() {
        // dezero-j has no GPU: batches are always made on the CPU.
    }

    /** DeZero's {@code to_gpu()}: no GPU here, the batches stay on the CPU. */
    public void toGpu() {
        // dezero-j has no GPU: batches stay on the CPU, as DeZero does without CuPy.
    }
}
