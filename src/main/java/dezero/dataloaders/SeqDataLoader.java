package dezero.dataloaders;

import dezero.core.NDArray;
import dezero.datasets.Dataset;
import java.util.NoSuchElementException;

/**
 * DeZero's {@code SeqDataLoader} (step 60): batch row {@code i} follows its own stretch of the
 * sequence, {@code (i * jump + iteration) % size} with {@code jump = size / batch_size}; no shuffle.
 */
public class SeqDataLoader extends DataLoader {
    public SeqDataLoader(Dataset dataset, int batchSize) {
        super(dataset, batchSize, false);
    }

    @Override
    public NDArray[] next() {
        if (iteration >= maxIter) {
            reset();
            throw new NoSuchElementException("StopIteration");
        }
        int jump = dataSize / batchSize;
        int[] ids = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            ids[i] = (i * jump + iteration) % dataSize;
        }
        iteration++;
        return batch(ids);
    }
}
