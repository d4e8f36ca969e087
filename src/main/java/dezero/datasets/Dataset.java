package dezero.datasets;

import dezero.core.NDArray;
import java.util.function.UnaryOperator;

/**
 * DeZero's {@code Dataset}: {@code data} and {@code label} arrays (their first axis indexes the
 * examples) filled by {@link #prepare}; {@link #get} applies {@code transform} to an example's data
 * and {@code targetTransform} to its label. The transforms are Java lambdas or functions of the language.
 */
public abstract class Dataset {
    /** True for the training split. */
    public final boolean train;
    public final UnaryOperator<NDArray> transform;
    public final UnaryOperator<NDArray> targetTransform;
    /** The examples' data, set by {@link #prepare}. */
    public NDArray data;
    /** The labels, or null for a dataset without labels. */
    public NDArray label;

    /** DeZero's {@code Dataset(train=True)}, no transforms. */
    protected Dataset(boolean train) {
        this(train, null, null);
    }

    /** The identity transform: a class, not a lambda, which would be linked at start-up (milliseconds for a JVM's first). */
    private static final UnaryOperator<NDArray> IDENTITY = new UnaryOperator<>() {
        @Override
        public NDArray apply(NDArray x) {
            return x;
        }
    };

    /** {@code null} transforms are the identity, as DeZero's {@code lambda x: x}. */
    protected Dataset(boolean train, UnaryOperator<NDArray> transform, UnaryOperator<NDArray> targetTransform) {
        this.train = train;
        this.transform = transform == null ? IDENTITY : transform;
        this.targetTransform = targetTransform == null ? IDENTITY : targetTransform;
    }

    /** Fills {@link #data} and {@link #label}; called once, by {@link #load}, before the first use. */
    protected abstract void prepare();

    /** Runs {@link #prepare} (DeZero does it in {@code __init__}); subclasses' constructors end with it. */
    protected final void load() {
        prepare();
    }

    /** DeZero's {@code dataset[index]}: the transformed data and label of example {@code index}. */
    public Example get(int index) {
        NDArray x = transform.apply(data.row(index));
        return new Example(x, label == null ? null : targetTransform.apply(label.row(index)));
    }

    /** DeZero's {@code len(dataset)}: the number of examples. */
    public int len() {
        return data.len();
    }
}
