package dezero.core;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * numpy's ndarray: a row-major {@code double[]}, a shape ({@code ()} is a scalar) and a
 * {@link DType}. Arithmetic follows numpy 2, broadcasting and type promotion included.
 *
 * <p>{@code NDArray.of(new double[] {1, 2, 3}).mul(NDArray.scalar(2))} prints {@code [2. 4. 6.]};
 * {@code NDArray.int64(new long[] {2, 0, 1}, 3)} prints {@code [2 0 1]}.
 *
 * <p>numpy's names in Java, for JShell: {@code a.mean(1)}, {@code a.max(new int[] {0}, true)}
 * ({@code keepdims}), {@code a.argmax(1)}, {@code a.astype(DType.FLOAT32)}, {@code a.gt(b)}
 * ({@code a > b}), {@code a.get(Index.slice(1, null), Index.at(0))} ({@code a[1:, 0]}),
 * {@code a.set(0, Index.array(mask))} ({@code a[mask] = 0}), {@code a.addInPlace(b)}
 * ({@code a += b}), {@code NDArray.where(c, x, y)}, {@code NDArray.concatenate(a, b)},
 * {@code NDArray.arange(5)}, {@code RandomState.global().rand(3)}; {@code repr()} is numpy's
 * {@code repr}, {@code toString()} its {@code str}.
 *
 * <h2>Storage: one {@code double[]} for every dtype, exact longs beside it past 2^53</h2>
 * Every dtype stores its values in a {@code double[]}, each value exactly: float32 values are
 * doubles rounded to float ({@code (float) v}), int32, uint8 and bool values are small
 * integers, and so are int64 values up to 2^53 in magnitude.
 * Why: the float64 kernels (element-wise loops, pairwise sums, the matmul kernel) stay exactly
 * as they were, with no dispatch inside a loop, and every other dtype reuses them: a float32
 * {@code + - * / sqrt} is the double result rounded once to float, which is the correctly
 * rounded float32 result (a double has more than twice float's precision plus two bits).
 *
 * <p>An int64 array some of whose values lie past ±2^53 (where doubles skip integers:
 * {@code 2**53 + 1} is no double) keeps a {@code long[]} of its exact values beside the
 * {@code double[]} ({@link #exactOrNull}), with {@code store[i] == (double) exact[i]}: the double
 * is numpy's own float64 conversion of the value (round to nearest), so a float kernel reading
 * {@code store} computes what numpy computes after promoting int64 to float64, and needs no
 * change. Only what must see all 64 bits reads the longs: the integer kernels (arithmetic
 * wrapping at 2^64, comparisons, bitwise ops, sums, products, max, argmax, sort), casts to
 * smaller integers and float32, the copies (indexing, views, reshape, transpose, broadcast,
 * joins, writes) and printing. Arrays of small integers, nearly all of them, have no
 * {@code long[]}: integer kernels allocate it at their first result past 2^53
 * ({@link ExactInts.Results}). A {@code long[]} for every int64 array would be simpler to reason
 * about but would make every int64 operand of a float kernel convert or branch; a separate
 * {@code long[]} storage class would touch every kernel. Moves that know nothing of dtypes
 * (transpose, broadcast) carry the longs by moving the elements' positions the same way
 * ({@link ExactInts#moved}). Integer results that can overflow are computed in {@code long} and
 * wrapped to their dtype. Still through doubles: integer matmul/dot (exact below 2^53 only) and
 * {@code np.add.at} into int64.
 *
 * <h2>Python scalars</h2>
 * numpy 2 (NEP 50) treats Python's {@code int} and {@code float} as weak: they take the
 * array's dtype ({@code float32 + 0.1} stays float32, {@code uint8 + 1} stays uint8) where numpy
 * scalars and arrays are strong ({@code float32 + np.float64(0.1)} is float64). A Python int is
 * {@link #weakInt(long)} (or {@code add(long)}, {@code mul(long)} ...), a Python float
 * {@link #weakFloat(double)} (or {@code add(double)} ...); every other array is strong.
 *
 * <h2>Mutability and views</h2>
 * Arrays are mutable as numpy's: {@link #set} ({@code a[mask] = 0}), {@link #addAt}
 * ({@code np.add.at}) and the in-place operators ({@link #addInPlace} ... for {@code a += b})
 * change this object, visible through every reference to it, so a hand-written
 * {@code v *= 0.9} updates the {@code v} an optimizer holds. {@link #view} is numpy's indexing:
 * basic indices ({@code a[0]}, {@code a[1:, ::2]}) give a view, so {@code a[0][1] = 5} changes
 * {@code a}, and a write into {@code a} shows in its views. A view keeps a buffer of its own:
 * every write into it is written back into its base at once, and it reads its base again when
 * it is next read after a write into the base (each buffer counts its writes). So the kernels
 * keep reading one contiguous {@code double[]} with no offsets or strides in their loops, and an
 * array that is no view pays a null check per read and per write. {@link #get} always copies
 * (the engine's indexing); {@code reshape} shares the buffer, as numpy's does.
 * The engine stays safe because it never writes into an array it did not allocate: every
 * kernel returns a fresh array and gradient accumulation is {@code x.grad = x.grad + gx}; only
 * the methods named above write, and only when the user (or the language) calls them.
 */
public final class NDArray {
    /** The largest number of elements an array may have (800 MB of doubles). */
    public static final int MAX_SIZE = 100_000_000;
    /** The most dimensions an array may have, as numpy. */
    public static final int MAX_NDIM = 64;

    private final int[] shape;
    /** The elements, row-major; read through {@link #data()}, which keeps a view's fresh. */
    private final double[] store;
    private final DType dtype;
    private final boolean weak;
    /** Set for a view ({@link #view}): where its elements live. */
    private ViewLink link;
    /**
     * Counts the writes into {@link #store}, shared by the arrays that share it (reshapes), so
     * that views can tell whether they are stale; null until a view or a reshape needs it.
     */
    private WriteCount writes;
    /**
     * The exact values of an int64 array some of whose elements lie beyond ±2^53 (then
     * {@code store[i] == (double) exact.values[i]}); null, or holding null, when every element
     * is its double. Shared, as {@link #writes} is, by the arrays that share {@link #store}.
     */
    private ExactSlot exact;

    /** A float64 array; takes ownership of both arrays. */
    NDArray(int[] shape, double[] data) {
        this(shape, data, DType.FLOAT64, false);
    }

    /** An array of {@code dtype} whose values are already representable in it; takes ownership. */
    NDArray(int[] shape, double[] data, DType dtype) {
        this(shape, data, dtype, false);
    }

    private NDArray(int[] shape, double[] data, DType dtype, boolean weak) {
        if (shape.length > MAX_NDIM) {
            throw new ShapeException("maximum supported dimension for an ndarray is currently " + MAX_NDIM
                    + ", found " + shape.length);
        }
        this.shape = shape;
        this.store = data;
        this.dtype = dtype;
        this.weak = weak;
    }

    /** A Python {@code int} as an operand: a weak int64 0-d array (it takes the other operand's integer dtype). */
    public static NDArray weakInt(long value) {
        NDArray r = new NDArray(Shapes.SCALAR, new double[] {value}, DType.INT64, true);
        return ExactInts.beyondDouble(value) ? r.withExact(new long[] {value}) : r;
    }

    /** A Python {@code float} as an operand: a weak float64 0-d array (it keeps a float32 operand float32). */
    public static NDArray weakFloat(double value) {
        return new NDArray(Shapes.SCALAR, new double[] {value}, DType.FLOAT64, true);
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** True for a Python scalar operand made by {@link #weakInt} or {@link #weakFloat}. */
    public boolean isWeak() {
        return weak;
    }

    /** This array's values as {@code dtype}, a new array, as numpy's {@code astype} (see {@link DType#cast}). */
    public NDArray astype(DType to) {
        double[] d = data();
        long[] e = exactOrNull();
        if (e != null && to != DType.FLOAT64) {
            return exactAsType(e, to);
        }
        double[] r = Buffers.of(d.length, shape);
        for (int i = 0; i < r.length; i++) {
            r[i] = to.cast(d[i], dtype);
        }
        return new NDArray(shape.clone(), r, to);
    }

    /** {@link #astype} from exact int64 values: other integer dtypes take their low bits, float32 rounds once. */
    private NDArray exactAsType(long[] e, DType to) {
        ExactInts.Results r = new ExactInts.Results(shape);
        for (int i = 0; i < e.length; i++) {
            long v = e[i];
            if (to == DType.FLOAT32) {
                r.values[i] = (float) v; // one rounding, as numpy's int64 to float32
            } else {
                r.put(i, to.wrapLong(v));
            }
        }
        return r.array(shape.clone(), to);
    }

    /** This (fresh, unshared) array's buffer rounded in place to float32, as a float32 array. */
    NDArray roundedTo(DType to) {
        double[] d = data();
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) d[i];
        }
        return new NDArray(shape, d, to);
    }

    // ---------------------------------------------------------------- creation

    /** A 0-d array (shape {@code ()}) holding {@code value}. */
    public static NDArray scalar(double value) {
        return new NDArray(Shapes.SCALAR, new double[] {value});
    }

    /**
     * A 0-d array of {@code dtype} holding {@code value} cast to it: a numpy scalar such as
     * {@code np.float32(0.1)} or {@code np.int64(2)}, strong in promotion.
     */
    public static NDArray scalar(double value, DType dtype) {
        return new NDArray(Shapes.SCALAR, new double[] {dtype.cast(value, DType.FLOAT64)}, dtype);
    }

    /** An array of {@code dtype} of the given shape over row-major {@code data} (copied, cast to the dtype). */
    public static NDArray of(double[] data, DType dtype, int... shape) {
        return of(data, shape).astype(dtype);
    }

    /** An int64 array of the given shape over row-major {@code values} (copied). */
    public static NDArray int64(long[] values, int... shape) {
        if (Shapes.size(shape) != values.length) {
            throw new ShapeException("cannot reshape array of size " + values.length
                    + " into shape " + Shapes.compact(shape));
        }
        double[] d = Buffers.of(values.length, shape);
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return new NDArray(shape.clone(), d, DType.INT64).withExact(ExactInts.neededOrNull(values.clone()));
    }

    /** A bool array of the given shape over row-major {@code values} (copied). */
    public static NDArray bools(boolean[] values, int... shape) {
        if (Shapes.size(shape) != values.length) {
            throw new ShapeException("cannot reshape array of size " + values.length
                    + " into shape " + Shapes.compact(shape));
        }
        double[] d = Buffers.of(values.length, shape);
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i] ? 1 : 0;
        }
        return new NDArray(shape.clone(), d, DType.BOOL);
    }

    /** A 1-d array of the given values (copied). */
    public static NDArray of(double... values) {
        return new NDArray(new int[] {values.length}, values.clone());
    }

    /** An array of the given shape over row-major {@code data} (copied). */
    public static NDArray of(double[] data, int... shape) {
        if (Shapes.size(shape) != data.length) {
            throw new ShapeException("cannot reshape array of size " + data.length
                    + " into shape " + Shapes.compact(shape));
        }
        return new NDArray(shape.clone(), data.clone());
    }

    /**
     * An array over {@code data} without copying it: the caller hands the array over and must
     * not modify it afterwards. For kernels that build their result in a fresh buffer.
     */
    public static NDArray wrap(double[] data, int... shape) {
        if (Shapes.size(shape) != data.length) {
            throw new ShapeException("cannot reshape array of size " + data.length
                    + " into shape " + Shapes.compact(shape));
        }
        return new NDArray(shape.clone(), data);
    }

    /**
     * A fresh zeroed {@code double[]} for an array of {@code shape}, checked as every kernel's
     * result is (the element limit, the free heap) before it is allocated: fill it, then hand it
     * to {@link #wrap}. (The package's {@code buffer()} is an array's own storage.)
     */
    public static double[] newBuffer(int... shape) {
        return Buffers.of(shape);
    }

    /**
     * numpy's {@code a[i]} for an index on the first axis (negative from the end), as a copy: a
     * dataset's example. The row's values are copied in one piece, without the general
     * indexing's index list and selection: a training loop asks for every row of every batch.
     */
    public NDArray row(int i) {
        if (shape.length == 0) {
            throw new IndexException("too many indices for array: array is 0-dimensional, but 1 were indexed");
        }
        int n = shape[0];
        if (i < -n || i >= n) {
            throw new IndexException("index " + i + " is out of bounds for axis 0 with size " + n);
        }
        int[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
        int length = Shapes.size(rowShape);
        int from = (i < 0 ? i + n : i) * length;
        double[] r = Buffers.of(length, rowShape);
        System.arraycopy(data(), from, r, 0, length);
        NDArray row = new NDArray(rowShape, r, dtype);
        long[] e = exactOrNull();
        return e == null ? row : row.withExact(ExactInts.neededOrNull(Arrays.copyOfRange(e, from, from + length)));
    }

    /** A copy with its own buffer, as numpy's {@code copy()}. */
    public NDArray copy() {
        NDArray r = new NDArray(shape.clone(), data().clone(), dtype);
        long[] e = exactOrNull();
        return e == null ? r : r.withExact(e.clone());
    }

    /** The elements at flat indices {@code idx} (row-major), in the shape of {@code idx}, as numpy's {@code take}. */
    public NDArray take(NDArray idx) {
        double[] ix = idx.data();
        double[] d = data();
        double[] r = Buffers.of(ix.length, idx.shape);
        for (int i = 0; i < r.length; i++) {
            int k = (int) ix[i];
            if (k < -d.length || k >= d.length) {
                throw new IndexException("index " + k + " is out of bounds for axis 0 with size " + d.length);
            }
            r[i] = d[k < 0 ? k + d.length : k];
        }
        NDArray out = new NDArray(idx.shape.clone(), r, dtype);
        long[] e = exactOrNull();
        if (e != null) {
            long[] re = new long[r.length];
            for (int i = 0; i < r.length; i++) {
                int k = (int) ix[i];
                re[i] = e[k < 0 ? k + d.length : k];
            }
            out.withExact(re);
        }
        return out;
    }

    /** A 2-d array from rows of equal length (copied). */
    public static NDArray of(double[][] rows) {
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        double[] d = Buffers.of(new int[] {m, n});
        for (int i = 0; i < m; i++) {
            if (rows[i].length != n) {
                throw new ShapeException("setting an array element with a sequence. The requested array "
                        + "has an inhomogeneous shape after 1 dimensions.");
            }
            System.arraycopy(rows[i], 0, d, i * n, n);
        }
        return new NDArray(new int[] {m, n}, d);
    }

    /** A 2-d array with the entries of a Commons Math matrix. */
    public static NDArray of(RealMatrix m) {
        return of(m.getData());
    }

    /** A 1-d array with the entries of a Commons Math vector. */
    public static NDArray of(RealVector v) {
        return new NDArray(new int[] {v.getDimension()}, v.toArray());
    }

    /** An array of {@code shape} filled with {@code value}. */
    public static NDArray full(double value, int... shape) {
        double[] d = Buffers.of(shape);
        if (value != 0.0 || 1 / value < 0) {
            Arrays.fill(d, value);
        }
        return new NDArray(shape.clone(), d);
    }

    /** An array of {@code shape} filled with 0.0, as {@code np.zeros}. */
    public static NDArray zeros(int... shape) {
        return full(0.0, shape);
    }

    /** An array of {@code shape} filled with 1.0, as {@code np.ones}. */
    public static NDArray ones(int... shape) {
        return full(1.0, shape);
    }

    /** An array of {@code shape} and {@code dtype} filled with {@code value} (cast to the dtype), as {@code np.full}. */
    public static NDArray full(double value, DType dtype, int... shape) {
        double[] d = Buffers.of(shape);
        double v = dtype.cast(value, DType.FLOAT64);
        if (v != 0.0 || 1 / v < 0) {
            Arrays.fill(d, v);
        }
        return new NDArray(shape.clone(), d, dtype);
    }

    /**
     * An array of {@code shape} and {@code dtype} filled with the Python int {@code value}
     * (exact for int64, wrapped into smaller integer dtypes, rounded into floats), as {@code np.full}.
     */
    public static NDArray full(long value, DType dtype, int... shape) {
        if (!dtype.isInteger()) {
            return full((double) value, dtype, shape);
        }
        long v = dtype.wrapLong(value);
        NDArray r = full((double) v, dtype, shape);
        if (dtype == DType.INT64 && ExactInts.beyondDouble(v)) {
            long[] e = new long[r.store.length];
            Arrays.fill(e, v);
            r.withExact(e);
        }
        return r;
    }

    /** Zeros of {@code dtype}, as {@code np.zeros(shape, dtype)}. */
    public static NDArray zeros(DType dtype, int... shape) {
        return full(0.0, dtype, shape);
    }

    /** Ones of {@code dtype}, as {@code np.ones(shape, dtype)}. */
    public static NDArray ones(DType dtype, int... shape) {
        return full(1.0, dtype, shape);
    }

    /** Zeros of the shape and dtype of {@code a}, as {@code np.zeros_like}. */
    public static NDArray zerosLike(NDArray a) {
        return new NDArray(a.shape, Buffers.of(a.data().length, a.shape), a.dtype);
    }

    /** {@code value} (cast to {@code a}'s dtype) in the shape of {@code a}, as {@code np.full_like}. */
    public static NDArray fullLike(NDArray a, double value) {
        return full(value, a.dtype, a.shape);
    }

    /** Ones of the shape and dtype of {@code a}, as {@code np.ones_like} (the seed of backward). */
    public static NDArray onesLike(NDArray a) {
        double[] d = Buffers.of(a.data().length, a.shape);
        Arrays.fill(d, 1.0);
        return new NDArray(a.shape, d, a.dtype);
    }

    /** numpy's {@code arange(start, stop, step)} with floats (float64); a step of 0 is numpy's ZeroDivisionError, a nan bound has no length. */
    public static NDArray arange(double start, double stop, double step) {
        if (step == 0) {
            throw new ZeroDivisionException("float division by zero");
        }
        double count = Math.ceil((stop - start) / step);
        if (Double.isNaN(count)) {
            throw new ShapeException("arange: cannot compute length");
        }
        if (count > MAX_SIZE) {
            throw Shapes.tooBig(count);
        }
        int n = Math.max(0, (int) count);
        double[] d = Buffers.of(n, new int[] {n});
        for (int i = 0; i < n; i++) {
            d[i] = start + i * step;
        }
        return new NDArray(new int[] {n}, d);
    }

    /** numpy's {@code linspace(start, stop, num)} (endpoint included). */
    public static NDArray linspace(double start, double stop, int num) {
        return linspace(start, stop, num, true);
    }

    /**
     * {@code num} evenly spaced values from {@code start}, ending at {@code stop} when
     * {@code endpoint} (numpy's default), else one step short of it, as {@code np.linspace}.
     */
    public static NDArray linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) {
            throw new ShapeException("Number of samples, " + num + ", must be non-negative.");
        }
        double[] d = Buffers.of(new int[] {num});
        int div = endpoint ? num - 1 : num;
        double step = div > 0 ? (stop - start) / div : 0;
        for (int i = 0; i < num; i++) {
            d[i] = start + i * step;
        }
        if (endpoint && num > 1) {
            d[num - 1] = stop;
        }
        return new NDArray(new int[] {num}, d);
    }

    /**
     * Standard normal samples from numpy's global generator ({@link RandomState#global()}), as
     * {@code np.random.randn(*shape)}. Interruptible: 100,000,000 samples take seconds.
     */
    public static NDArray randn(int... shape) {
        return RandomState.global().randn(shape);
    }

    /** Uniform samples in [0, 1) from numpy's global generator, as {@code np.random.rand(*shape)}. */
    public static NDArray rand(int... shape) {
        return RandomState.global().rand(shape);
    }

    /** Standard normal samples from {@code rng} (e.g. a seeded Commons Math {@code Well19937c}). */
    public static NDArray randn(RandomGenerator rng, int... shape) {
        double[] d = Buffers.of(shape);
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return new NDArray(shape.clone(), d);
    }

    /** Reseeds numpy's global generator, as {@code np.random.seed(seed)} (0 to 2^32-1). */
    public static void seed(long seed) {
        RandomState.global().seed(seed);
    }

    // ---------------------------------------------------------------- access

    /** The shape (a copy). */
    public int[] shape() {
        // Not clone(): under C1, which the launcher runs, that is a call into the VM, 4x the cost.
        return Arrays.copyOf(shape, shape.length);
    }

    /** numpy's {@code a.shape[axis]} (negative from the end), without copying the shape. */
    public int shape(int axis) {
        return shape[Shapes.axis(axis, shape.length)];
    }

    /** The number of axes: 0 for a scalar. */
    public int ndim() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data().length;
    }

    /** The element at a multi-index (negative indices count from the end). */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new ShapeException("expected " + shape.length + " indices, got " + index.length);
        }
        int flat = 0;
        int[] st = Shapes.strides(shape);
        for (int i = 0; i < index.length; i++) {
            int k = index[i] < 0 ? index[i] + shape[i] : index[i];
            if (k < 0 || k >= shape[i]) {
                throw new IndexException("index " + index[i] + " is out of bounds for axis "
                        + i + " with size " + shape[i]);
            }
            flat += k * st[i];
        }
        return data()[flat];
    }

    // ---------------------------------------------------------------- indexing

    /**
     * {@code a[index]} as a new array: {@code a.get(Index.at(0))} holds {@code a[0]},
     * {@code a.get(Index.ALL, Index.at(1))} {@code a[:, 1]}, {@code a.get(Index.array(mask))}
     * {@code a[mask]}; all-integer indices give a 0-d array (numpy's scalar). A copy whatever
     * the index (what the engine's functions need); {@link #view} is numpy's own result.
     */
    public NDArray get(Index... index) {
        return gather(Indexing.select(shape, index));
    }

    /**
     * numpy's {@code a[index]}: for basic indices (integers, slices, {@link Index#NEWAXIS},
     * {@link Index#ELLIPSIS}) that leave at least one axis, a view, whose elements are this
     * array's: after {@code b = a.view(Index.at(0)); b.set(5, Index.at(1))} the element
     * {@code a[0, 1]} is 5, and a write into {@code a} shows in {@code b}. Other indices
     * (integer arrays, masks) give a copy, as numpy's do.
     */
    public NDArray view(Index... index) {
        Indexing.Selection s = Indexing.select(shape, index);
        NDArray r = gather(s);
        if (s.advanced() || s.shape().length == 0) {
            return r;
        }
        r.link = new ViewLink(this, s);
        r.link.seen = writes().n;
        return r;
    }

    /** True when this array is a view of another one's elements ({@link #view}). */
    public boolean isView() {
        return link != null;
    }

    private NDArray gather(Indexing.Selection s) {
        double[] r = Buffers.of(s.size(), s.shape());
        int[] off = s.offsets();
        double[] d = data();
        if (off == null) {
            System.arraycopy(d, s.start(), r, 0, r.length);
        } else {
            for (int i = 0; i < r.length; i++) {
                r[i] = d[off[i]];
            }
        }
        NDArray out = new NDArray(s.shape(), r, dtype);
        long[] e = exactOrNull();
        if (e != null) {
            long[] re = new long[r.length];
            for (int i = 0; i < re.length; i++) {
                re[i] = e[s.offset(i)];
            }
            out.withExact(re);
        }
        return out;
    }

    /**
     * numpy's {@code a[index] = value}, in place: {@code value} is broadcast to the selection
     * and cast to this array's dtype (floats into integers truncate, as numpy's assignment
     * does); with repeated indices the last write wins.
     */
    public void set(NDArray value, Index... index) {
        Indexing.Selection s = Indexing.select(shape, index);
        NDArray v = broadcastForWrite(value, s);
        double[] d = data();
        if (needsExactWrite(v)) {
            long[] lv = (v.dtype == DType.INT64 ? v : v.astype(DType.INT64)).longs();
            for (int i = 0; i < lv.length; i++) {
                putLong(s.offset(i), lv[i]);
            }
        } else {
            double[] dv = v.data();
            for (int i = 0; i < dv.length; i++) {
                d[s.offset(i)] = dtype.cast(dv[i], value.dtype);
            }
        }
        written();
    }

    /**
     * Whether writing integer {@code values} into this array must go through their exact
     * values: this array is int64 and either side holds values past ±2^53 (only int64 arrays do).
     */
    private boolean needsExactWrite(NDArray values) {
        return dtype == DType.INT64 && (exactOrNull() != null || values.exactOrNull() != null);
    }

    /** Stores the int64 value {@code v} at flat index {@code i}, keeping the exact values (call {@link #written} after). */
    private void putLong(int i, long v) {
        store[i] = v;
        long[] e = exact == null ? null : exact.values;
        if (e != null) {
            e[i] = v;
        } else if (ExactInts.beyondDouble(v)) {
            e = new long[store.length];
            for (int j = 0; j < e.length; j++) {
                e[j] = (long) store[j];
            }
            e[i] = v;
            exactSlot().values = e;
        }
    }

    /** numpy's {@code a[index] = value} for a Python number. */
    public void set(double value, Index... index) {
        set(scalar(value), index);
    }

    /**
     * numpy's {@code np.add.at(a, index, values)}, in place: unlike {@code a[index] += values},
     * repeated indices accumulate (the gradient of indexing scatters with it).
     */
    public void addAt(Index[] index, NDArray values) {
        Indexing.Selection s = Indexing.select(shape, index);
        NDArray broadcast = broadcastForWrite(values, s);
        DType from = DType.promote(dtype, values.dtype);
        double[] d = data();
        if (dtype == DType.INT64 && from.isInteger()) {
            // Sums of int64 in long, as numpy's, wrapping at 2^64: exact past 2^53 too.
            long[] add = broadcast.longs();
            for (int i = 0; i < add.length; i++) {
                int o = s.offset(i);
                putLong(o, longAt(o) + add[i]);
            }
        } else {
            double[] v = broadcast.data();
            for (int i = 0; i < v.length; i++) {
                int o = s.offset(i);
                d[o] = dtype.cast(d[o] + v[i], from);
            }
        }
        written();
    }

    /** {@code value}'s elements broadcast to the selection's shape, or numpy's error. */
    private static NDArray broadcastForWrite(NDArray value, Indexing.Selection s) {
        try {
            return value.broadcastTo(s.shape());
        } catch (ShapeException e) {
            if (s.advanced()) {
                throw new ShapeException("shape mismatch: value array of shape " + Shapes.compact(value.shape)
                        + " could not be broadcast to indexing result of shape " + Shapes.compact(s.shape()));
            }
            throw new ShapeException("could not broadcast input array from shape " + Shapes.compact(value.shape)
                    + " into shape " + Shapes.compact(s.shape()));
        }
    }

    /** numpy's {@code nonzero()}: one int64 array per axis with the indices of the non-zero elements. */
    public NDArray[] nonzero() {
        int count = 0;
        for (double v : data()) {
            count += v != 0 ? 1 : 0;
        }
        int nd = Math.max(shape.length, 1);
        double[][] idx = new double[nd][count];
        int[] st = Shapes.strides(shape);
        int k = 0;
        double[] v = data();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                int rest = i;
                for (int d = 0; d < shape.length; d++) {
                    idx[d][k] = rest / st[d];
                    rest %= st[d];
                }
                k++;
            }
        }
        NDArray[] out = new NDArray[nd];
        for (int d = 0; d < nd; d++) {
            out[d] = new NDArray(new int[] {count}, idx[d], DType.INT64);
        }
        return out;
    }

    // ---------------------------------------------------------------- in place

    /** {@code a += o}, in place (numpy's {@code same_kind} rule: an int array cannot take a float result). */
    public void addInPlace(NDArray o) {
        assign(add(o), "add");
    }

    /** {@code a -= o}, in place. */
    public void subInPlace(NDArray o) {
        assign(sub(o), "subtract");
    }

    /** {@code a *= o}, in place: a hand-written momentum's {@code v *= 0.9} changes v for every name that holds it. */
    public void mulInPlace(NDArray o) {
        assign(mul(o), "multiply");
    }

    /** {@code a /= o}, in place (an integer array is numpy's error: true division gives floats). */
    public void divInPlace(NDArray o) {
        assign(div(o), "divide");
    }

    /**
     * Stores {@code result} (computed as {@code this op other} by the ufunc named {@code ufunc},
     * e.g. {@code "floor_divide"}) into this array, as numpy's in-place operators do: the
     * result's shape must be this array's and its dtype castable under {@code same_kind}.
     */
    public void assign(NDArray result, String ufunc) {
        if (!Arrays.equals(result.shape, shape)) {
            throw new ShapeException("non-broadcastable output operand with shape " + Shapes.compact(shape)
                    + " doesn't match the broadcast shape " + Shapes.compact(result.shape));
        }
        if (!sameKind(result.dtype, dtype)) {
            throw new DTypeException("Cannot cast ufunc '" + ufunc + "' output from dtype('" + result.dtype
                    + "') to dtype('" + dtype + "') with casting rule 'same_kind'");
        }
        double[] d = data();
        if (needsExactWrite(result)) {
            long[] r = (result.dtype == DType.INT64 ? result : result.astype(DType.INT64)).longs();
            for (int i = 0; i < d.length; i++) {
                putLong(i, r[i]);
            }
        } else if (result.dtype == dtype) {
            System.arraycopy(result.data(), 0, d, 0, d.length);
        } else {
            double[] r = result.data();
            for (int i = 0; i < d.length; i++) {
                d[i] = dtype.cast(r[i], result.dtype);
            }
        }
        written();
    }

    // ---------------------------------------------------------------- views

    /**
     * A view's elements are {@code base}'s at {@code at} (a basic selection: no element twice);
     * {@code seen} is the base's write count they were last read at.
     */
    private static final class ViewLink {
        final NDArray base;
        final Indexing.Selection at;
        int seen;

        ViewLink(NDArray base, Indexing.Selection at) {
            this.base = base;
            this.at = at;
        }
    }

    /**
     * This array's elements. A view keeps a buffer of its own so that every kernel reads one
     * contiguous {@code double[]}; it reads its base's elements again here when the base was
     * written since (an array that is no view pays one null check).
     */
    private double[] data() {
        if (link != null) {
            sync();
        }
        return store;
    }

    private void sync() {
        NDArray base = link.base;
        double[] b = base.data(); // brings a view of a view up to date first
        int baseWrites = base.writes().n;
        if (link.seen != baseWrites) {
            Indexing.Selection at = link.at;
            for (int i = 0; i < store.length; i++) {
                store[i] = b[at.offset(i)];
            }
            long[] be = base.exact == null ? null : base.exact.values;
            if (be != null || exact != null) {
                long[] e = null;
                if (be != null) {
                    e = new long[store.length];
                    for (int i = 0; i < e.length; i++) {
                        e[i] = be[at.offset(i)];
                    }
                }
                exactSlot().values = e;
            }
            link.seen = baseWrites;
            writes().n++;
        }
    }

    private static final class WriteCount {
        int n;
    }

    private WriteCount writes() {
        if (writes == null) {
            writes = new WriteCount();
        }
        return writes;
    }

    /** The exact values of an int64 array, shared by the arrays that share one buffer. */
    private static final class ExactSlot {
        long[] values;
    }

    private ExactSlot exactSlot() {
        if (exact == null) {
            exact = new ExactSlot();
        }
        return exact;
    }

    /**
     * The exact int64 values beside the doubles, or null when every element is its double
     * (the common case: no element past ±2^53). Read-only for the caller.
     */
    long[] exactOrNull() {
        data(); // brings a view's values up to date
        return exact == null ? null : exact.values;
    }

    /**
     * Attaches exact int64 values to a freshly built array (ignored for other dtypes, or null);
     * takes ownership. Returns this array.
     */
    NDArray withExact(long[] values) {
        if (values != null && dtype == DType.INT64) {
            exactSlot().values = values;
        }
        return this;
    }

    /** The elements as longs: the exact values (read-only) or the doubles converted (a fresh array). */
    long[] longs() {
        long[] e = exactOrNull();
        if (e != null) {
            return e;
        }
        double[] d = data();
        long[] r = new long[d.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (long) d[i];
        }
        return r;
    }

    /** The element at a row-major flat index as an integer: exact for int64 over its whole range. */
    public long longAt(int i) {
        long[] e = exactOrNull();
        return e != null ? e[i] : (long) data()[i];
    }

    /** The single value of a one-element integer array, exact, as numpy's {@code item()} gives it. */
    public long longItem() {
        if (data().length != 1) {
            throw new ShapeException("can only convert an array of size 1 to a Python scalar");
        }
        return longAt(0);
    }

    /**
     * This array's elements in the shape {@code target} (of the same size), shared as numpy's
     * reshape shares them: the two arrays have one buffer, one write count, and for a view one
     * link to its base, so a write through either is a write into both. A view of scattered
     * elements ({@code a[:, 1:]}) is copied instead, as numpy copies when strides cannot express
     * the new shape, unless the reshape only adds or drops axes of length 1.
     */
    NDArray reshaped(int[] target) {
        if (link != null && link.at.offsets() != null && !Shapes.sameNonUnitDims(shape, target)) {
            NDArray r = new NDArray(target, data().clone(), dtype);
            long[] e = exactOrNull();
            return e == null ? r : r.withExact(e.clone());
        }
        NDArray r = new NDArray(target, data(), dtype);
        r.writes = writes();
        r.exact = exactSlot();
        r.link = link;
        return r;
    }

    /**
     * Called after every write into this array's buffer: the views of this array go stale, and
     * a view writes its elements into its base (and so on up), as numpy's shared memory does.
     * Writers call {@link #data()} before they write, so a view writes from fresh elements.
     */
    void written() {
        if (writes != null) {
            writes.n++;
        }
        if (link != null) {
            NDArray base = link.base;
            double[] b = base.store;
            Indexing.Selection at = link.at;
            for (int i = 0; i < store.length; i++) {
                b[at.offset(i)] = store[i];
            }
            long[] e = exact == null ? null : exact.values;
            if (e != null || base.exact != null && base.exact.values != null) {
                for (int i = 0; i < store.length; i++) {
                    base.putLong(at.offset(i), e != null ? e[i] : (long) store[i]);
                }
            }
            base.written();
            link.seen = base.writes.n;
        }
    }

    /** numpy's {@code can_cast(from, to, 'same_kind')} among our dtypes. */
    private static boolean sameKind(DType from, DType to) {
        return switch (to) {
            case FLOAT32, FLOAT64 -> true;
            case INT32, INT64 -> !from.isFloat();
            case UINT8 -> from == DType.BOOL || from == DType.UINT8;
            case BOOL -> from == DType.BOOL;
        };
    }

    /** The element at a row-major flat index. */
    public double flat(int i) {
        return data()[i];
    }

    /** The single value of a one-element array, as numpy's {@code item()}. */
    public double item() {
        if (data().length != 1) {
            throw new ShapeException("can only convert an array of size 1 to a Python scalar");
        }
        return data()[0];
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        return data().clone();
    }

    /** A 2-d array (a 1-d one as a single row) as a Commons Math matrix. */
    public RealMatrix toRealMatrix() {
        if (shape.length > 2 || shape.length == 0) {
            throw new ShapeException("a matrix needs 1 or 2 dimensions, got shape " + Shapes.compact(shape));
        }
        int m = shape.length == 2 ? shape[0] : 1;
        int n = shape[shape.length - 1];
        double[][] rows = new double[m][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(data(), i * n, rows[i], 0, n);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    /** This array's own storage (no copy), for the kernels of this package. */
    double[] buffer() {
        return data();
    }

    int[] shapeRef() {
        return shape;
    }

    // ---------------------------------------------------------------- element-wise

    /** {@code this + o}, element-wise with numpy broadcasting. */
    public NDArray add(NDArray o) {
        return Elementwise.binary(Elementwise.Op.ADD, this, o);
    }

    /** {@code this - o}, element-wise with numpy broadcasting. */
    public NDArray sub(NDArray o) {
        return Elementwise.binary(Elementwise.Op.SUB, this, o);
    }

    /** {@code this * o}, element-wise with numpy broadcasting. */
    public NDArray mul(NDArray o) {
        return Elementwise.binary(Elementwise.Op.MUL, this, o);
    }

    /** {@code this / o}, element-wise with numpy broadcasting. */
    public NDArray div(NDArray o) {
        return Elementwise.binary(Elementwise.Op.DIV, this, o);
    }

    /** {@code this + c}, element-wise. */
    public NDArray add(double c) {
        return Elementwise.withScalar(Elementwise.Op.ADD, this, c, false);
    }

    /** {@code this - c}, element-wise. */
    public NDArray sub(double c) {
        return Elementwise.withScalar(Elementwise.Op.SUB, this, c, false);
    }

    /** {@code this * c}, element-wise. */
    public NDArray mul(double c) {
        return Elementwise.withScalar(Elementwise.Op.MUL, this, c, false);
    }

    /** {@code this / c}, element-wise. */
    public NDArray div(double c) {
        return Elementwise.withScalar(Elementwise.Op.DIV, this, c, false);
    }

    /** {@code c - this} for a Python float {@code c}. */
    public NDArray rsub(double c) {
        return Elementwise.withScalar(Elementwise.Op.SUB, this, c, true);
    }

    /** {@code c / this} for a Python float {@code c}. */
    public NDArray rdiv(double c) {
        return Elementwise.withScalar(Elementwise.Op.DIV, this, c, true);
    }

    /** {@code this + c} for a Python int {@code c} (weak: an int32 array stays int32). */
    public NDArray add(long c) {
        return add(weakInt(c));
    }

    /** {@code this - c} for a Python int {@code c}. */
    public NDArray sub(long c) {
        return sub(weakInt(c));
    }

    /** {@code this * c} for a Python int {@code c}. */
    public NDArray mul(long c) {
        return mul(weakInt(c));
    }

    /** {@code this / c} for a Python int {@code c} (true division: float64 for integer arrays). */
    public NDArray div(long c) {
        return div(weakInt(c));
    }

    /** {@code c - this} for a Python int {@code c}. */
    public NDArray rsub(long c) {
        return weakInt(c).sub(this);
    }

    /** {@code c / this} for a Python int {@code c}. */
    public NDArray rdiv(long c) {
        return weakInt(c).div(this);
    }

    /** {@code this // o}, numpy's {@code floor_divide} (integers: Python's floor division, {@code x // 0 == 0}). */
    public NDArray floorDiv(NDArray o) {
        return Elementwise.binary(Elementwise.Op.FLOOR_DIV, this, o);
    }

    /** {@code this % o}, numpy's {@code remainder}: the sign of the divisor, as Python's. */
    public NDArray mod(NDArray o) {
        return Elementwise.binary(Elementwise.Op.MOD, this, o);
    }

    /** {@code this ** o}, numpy's {@code power} (integer arrays to negative integer powers are an error). */
    public NDArray pow(NDArray o) {
        return Elementwise.binary(Elementwise.Op.POW, this, o);
    }

    /** numpy's {@code maximum}: element-wise larger value, nan if either is nan. */
    public NDArray maximum(NDArray o) {
        return Elementwise.binary(Elementwise.Op.MAXIMUM, this, o);
    }

    /** numpy's {@code minimum}: element-wise smaller value, nan if either is nan. */
    public NDArray minimum(NDArray o) {
        return Elementwise.binary(Elementwise.Op.MINIMUM, this, o);
    }

    /** {@code this == o}, a bool array. */
    public NDArray eq(NDArray o) {
        return Elementwise.binary(Elementwise.Op.EQ, this, o);
    }

    /** {@code this != o}, a bool array. */
    public NDArray ne(NDArray o) {
        return Elementwise.binary(Elementwise.Op.NE, this, o);
    }

    /** {@code this < o}, a bool array. */
    public NDArray lt(NDArray o) {
        return Elementwise.binary(Elementwise.Op.LT, this, o);
    }

    /** {@code this <= o}, a bool array. */
    public NDArray le(NDArray o) {
        return Elementwise.binary(Elementwise.Op.LE, this, o);
    }

    /** {@code this > o}, a bool array. */
    public NDArray gt(NDArray o) {
        return Elementwise.binary(Elementwise.Op.GT, this, o);
    }

    /** {@code this >= o}, a bool array. */
    public NDArray ge(NDArray o) {
        return Elementwise.binary(Elementwise.Op.GE, this, o);
    }

    /** {@code this & o}: logical and for bool arrays, bitwise for integers (floats are numpy's TypeError). */
    public NDArray and(NDArray o) {
        return Elementwise.binary(Elementwise.Op.BIT_AND, this, o);
    }

    /** {@code this | o}: logical or for bool arrays, bitwise for integers. */
    public NDArray or(NDArray o) {
        return Elementwise.binary(Elementwise.Op.BIT_OR, this, o);
    }

    /** {@code this ^ o}: logical xor for bool arrays, bitwise for integers. */
    public NDArray xor(NDArray o) {
        return Elementwise.binary(Elementwise.Op.BIT_XOR, this, o);
    }

    /**
     * {@code this * c * o} (as {@code mul(c).mul(o)}, with the same rounding) in one pass when
     * the shapes are equal: the gradient of {@code square} is {@code x.scaleMul(2, gy)}.
     */
    public NDArray scaleMul(double c, NDArray o) {
        if (!Arrays.equals(shape, o.shape) || dtype != DType.FLOAT64 || o.dtype != DType.FLOAT64) {
            return mul(c).mul(o);
        }
        double[] a = data();
        double[] b = o.data();
        double[] r = Buffers.of(a.length, shape);
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] * c * b[i];
        }
        return new NDArray(shape, r);
    }

    /**
     * {@code this * (1 - y * y)} in one pass, with the rounding of the three separate operations:
     * the gradient of {@code tanh} from its output {@code y}. Both arrays must be float64 of one
     * shape ({@link #sameFloat64Shape}); three passes and two temporaries of the step's largest
     * size cost mlp_step more than the arithmetic.
     */
    public NDArray mulOneMinusSquare(NDArray y) {
        if (!sameFloat64Shape(y)) {
            throw new IllegalArgumentException("mulOneMinusSquare needs two float64 arrays of one shape");
        }
        double[] g = data();
        double[] t = y.data();
        double[] r = Buffers.of(g.length, shape);
        for (int i = 0; i < r.length; i++) {
            double v = t[i];
            r[i] = g[i] * (1.0 - v * v);
        }
        return new NDArray(shape, r);
    }

    /**
     * {@code this * y * (1 - y)} in one pass, with the rounding of the three separate operations
     * ({@code (this * y) * (1 - y)}): the gradient of the logistic sigmoid from its output
     * {@code y}. Both arrays must be float64 of one shape ({@link #sameFloat64Shape}).
     */
    public NDArray mulYOneMinusY(NDArray y) {
        if (!sameFloat64Shape(y)) {
            throw new IllegalArgumentException("mulYOneMinusY needs two float64 arrays of one shape");
        }
        double[] g = data();
        double[] t = y.data();
        double[] r = Buffers.of(g.length, shape);
        for (int i = 0; i < r.length; i++) {
            double v = t[i];
            r[i] = g[i] * v * (1.0 - v);
        }
        return new NDArray(shape, r);
    }

    /**
     * {@code g * (this - o) * c} in one pass, with the rounding of the three separate operations:
     * the gradient of a mean squared error ({@code gy * diff * (2 / len)}, {@code gy} a scalar).
     * Both arrays must be float64 of one shape ({@link #sameFloat64Shape}).
     */
    public NDArray scaledDifference(NDArray o, double g, double c) {
        if (!sameFloat64Shape(o)) {
            throw new IllegalArgumentException("scaledDifference needs two float64 arrays of one shape");
        }
        double[] a = data();
        double[] b = o.data();
        double[] r = Buffers.of(a.length, shape);
        for (int i = 0; i < r.length; i++) {
            r[i] = g * (a[i] - b[i]) * c;
        }
        return new NDArray(shape, r);
    }

    /** Whether this and {@code o} have the same shape (whatever their dtypes). */
    public boolean sameShape(NDArray o) {
        return Arrays.equals(shape, o.shape);
    }

    /** Whether this and {@code o} are both float64 and of the same shape (no broadcasting needed). */
    public boolean sameFloat64Shape(NDArray o) {
        return dtype == DType.FLOAT64 && o.dtype == DType.FLOAT64 && Arrays.equals(shape, o.shape);
    }

    /** {@code -this}, element-wise. */
    public NDArray neg() {
        return Unary.neg(this);
    }

    /** {@code this ** 2}, element-wise. */
    public NDArray square() {
        return Unary.square(this);
    }

    /** Element-wise power with a constant exponent ({@code x ** c}). */
    public NDArray pow(double c) {
        return c == 2.0 && dtype.isFloat() ? Unary.square(this) : Unary.pow(this, c);
    }

    /** {@code this ** c} for a Python int {@code c}: integer arrays stay integer. */
    public NDArray pow(long c) {
        return c == 2 && dtype != DType.BOOL ? Unary.square(this) : pow(weakInt(c));
    }

    /** Element-wise square root (nan for negative values). */
    public NDArray sqrt() {
        return Unary.sqrt(this);
    }

    /** Element-wise tangent (radians). */
    public NDArray tan() {
        return Unary.tan(this);
    }

    /** Element-wise absolute value, in this array's dtype. */
    public NDArray abs() {
        return Unary.abs(this);
    }

    /** numpy's {@code sign}: -1, 0, 1 (nan for nan), in this array's dtype. */
    public NDArray sign() {
        return Unary.sign(this);
    }

    /** numpy's {@code isnan}, a bool array. */
    public NDArray isnan() {
        return Unary.test(this, Double::isNaN);
    }

    /** numpy's {@code isinf}, a bool array. */
    public NDArray isinf() {
        return Unary.test(this, Double::isInfinite);
    }

    /** numpy's {@code isfinite}, a bool array. */
    public NDArray isfinite() {
        return Unary.test(this, Double::isFinite);
    }

    /** numpy's {@code logical_not} ({@code ~} of a bool array), a bool array. */
    public NDArray logicalNot() {
        return Unary.test(this, v -> v == 0);
    }

    /** {@code e ** this}, element-wise. */
    public NDArray exp() {
        return Unary.exp(this);
    }

    /** Natural logarithm; {@code log(0) = -inf}, {@code log(-1) = nan}, as numpy. */
    public NDArray log() {
        return Unary.log(this);
    }

    /** Element-wise sine (radians). */
    public NDArray sin() {
        return Unary.sin(this);
    }

    /** Element-wise cosine (radians). */
    public NDArray cos() {
        return Unary.cos(this);
    }

    /** Element-wise hyperbolic tangent (within 2 ulp of {@code StrictMath.tanh}). */
    public NDArray tanh() {
        return Unary.tanh(this);
    }

    /** The logistic function {@code 1 / (1 + exp(-x))}, computed as DeZero computes it, {@code tanh(x * 0.5) * 0.5 + 0.5}. */
    public NDArray sigmoid() {
        return Unary.sigmoid(this);
    }

    /** Any element-wise function (slower than the named ones: the call is not inlined everywhere). */
    public NDArray map(DoubleUnaryOperator f) {
        return Unary.map(this, f);
    }

    // ---------------------------------------------------------------- shapes and reductions

    /** The sum of all elements, as a 0-d array. */
    public NDArray sum() {
        if (dtype == DType.FLOAT64) {
            return scalar(Reductions.pairwiseSum(data(), 0, data().length));
        }
        return sum(null, false);
    }

    /** The sum over {@code axes} (negative axes count from the end); {@code null} means all. */
    public NDArray sum(int[] axes, boolean keepdims) {
        boolean[] reduce = new boolean[shape.length];
        if (axes == null) {
            Arrays.fill(reduce, true);
        } else {
            for (int a : axes) {
                int k = Shapes.axis(a, shape.length);
                if (reduce[k]) {
                    throw new ShapeException("duplicate value in 'axis'");
                }
                reduce[k] = true;
            }
        }
        if (!dtype.isFloat()) {
            return AxisReductions.reduceLongs(this, axes, keepdims, DType.INT64, null, AxisReductions.LongRuns.SUM);
        }
        return Reductions.sum(this, reduce, keepdims);
    }

    /** DeZero's {@code sum_to}: sums broadcast axes away until the shape is {@code target}. */
    public NDArray sumTo(int... target) {
        return Reductions.sumTo(this, target);
    }

    /** numpy's {@code broadcast_to} (the result is a fresh array, not a view). */
    public NDArray broadcastTo(int... target) {
        if (exactOrNull() == null) {
            // No int64 values past 2^53 to carry along: the common case, without a lambda to link.
            return Reductions.broadcastTo(this, target);
        }
        return ExactInts.moved(this, a -> Reductions.broadcastTo(a, target));
    }

    /** numpy's {@code reshape}; one dimension may be {@code -1}. Shares the data. */
    public NDArray reshape(int... target) {
        return LinAlg.reshape(this, target);
    }

    /** Reverses the axes ({@code .T}). */
    public NDArray transpose() {
        if (exactOrNull() == null) {
            return LinAlg.transpose(this, null);
        }
        return ExactInts.moved(this, a -> LinAlg.transpose(a, null));
    }

    /** Permutes the axes. */
    public NDArray transpose(int... axes) {
        if (exactOrNull() == null) {
            return LinAlg.transpose(this, axes);
        }
        return ExactInts.moved(this, a -> LinAlg.transpose(a, axes));
    }

    /** numpy's {@code matmul} for 1-d and 2-d operands. */
    public NDArray matmul(NDArray w) {
        return LinAlg.matmul(this, w);
    }

    /**
     * {@code this @ w + b} (a linear layer's forward), with the values of {@code matmul(w).add(b)}:
     * where the product is float64 of 2-d operands and {@code b} is float64 or float32 of shape
     * {@code (n,)} or {@code (1, n)},
     * {@code b} is added into the product's fresh array instead of into a second one, each
     * element rounded as the separate add would round it.
     */
    public NDArray matmulAdd(NDArray w, NDArray b) {
        return LinAlg.matmulAdd(this, w, b);
    }

    /**
     * {@code op(this) @ op(w)}, {@code op} transposing where its flag is set: the same values as
     * {@code transpose().matmul(w)} and the like, without materialising the transpose for 2-d
     * operands. matmul's gradient: {@code gy.matmul(w, false, true)} is {@code gy @ w.T}.
     */
    public NDArray matmul(NDArray w, boolean transposeThis, boolean transposeW) {
        return LinAlg.matmul(this, transposeThis, w, transposeW);
    }

    /**
     * Where products of more than 4096 multiply-adds run: {@code "blas"}, the system's BLAS
     * (OpenBLAS), when one loads and {@code -Ddezero.blas=java} is not given; else {@code "java"},
     * dezero-j's own kernel, whose sums are bit-identical to the plain i-k-j loop's.
     */
    public static String matmulKernel() {
        return NativeBlas.available() ? "blas" : "java";
    }

    /**
     * numpy's {@code allclose}: every element pair (broadcast) satisfies
     * {@link #isclose(NDArray, double, double)}; shapes that do not broadcast are not close
     * (numpy raises its broadcast error there).
     */
    public boolean allclose(NDArray o, double rtol, double atol) {
        double[] close;
        try {
            close = isclose(o, rtol, atol).data();
        } catch (ShapeException e) {
            return false;
        }
        for (double c : close) {
            if (c == 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- numpy's reductions

    /** The sum along one axis, as {@code a.sum(axis)}. */
    public NDArray sum(int axis) {
        return sum(new int[] {axis}, false);
    }

    /** The mean of all elements, as {@code a.mean()}: float64 for integer arrays, float32 for float32. */
    public NDArray mean() {
        return mean(null, false);
    }

    /** The mean along one axis, as {@code a.mean(axis)}. */
    public NDArray mean(int axis) {
        return mean(new int[] {axis}, false);
    }

    /** The mean over {@code axes} ({@code null}: all), as {@code a.mean(axis=axes, keepdims=keepdims)}. */
    public NDArray mean(int[] axes, boolean keepdims) {
        NDArray total = (dtype.isFloat() ? this : astype(DType.FLOAT64)).sum(axes, keepdims);
        return total.div((long) reducedCount(axes));
    }

    private int reducedCount(int[] axes) {
        boolean[] reduce = AxisReductions.axes(axes, shape.length);
        int n = 1;
        for (int i = 0; i < shape.length; i++) {
            n *= reduce[i] ? shape[i] : 1;
        }
        return n;
    }

    /** The variance of all elements, as {@code a.var()}. */
    public NDArray var() {
        return var(null, false, 0);
    }

    /** The variance along one axis, as {@code a.var(axis)}. */
    public NDArray var(int axis) {
        return var(new int[] {axis}, false, 0);
    }

    /**
     * The variance over {@code axes} ({@code null}: all), as numpy's
     * {@code var(axis, keepdims=keepdims, ddof=ddof)}: {@code mean(abs(x - x.mean())**2)} with
     * {@code n - ddof} as divisor, computed in the order numpy computes it.
     */
    public NDArray var(int[] axes, boolean keepdims, int ddof) {
        NDArray x = dtype.isFloat() ? this : astype(DType.FLOAT64);
        int n = reducedCount(axes);
        NDArray mean = x.sum(axes, true).div((long) n);
        NDArray d = x.sub(mean);
        return d.mul(d).sum(axes, keepdims).div((long) Math.max(n - ddof, 0));
    }

    /** The standard deviation of all elements, as {@code a.std()}. */
    public NDArray std() {
        return var().sqrt();
    }

    /** The standard deviation along one axis, as {@code a.std(axis)}. */
    public NDArray std(int axis) {
        return var(axis).sqrt();
    }

    /** {@code sqrt(var(axes, keepdims, ddof))}, as numpy's {@code std}. */
    public NDArray std(int[] axes, boolean keepdims, int ddof) {
        return var(axes, keepdims, ddof).sqrt();
    }

    /** The largest element (nan if any is nan), as {@code a.max()}; an empty array is numpy's error. */
    public NDArray max() {
        return max(null, false);
    }

    /** The largest elements along one axis, as {@code a.max(axis)}. */
    public NDArray max(int axis) {
        return max(new int[] {axis}, false);
    }

    /** The largest elements over {@code axes} ({@code null}: all), in this array's dtype. */
    public NDArray max(int[] axes, boolean keepdims) {
        if (dtype.isInteger()) {
            return AxisReductions.reduceLongs(this, axes, keepdims, dtype, "maximum", AxisReductions.LongRuns.MAX);
        }
        return AxisReductions.reduce(this, axes, keepdims, dtype, "maximum", AxisReductions.Runs.MAX);
    }

    /** The smallest element (nan if any is nan), as {@code a.min()}. */
    public NDArray min() {
        return min(null, false);
    }

    /** The smallest elements along one axis, as {@code a.min(axis)}. */
    public NDArray min(int axis) {
        return min(new int[] {axis}, false);
    }

    /** The smallest elements over {@code axes} ({@code null}: all), in this array's dtype. */
    public NDArray min(int[] axes, boolean keepdims) {
        if (dtype.isInteger()) {
            return AxisReductions.reduceLongs(this, axes, keepdims, dtype, "minimum", AxisReductions.LongRuns.MIN);
        }
        return AxisReductions.reduce(this, axes, keepdims, dtype, "minimum", AxisReductions.Runs.MIN);
    }

    /** The flat index of the first largest element (int64), as {@code a.argmax()}. */
    public NDArray argmax() {
        return argmax(null, false);
    }

    /** The indices of the largest elements along {@code axis}, as {@code a.argmax(axis)}. */
    public NDArray argmax(int axis) {
        return argmax(Integer.valueOf(axis), false);
    }

    /** {@code a.argmax(axis=axis, keepdims=keepdims)}; a null axis means the flattened array. */
    public NDArray argmax(Integer axis, boolean keepdims) {
        return dtype.isInteger() ? argReduceLongs(axis, keepdims, "argmax", AxisReductions.LongRuns.ARGMAX)
                : argReduce(axis, keepdims, "argmax", AxisReductions.Runs.ARGMAX);
    }

    /** The flat index of the first smallest element (int64), as {@code a.argmin()}. */
    public NDArray argmin() {
        return argmin(null, false);
    }

    /** The indices of the smallest elements along {@code axis}, as {@code a.argmin(axis)}. */
    public NDArray argmin(int axis) {
        return argmin(Integer.valueOf(axis), false);
    }

    /** {@code a.argmin(axis=axis, keepdims=keepdims)}; a null axis means the flattened array. */
    public NDArray argmin(Integer axis, boolean keepdims) {
        return dtype.isInteger() ? argReduceLongs(axis, keepdims, "argmin", AxisReductions.LongRuns.ARGMIN)
                : argReduce(axis, keepdims, "argmin", AxisReductions.Runs.ARGMIN);
    }

    private NDArray argReduce(Integer axis, boolean keepdims, String name, AxisReductions.Run run) {
        if (axis == null) {
            NDArray r = AxisReductions.reduce(reshape(-1), null, false, DType.INT64, name, run);
            return keepdims ? r.reshape(filledOnes(shape.length)) : r;
        }
        return AxisReductions.reduce(this, new int[] {axis}, keepdims, DType.INT64, name, run);
    }

    /** {@link #argReduce} over integers, compared exactly. */
    private NDArray argReduceLongs(Integer axis, boolean keepdims, String name, AxisReductions.LongRun run) {
        if (axis == null) {
            NDArray r = AxisReductions.reduceLongs(reshape(-1), null, false, DType.INT64, name, run);
            return keepdims ? r.reshape(filledOnes(shape.length)) : r;
        }
        return AxisReductions.reduceLongs(this, new int[] {axis}, keepdims, DType.INT64, name, run);
    }

    private static int[] filledOnes(int n) {
        int[] s = new int[n];
        Arrays.fill(s, 1);
        return s;
    }

    /** The product of all elements, as {@code a.prod()} (integers in int64, wrapping). */
    public NDArray prod() {
        return prod(null, false);
    }

    /** The products along one axis, as {@code a.prod(axis)}. */
    public NDArray prod(int axis) {
        return prod(new int[] {axis}, false);
    }

    /** The products over {@code axes} ({@code null}: all). */
    public NDArray prod(int[] axes, boolean keepdims) {
        DType t = Reductions.sumType(dtype);
        if (!t.isFloat()) {
            return AxisReductions.reduceLongs(this, axes, keepdims, t, null, AxisReductions.LongRuns.PROD);
        }
        return AxisReductions.reduce(this, axes, keepdims, t, null, AxisReductions.prod(t));
    }

    /** The running sum of the flattened array, as {@code a.cumsum()}. */
    public NDArray cumsum() {
        return AxisReductions.cumsum(this, null);
    }

    /** The running sum along {@code axis}, as {@code a.cumsum(axis)}. */
    public NDArray cumsum(int axis) {
        return AxisReductions.cumsum(this, axis);
    }

    /** The shape two arrays broadcast to, or numpy's ValueError (a {@link ShapeException}). */
    public static int[] broadcastShape(int[] a, int[] b) {
        return Shapes.broadcast(a, b);
    }

    /** The running product of the flattened array ({@code axis} null) or along an axis, as numpy's cumprod. */
    public NDArray cumprod(Integer axis) {
        return AxisReductions.cumprod(this, axis);
    }

    /** A sorted copy along the last axis (nan last), as {@code np.sort(a)}. */
    public NDArray sort() {
        return sort(-1);
    }

    /** A sorted copy along {@code axis}, as {@code np.sort(a, axis)}. */
    public NDArray sort(int axis) {
        return AxisReductions.sort(this, axis, false);
    }

    /** The indices that sort the last axis (stable; numpy's default may order ties differently). */
    public NDArray argsort() {
        return argsort(-1);
    }

    /** The indices that sort along {@code axis} (stable), as {@code np.argsort(a, axis, kind='stable')}. */
    public NDArray argsort(int axis) {
        return AxisReductions.sort(this, axis, true);
    }

    /** The sorted distinct elements of the flattened array (one nan at most), as {@code np.unique(a)}. */
    public NDArray unique() {
        NDArray all = reshape(-1).sort();
        if (all.exactOrNull() != null) {
            return uniqueLongs(all.exactOrNull());
        }
        double[] sorted = all.data();
        double[] r = new double[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            double v = sorted[i];
            if (n == 0 || !(v == r[n - 1] || v != v && r[n - 1] != r[n - 1])) {
                r[n++] = v;
            }
        }
        return new NDArray(new int[] {n}, Arrays.copyOf(r, n), dtype);
    }

    /** {@link #unique} of sorted exact int64 values. */
    private static NDArray uniqueLongs(long[] sorted) {
        int n = 0;
        long[] r = new long[sorted.length];
        for (long v : sorted) {
            if (n == 0 || v != r[n - 1]) {
                r[n++] = v;
            }
        }
        return int64(Arrays.copyOf(r, n), n);
    }

    // ---------------------------------------------------------------- numpy's element-wise extras

    /**
     * numpy's {@code where(cond, x, y)}: {@code x} where {@code cond} is true, else {@code y},
     * broadcast together; the dtype is {@code x}'s and {@code y}'s promoted (weak scalars included).
     */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        DType t;
        if (x.weak && !y.weak) {
            t = DType.promoteWeak(x.dtype, y.dtype);
        } else if (y.weak && !x.weak) {
            t = DType.promoteWeak(y.dtype, x.dtype);
        } else {
            t = DType.promote(x.dtype, y.dtype);
        }
        int[] out = Shapes.broadcast(Shapes.broadcast(cond.shape, x.shape), y.shape);
        if (t == DType.INT64 && (x.exactOrNull() != null || y.exactOrNull() != null)) {
            return whereExact(cond.broadcastTo(out).data(), x.broadcastTo(out).astype(t).longs(),
                    y.broadcastTo(out).astype(t).longs(), out);
        }
        double[] c = cond.broadcastTo(out).data();
        double[] a = x.broadcastTo(out).data();
        double[] b = y.broadcastTo(out).data();
        double[] r = Buffers.of(out);
        for (int i = 0; i < r.length; i++) {
            r[i] = c[i] != 0 ? t.cast(a[i], x.dtype) : t.cast(b[i], y.dtype);
        }
        return new NDArray(out, r, t);
    }

    private static NDArray whereExact(double[] c, long[] a, long[] b, int[] shape) {
        ExactInts.Results r = new ExactInts.Results(shape);
        for (int i = 0; i < c.length; i++) {
            r.put(i, c[i] != 0 ? a[i] : b[i]);
        }
        return r.array(shape, DType.INT64);
    }

    /** numpy's {@code clip(a, lo, hi)}: {@code minimum(maximum(a, lo), hi)}; either bound may be null. */
    public NDArray clip(NDArray lo, NDArray hi) {
        NDArray r = lo == null ? this : maximum(lo);
        return hi == null ? r : r.minimum(hi);
    }

    /** {@code np.clip(a, lo, hi)} with Python float bounds. */
    public NDArray clip(double lo, double hi) {
        return clip(weakFloat(lo), weakFloat(hi));
    }

    /** numpy's {@code logical_and}: a bool array. */
    public NDArray logicalAnd(NDArray o) {
        return logicalNot().logicalNot().and(o.logicalNot().logicalNot());
    }

    /** numpy's {@code logical_or}: a bool array. */
    public NDArray logicalOr(NDArray o) {
        return logicalNot().logicalNot().or(o.logicalNot().logicalNot());
    }

    /** numpy's {@code logical_xor}: a bool array. */
    public NDArray logicalXor(NDArray o) {
        return logicalNot().logicalNot().xor(o.logicalNot().logicalNot());
    }

    /** {@code ~a}: logical not for bool arrays, bitwise not for integers; floats are numpy's TypeError. */
    public NDArray invert() {
        if (dtype == DType.BOOL) {
            return logicalNot();
        }
        if (dtype.isFloat()) {
            throw new DTypeException("ufunc 'invert' not supported for the input types, and the inputs could not be "
                    + "safely coerced to any supported types according to the casting rule ''safe''");
        }
        long[] a = longs();
        ExactInts.Results r = new ExactInts.Results(shape);
        for (int i = 0; i < a.length; i++) {
            r.put(i, dtype.wrapLong(~a[i]));
        }
        return r.array(shape, dtype);
    }

    /**
     * numpy's {@code isclose(a, b, rtol, atol)}: {@code |a - b| <= atol + rtol * |b|} element-wise
     * (broadcast), infinities close only to themselves, nan close to nothing.
     */
    public NDArray isclose(NDArray o, double rtol, double atol) {
        int[] out = Shapes.broadcast(shape, o.shape);
        double[] a = broadcastTo(out).data();
        double[] b = o.broadcastTo(out).data();
        double[] r = Buffers.of(out);
        for (int i = 0; i < r.length; i++) {
            double x = a[i];
            double y = b[i];
            boolean close = Double.isFinite(x) && Double.isFinite(y)
                    ? Math.abs(x - y) <= atol + rtol * Math.abs(y) : x == y;
            r[i] = close ? 1 : 0;
        }
        return new NDArray(out, r, DType.BOOL);
    }

    /** {@code np.isclose(a, b)} with numpy's defaults {@code rtol=1e-05, atol=1e-08}. */
    public NDArray isclose(NDArray o) {
        return isclose(o, 1e-05, 1e-08);
    }

    /** {@code np.allclose(a, b)} with numpy's defaults {@code rtol=1e-05, atol=1e-08}. */
    public boolean allclose(NDArray o) {
        return allclose(o, 1e-05, 1e-08);
    }

    /** numpy's {@code all()}: true if every element is non-zero (nan counts as true). */
    public boolean all() {
        for (double v : data()) {
            if (v == 0) {
                return false;
            }
        }
        return true;
    }

    /** numpy's {@code any()}: true if some element is non-zero. */
    public boolean any() {
        for (double v : data()) {
            if (v != 0) {
                return true;
            }
        }
        return false;
    }

    /** numpy's {@code array_equal}: equal shapes and equal elements (nan is not equal to nan). */
    public boolean arrayEqual(NDArray o) {
        if (!Arrays.equals(shape, o.shape)) {
            return false;
        }
        if (exactOrNull() != null || o.exactOrNull() != null) {
            return eq(o).all();
        }
        double[] a = data();
        double[] b = o.data();
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- numpy's shape functions

    /** The axes of length 1 removed, as {@code a.squeeze()}. */
    public NDArray squeeze() {
        return reshape(Shapes.withoutOnes(shape));
    }

    /** Axis {@code axis} (of length 1) removed, as {@code a.squeeze(axis)}. */
    public NDArray squeeze(int axis) {
        int ax = Shapes.axis(axis, shape.length);
        if (shape[ax] != 1) {
            throw new ArgumentException("cannot select an axis to squeeze out which has size not equal to one");
        }
        int[] s = new int[shape.length - 1];
        for (int i = 0, k = 0; i < shape.length; i++) {
            if (i != ax) {
                s[k++] = shape[i];
            }
        }
        return reshape(s);
    }

    /** A new axis of length 1 at {@code axis}, as {@code np.expand_dims(a, axis)}. */
    public NDArray expandDims(int axis) {
        int ax = Shapes.axis(axis, shape.length + 1);
        int[] s = new int[shape.length + 1];
        for (int i = 0, k = 0; i < s.length; i++) {
            s[i] = i == ax ? 1 : shape[k++];
        }
        return reshape(s);
    }

    /** The elements as a 1-d array sharing the data, as {@code a.ravel()}. */
    public NDArray ravel() {
        return reshape(-1);
    }

    /** The elements as a new 1-d array, as {@code a.flatten()}. */
    public NDArray flatten() {
        return copy().reshape(-1);
    }

    /** {@code len(a)}: the length of the first axis; a 0-d array is numpy's TypeError. */
    public int len() {
        if (shape.length == 0) {
            throw new DTypeException("len() of unsized object");
        }
        return shape[0];
    }

    /** numpy's {@code concatenate(arrays, axis)}; the dtype is the arrays' promoted one. */
    public static NDArray concatenate(NDArray[] arrays, int axis) {
        return Joins.concatenate(arrays, axis);
    }

    /** numpy's {@code concatenate(arrays)} along the first axis. */
    public static NDArray concatenate(NDArray... arrays) {
        return Joins.concatenate(arrays, 0);
    }

    /** numpy's {@code stack(arrays, axis)}: a new axis. */
    public static NDArray stack(NDArray[] arrays, int axis) {
        return Joins.stack(arrays, axis);
    }

    /** numpy's {@code stack(arrays)} along a new first axis. */
    public static NDArray stack(NDArray... arrays) {
        return Joins.stack(arrays, 0);
    }

    /** numpy's {@code vstack}: 1-d arrays become rows, then concatenated along the first axis. */
    public static NDArray vstack(NDArray... arrays) {
        NDArray[] rows = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            NDArray a = arrays[i];
            rows[i] = a.ndim() == 0 ? a.reshape(1, 1) : a.ndim() == 1 ? a.reshape(1, a.shape[0]) : a;
        }
        return Joins.concatenate(rows, 0);
    }

    /** numpy's {@code hstack}: along the first axis for 1-d arrays, the second otherwise. */
    public static NDArray hstack(NDArray... arrays) {
        NDArray[] parts = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            parts[i] = arrays[i].ndim() == 0 ? arrays[i].reshape(1) : arrays[i];
        }
        return Joins.concatenate(parts, parts.length > 0 && parts[0].ndim() == 1 ? 0 : 1);
    }

    /** numpy's {@code outer(a, b)}: {@code a.ravel()[:, None] * b.ravel()[None, :]}. */
    public NDArray outer(NDArray o) {
        return ravel().reshape(data().length, 1).mul(o.ravel().reshape(1, o.size()));
    }

    /** numpy's {@code dot}: a product with a 0-d operand, else {@code matmul} (1-d and 2-d operands). */
    public NDArray dot(NDArray o) {
        if (shape.length == 0 || o.shape.length == 0) {
            return mul(o);
        }
        int bAxis = o.shape.length >= 2 ? o.shape.length - 2 : 0;
        if (shape[shape.length - 1] != o.shape[bAxis]) {
            throw new ShapeException("shapes " + Shapes.compact(shape) + " and " + Shapes.compact(o.shape)
                    + " not aligned: " + shape[shape.length - 1] + " (dim " + (shape.length - 1) + ") != "
                    + o.shape[bAxis] + " (dim " + bAxis + ")");
        }
        return matmul(o);
    }

    // ---------------------------------------------------------------- numpy's creation functions

    /** The identity matrix of size n, as {@code np.eye(n)}. */
    public static NDArray eye(int n) {
        return eye(n, n, 0, DType.FLOAT64);
    }

    /** {@code np.eye(n, m, k, dtype)}: ones on the k-th diagonal of an n x m matrix. */
    public static NDArray eye(int n, int m, int k, DType dtype) {
        double[] d = Buffers.of(new int[] {n, m});
        for (int i = 0; i < n; i++) {
            int j = i + k;
            if (j >= 0 && j < m) {
                d[i * m + j] = 1;
            }
        }
        return new NDArray(new int[] {n, m}, d, dtype);
    }

    /** numpy's {@code arange(start, stop, step)} with integers: an int64 array. */
    public static NDArray arange(long start, long stop, long step) {
        if (step == 0) {
            throw new ZeroDivisionException("division by zero");
        }
        // the span (stop - start) may exceed a long: taken unsigned, it is below 2^64
        long count;
        if (step > 0) {
            count = stop <= start ? 0 : Long.divideUnsigned(stop - start - 1, step) + 1;
        } else {
            count = stop >= start ? 0 : Long.divideUnsigned(start - stop - 1, -step) + 1;
        }
        if (count > MAX_SIZE || count < 0) {
            throw Shapes.tooBig((double) count);
        }
        int n = (int) Math.max(0, count);
        int[] shape = {n};
        ExactInts.Results r = new ExactInts.Results(shape);
        for (int i = 0; i < n; i++) {
            r.put(i, start + i * step);
        }
        return r.array(shape, DType.INT64);
    }

    /** {@code np.arange(stop)} with an integer: {@code [0 1 ... stop-1]}, int64. */
    public static NDArray arange(long stop) {
        return arange(0, stop, 1);
    }

    /** numpy's {@code meshgrid(x, y)} ({@code indexing='xy'}): two arrays of shape {@code (len(y), len(x))}. */
    public static NDArray[] meshgrid(NDArray x, NDArray y) {
        NDArray xs = x.ravel();
        NDArray ys = y.ravel();
        int[] out = {ys.size(), xs.size()};
        return new NDArray[] {xs.reshape(1, xs.size()).broadcastTo(out).copy(),
            ys.reshape(ys.size(), 1).broadcastTo(out).copy()};
    }

    // ---------------------------------------------------------------- Python values

    /**
     * numpy's {@code tolist()}: nested {@code java.util.List}s of {@code Double} (float dtypes),
     * {@code Long} (integer dtypes) or {@code Boolean}; a 0-d array gives the single value.
     */
    public Object toList() {
        return toList(0, 0);
    }

    private Object toList(int axis, int offset) {
        if (axis == shape.length) {
            double v = data()[offset];
            return dtype.isFloat() ? (Object) v : dtype == DType.BOOL ? (Object) (v != 0) : (Object) longAt(offset);
        }
        int stride = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        java.util.List<Object> out = new java.util.ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            out.add(toList(axis + 1, offset + i * stride));
        }
        return out;
    }

    /** Equal dtypes, shapes and bit-identical values (nan equals nan): Java equality, not numpy's {@code ==}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NDArray a && dtype == a.dtype && Arrays.equals(shape, a.shape)
                && Arrays.equals(data(), a.data())
                && (exactOrNull() == null && a.exactOrNull() == null || Arrays.equals(longs(), a.longs()));
    }

    /** A hash of the current contents (an array changed in place hashes differently afterwards). */
    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(data())) + dtype.ordinal();
    }

    /** numpy's {@code str()}: {@code 3.0}, {@code [1. 2. 3.]}, {@code [2 0 1]}, {@code [ True False]}. */
    @Override
    public String toString() {
        return NumpyFormat.str(this);
    }

    /** numpy's {@code repr()}: {@code array([1., 2.])}, {@code array([1, 2], dtype=int32)}. */
    public String repr() {
        return NumpyFormat.repr(this);
    }
}
