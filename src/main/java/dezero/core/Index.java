package dezero.core;

/**
 * One component of a numpy index expression, for {@link NDArray#get(Index...)} and
 * {@link NDArray#set(NDArray, Index...)}: {@code x[1:, ::2]} is
 * {@code x.get(Index.slice(1, null, null), Index.slice(null, null, 2))}, {@code x[:, 0]} is
 * {@code x.get(Index.ALL, Index.at(0))}, {@code x[np.arange(N), t]} is
 * {@code x.get(Index.array(NDArray.arange(0, N, 1)), Index.array(t))}.
 */
public sealed interface Index {
    /** {@code :} (the whole axis). */
    Index ALL = new Slice(null, null, null);
    /** {@code None} / {@code np.newaxis}: a new axis of length 1. */
    Index NEWAXIS = Marker.NEWAXIS;
    /** {@code ...}: as many {@code :} as the other indices leave axes. */
    Index ELLIPSIS = Marker.ELLIPSIS;

    /** An integer index (negative counts from the end): the axis is removed. */
    static Index at(long i) {
        return new At(i);
    }

    /** {@code start:stop:step}; {@code null} for a part left out ({@code Index.slice(1, null, null)} is {@code 1:}). */
    static Index slice(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /** {@code start:stop} ({@code null} for a part left out). */
    static Index slice(Integer start, Integer stop) {
        return new Slice(start, stop, null);
    }

    /**
     * An integer array (fancy indexing: {@code x[[0, 2]]}, {@code x[idx]}) or a boolean mask
     * ({@code x[x > 0]}), which selects where it is {@code True} and covers as many axes as it has.
     */
    static Index array(NDArray indices) {
        if (!indices.dtype().isInteger() && !indices.dtype().isBool()) {
            throw new IndexException("arrays used as indices must be of integer (or boolean) type");
        }
        return new Array(indices);
    }

    /** An integer index. */
    record At(long index) implements Index { }

    /** A slice; null parts take Python's defaults. */
    record Slice(Integer start, Integer stop, Integer step) implements Index { }

    /** An index array (integer or bool). */
    record Array(NDArray indices) implements Index { }

    /** {@link #NEWAXIS} and {@link #ELLIPSIS}. */
    enum Marker implements Index { NEWAXIS, ELLIPSIS }
}
