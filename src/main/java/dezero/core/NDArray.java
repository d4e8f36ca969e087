package dezero.core;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * An immutable n-dimensional array of {@code double}: a row-major {@code double[]} and a
 * shape ({@code ()} is a scalar). Arithmetic follows numpy, broadcasting included; every
 * operation returns a new array and leaves its operands unmodified.
 *
 * <p>{@code NDArray.of(new double[] {1, 2, 3}).mul(NDArray.scalar(2))} prints {@code [2. 4. 6.]}.
 */
public final class NDArray {
    /** The largest number of elements an array may have (800 MB of doubles). */
    public static final int MAX_SIZE = 100_000_000;
    /** The most dimensions an array may have, as numpy. */
    public static final int MAX_NDIM = 64;

    private final int[] shape;
    private final double[] data;

    /** Takes ownership of both arrays; callers in this package never modify them afterwards. */
    NDArray(int[] shape, double[] data) {
        if (shape.length > MAX_NDIM) {
            throw new ShapeException("maximum supported dimension for an ndarray is currently " + MAX_NDIM
                    + ", found " + shape.length);
        }
        this.shape = shape;
        this.data = data;
    }

    // ---------------------------------------------------------------- creation

    /** A 0-d array (shape {@code ()}) holding {@code value}. */
    public static NDArray scalar(double value) {
        return new NDArray(Shapes.SCALAR, new double[] {value});
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
     * A fresh zeroed buffer for an array of {@code shape}, checked as every kernel's result is (the
     * element limit, the free heap) before it is allocated: fill it, then hand it to {@link #wrap}.
     */
    public static double[] buffer(int... shape) {
        return Buffers.of(shape);
    }

    /** An array of integer values (exact up to 2^53), for the random integers of {@link RandomState}. */
    static NDArray int64(long[] values, int... shape) {
        double[] d = Buffers.of(values.length, shape);
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return new NDArray(shape.clone(), d);
    }

    /** A copy with its own buffer, as numpy's {@code copy()}. */
    public NDArray copy() {
        return new NDArray(shape.clone(), data.clone());
    }

    /** The elements at flat indices {@code idx} (row-major), in the shape of {@code idx}, as numpy's {@code take}. */
    public NDArray take(NDArray idx) {
        double[] ix = idx.data;
        double[] r = Buffers.of(ix.length, idx.shape);
        for (int i = 0; i < r.length; i++) {
            int k = (int) ix[i];
            if (k < -data.length || k >= data.length) {
                throw new IndexException("index " + k + " is out of bounds for axis 0 with size " + data.length);
            }
            r[i] = data[k < 0 ? k + data.length : k];
        }
        return new NDArray(idx.shape.clone(), r);
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

    /** Zeros of the shape of {@code a}, as {@code np.zeros_like}. */
    public static NDArray zerosLike(NDArray a) {
        return new NDArray(a.shape, Buffers.of(a.data.length, a.shape));
    }

    /** Ones of the shape of {@code a}, as {@code np.ones_like} (the seed of backward). */
    public static NDArray onesLike(NDArray a) {
        double[] d = Buffers.of(a.data.length, a.shape);
        Arrays.fill(d, 1.0);
        return new NDArray(a.shape, d);
    }

    /** numpy's {@code arange(start, stop, step)}; a step of 0 or a nan bound has no length. */
    public static NDArray arange(double start, double stop, double step) {
        double count = Math.ceil((stop - start) / step);
        if (step == 0 || Double.isNaN(count)) {
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
        if (num < 0) {
            throw new ShapeException("Number of samples, " + num + ", must be non-negative.");
        }
        double[] d = Buffers.of(new int[] {num});
        double step = num > 1 ? (stop - start) / (num - 1) : 0;
        for (int i = 0; i < num; i++) {
            d[i] = start + i * step;
        }
        if (num > 1) {
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
        return shape.clone();
    }

    /** The number of axes: 0 for a scalar. */
    public int ndim() {
        return shape.length;
    }

    /** The number of elements. */
    public int size() {
        return data.length;
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
                throw new IndexOutOfBoundsException("index " + index[i] + " is out of bounds for axis "
                        + i + " with size " + shape[i]);
            }
            flat += k * st[i];
        }
        return data[flat];
    }

    /** The element at a row-major flat index. */
    public double flat(int i) {
        return data[i];
    }

    /** The single value of a one-element array, as numpy's {@code item()}. */
    public double item() {
        if (data.length != 1) {
            throw new ShapeException("can only convert an array of size 1 to a Python scalar");
        }
        return data[0];
    }

    /** A copy of the row-major values. */
    public double[] toArray() {
        return data.clone();
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
            System.arraycopy(data, i * n, rows[i], 0, n);
        }
        return new Array2DRowRealMatrix(rows, false);
    }

    double[] buffer() {
        return data;
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

    /** {@code c - this}. */
    public NDArray rsub(double c) {
        return Elementwise.withScalar(Elementwise.Op.SUB, this, c, true);
    }

    /** {@code c / this}. */
    public NDArray rdiv(double c) {
        return Elementwise.withScalar(Elementwise.Op.DIV, this, c, true);
    }

    /**
     * {@code this * c * o} (as {@code mul(c).mul(o)}, with the same rounding) in one pass when
     * the shapes are equal: the gradient of {@code square} is {@code x.scaleMul(2, gy)}.
     */
    public NDArray scaleMul(double c, NDArray o) {
        if (!Arrays.equals(shape, o.shape)) {
            return mul(c).mul(o);
        }
        double[] b = o.data;
        double[] r = Buffers.of(data.length, shape);
        for (int i = 0; i < r.length; i++) {
            r[i] = data[i] * c * b[i];
        }
        return new NDArray(shape, r);
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
        return c == 2.0 ? Unary.square(this) : Unary.pow(this, c);
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

    /** The logistic function {@code 1 / (1 + exp(-x))}, computed without overflow. */
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
        return scalar(Reductions.pairwiseSum(data, 0, data.length));
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
        return Reductions.sum(this, reduce, keepdims);
    }

    /** DeZero's {@code sum_to}: sums broadcast axes away until the shape is {@code target}. */
    public NDArray sumTo(int... target) {
        return Reductions.sumTo(this, target);
    }

    /** numpy's {@code broadcast_to} (the result is a fresh array, not a view). */
    public NDArray broadcastTo(int... target) {
        return Reductions.broadcastTo(this, target);
    }

    /** numpy's {@code reshape}; one dimension may be {@code -1}. Shares the data. */
    public NDArray reshape(int... target) {
        return LinAlg.reshape(this, target);
    }

    /** Reverses the axes ({@code .T}). */
    public NDArray transpose() {
        return LinAlg.transpose(this, null);
    }

    /** Permutes the axes. */
    public NDArray transpose(int... axes) {
        return LinAlg.transpose(this, axes);
    }

    /** numpy's {@code matmul} for 1-d and 2-d operands. */
    public NDArray matmul(NDArray w) {
        return LinAlg.matmul(this, w);
    }

    /**
     * {@code op(this) @ op(w)}, {@code op} transposing where its flag is set: the same values as
     * {@code transpose().matmul(w)} and the like, without materialising the transpose for 2-d
     * operands. matmul's gradient: {@code gy.matmul(w, false, true)} is {@code gy @ w.T}.
     */
    public NDArray matmul(NDArray w, boolean transposeThis, boolean transposeW) {
        return LinAlg.matmul(this, transposeThis, w, transposeW);
    }

    /** True if the shapes are equal and every pair of elements satisfies numpy's {@code isclose}. */
    public boolean allclose(NDArray o, double rtol, double atol) {
        if (!Arrays.equals(shape, o.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = o.data[i];
            boolean close = a == b || Math.abs(a - b) <= atol + rtol * Math.abs(b)
                    || Double.isNaN(a) && Double.isNaN(b);
            if (!close) {
                return false;
            }
        }
        return true;
    }

    /** Equal shapes and bit-identical values (nan equals nan). */
    @Override
    public boolean equals(Object o) {
        return o instanceof NDArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** numpy's {@code str()}: {@code 3.0}, {@code [1. 2. 3.]}. */
    @Override
    public String toString() {
        return NumpyFormat.str(data, shape);
    }
}
