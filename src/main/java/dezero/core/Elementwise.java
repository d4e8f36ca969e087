package dezero.core;

/**
 * Element-wise kernels: one plain loop per operation over {@code double[]}, with numpy
 * broadcasting. The operation is chosen outside the loops so that each loop stays simple
 * enough for the JIT to vectorise. float64 results take those loops directly, float32 ones
 * round each result once (exact for + - * / of float32 values, whose double result has room
 * for the rounding); integer and bool results, and the other operations, go through
 * {@link #generic}, which computes integers in {@code long} and wraps them as numpy does.
 */
final class Elementwise {
    /** Binary operations; the first four have vectorised float loops. */
    enum Op {
        ADD("add"), SUB("subtract"), MUL("multiply"), DIV("divide"),
        FLOOR_DIV("floor_divide"), MOD("remainder"), POW("power"), MAXIMUM("maximum"), MINIMUM("minimum"),
        EQ("equal"), NE("not_equal"), LT("less"), LE("less_equal"), GT("greater"), GE("greater_equal"),
        BIT_AND("bitwise_and"), BIT_OR("bitwise_or"), BIT_XOR("bitwise_xor");

        /** numpy's ufunc name, for error messages. */
        final String ufunc;

        Op(String ufunc) {
            this.ufunc = ufunc;
        }

        boolean isComparison() {
            return this.ordinal() >= EQ.ordinal() && this.ordinal() <= GE.ordinal();
        }

        boolean isBitwise() {
            return this == BIT_AND || this == BIT_OR || this == BIT_XOR;
        }
    }

    private Elementwise() {}

    /** The dtype of {@code x0 op x1}: NEP 50 promotion (weak Python scalars), then the op's own rule. */
    static DType resultType(Op op, NDArray x0, NDArray x1) {
        DType t;
        if (x0.isWeak() && !x1.isWeak()) {
            t = DType.promoteWeak(x0.dtype(), x1.dtype());
        } else if (x1.isWeak() && !x0.isWeak()) {
            t = DType.promoteWeak(x1.dtype(), x0.dtype());
        } else {
            t = DType.promote(x0.dtype(), x1.dtype());
        }
        if (op.isComparison()) {
            return DType.BOOL;
        }
        if (op == Op.DIV && !t.isFloat()) {
            return DType.FLOAT64;
        }
        if (op.isBitwise() && t.isFloat()) {
            throw new DTypeException("ufunc '" + op.ufunc + "' not supported for the input types, and the inputs "
                    + "could not be safely coerced to any supported types according to the casting rule ''safe''");
        }
        if (t == DType.BOOL) {
            if (op == Op.SUB) {
                throw new DTypeException("numpy boolean subtract, the `-` operator, is not supported, use the "
                        + "bitwise_xor, the `^` operator, or the logical_xor function instead.");
            }
            if (op == Op.FLOOR_DIV || op == Op.MOD || op == Op.POW) {
                return DType.INT64; // numpy gives int8, which dezero-j has not
            }
        }
        if (t.isInteger() && !op.isComparison()) {
            checkWeakInt(x0, t);
            checkWeakInt(x1, t);
        }
        return t;
    }

    /** numpy 2 refuses a Python int that the integer result dtype cannot hold. */
    private static void checkWeakInt(NDArray x, DType t) {
        if (x.isWeak() && x.dtype() == DType.INT64 && t != DType.INT64) {
            long v = x.longAt(0);
            if (v < t.minValue() || v > t.maxValue()) {
                throw new OverflowException("Python integer " + v + " out of bounds for " + t);
            }
        }
    }

    static NDArray binary(Op op, NDArray x0, NDArray x1) {
        DType t = resultType(op, x0, x1);
        if (x0.isWeak() != x1.isWeak()) {
            // numpy casts the Python scalar to the operands' common dtype first: float32 - 0.1 is 0.1f - 0.1f
            DType common = op.isComparison() || op == Op.DIV
                    ? DType.promoteWeak((x0.isWeak() ? x0 : x1).dtype(), (x0.isWeak() ? x1 : x0).dtype()) : t;
            if (common == DType.FLOAT32) {
                x0 = x0.isWeak() ? weakAsFloat32(x0) : x0;
                x1 = x1.isWeak() ? weakAsFloat32(x1) : x1;
            }
        }
        if (t.isFloat() && op.ordinal() <= Op.DIV.ordinal()) {
            NDArray r = floatBinary(op, x0, x1);
            return t == DType.FLOAT64 ? r : r.roundedTo(DType.FLOAT32);
        }
        return generic(op, x0, x1, t);
    }

    /** A Python scalar as a float32 operand: a Python int is rounded once, from its exact value. */
    private static NDArray weakAsFloat32(NDArray weak) {
        double v = weak.dtype() == DType.INT64 ? (float) weak.longAt(0) : weak.buffer()[0];
        return NDArray.scalar(v, DType.FLOAT32);
    }

    /** The float64 kernels of + - * / with broadcasting (the result's dtype is float64). */
    private static NDArray floatBinary(Op op, NDArray x0, NDArray x1) {
        double[] a = x0.buffer();
        double[] b = x1.buffer();
        int[] sa = x0.shapeRef();
        int[] sb = x1.shapeRef();
        if (sa.length == sb.length && java.util.Arrays.equals(sa, sb)) {
            return new NDArray(sa, whole(op, a, b, sa));
        }
        if (b.length == 1 && sb.length <= sa.length) {
            return new NDArray(sa, withConstant(op, a, b[0], false, sa));
        }
        if (a.length == 1 && sa.length <= sb.length) {
            return new NDArray(sb, withConstant(op, b, a[0], true, sb));
        }
        int[] shape = Shapes.broadcast(sa, sb);
        double[] r = Buffers.of(shape);
        if (r.length == 0) {
            return new NDArray(shape, r);
        }
        int nd = shape.length;
        int[] stA = Shapes.broadcastStrides(sa, shape);
        int[] stB = Shapes.broadcastStrides(sb, shape);
        int inner = shape[nd - 1];
        int ia = 0;
        int ib = 0;
        int[] idx = new int[nd];
        for (int o = 0; o < r.length; o += inner) {
            run(op, a, ia, stA[nd - 1], b, ib, stB[nd - 1], r, o, inner);
            for (int d = nd - 2; d >= 0; d--) {
                ia += stA[d];
                ib += stB[d];
                if (++idx[d] < shape[d]) {
                    break;
                }
                ia -= stA[d] * shape[d];
                ib -= stB[d] * shape[d];
                idx[d] = 0;
            }
        }
        return new NDArray(shape, r);
    }

    /**
     * {@code a op b} over whole arrays of one shape. Loops index every array by the same
     * {@code i} with no offset: only then does C2 (JDK 17) prove them free of overlap and
     * vectorise them.
     */
    private static double[] whole(Op op, double[] a, double[] b, int[] shape) {
        double[] r = Buffers.of(a.length, shape);
        switch (op) {
            case ADD -> { for (int i = 0; i < r.length; i++) r[i] = a[i] + b[i]; }
            case SUB -> { for (int i = 0; i < r.length; i++) r[i] = a[i] - b[i]; }
            case MUL -> { for (int i = 0; i < r.length; i++) r[i] = a[i] * b[i]; }
            case DIV -> { for (int i = 0; i < r.length; i++) r[i] = a[i] / b[i]; }
        }
        return r;
    }

    /** {@code a op c}, or {@code c op a} when {@code constantOnLeft}, over a whole array (vectorised). */
    private static double[] withConstant(Op op, double[] a, double c, boolean constantOnLeft, int[] shape) {
        double[] r = Buffers.of(a.length, shape);
        if (constantOnLeft) {
            switch (op) {
                case ADD -> { for (int i = 0; i < r.length; i++) r[i] = c + a[i]; }
                case SUB -> { for (int i = 0; i < r.length; i++) r[i] = c - a[i]; }
                case MUL -> { for (int i = 0; i < r.length; i++) r[i] = c * a[i]; }
                case DIV -> { for (int i = 0; i < r.length; i++) r[i] = c / a[i]; }
            }
        } else {
            switch (op) {
                case ADD -> { for (int i = 0; i < r.length; i++) r[i] = a[i] + c; }
                case SUB -> { for (int i = 0; i < r.length; i++) r[i] = a[i] - c; }
                case MUL -> { for (int i = 0; i < r.length; i++) r[i] = a[i] * c; }
                case DIV -> { for (int i = 0; i < r.length; i++) r[i] = a[i] / c; }
            }
        }
        return r;
    }

    /** {@code r[o+j] = a[ia+j*sa] op b[ib+j*sb]} for j in [0, n); strides are 0 or 1. */
    private static void run(Op op, double[] a, int ia, int sa, double[] b, int ib, int sb,
                            double[] r, int o, int n) {
        if (sa == 1 && sb == 1) {
            switch (op) {
                case ADD -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j] + b[ib + j]; }
                case SUB -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j] - b[ib + j]; }
                case MUL -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j] * b[ib + j]; }
                case DIV -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j] / b[ib + j]; }
            }
        } else if (sb == 0) {
            double c = b[ib];
            switch (op) {
                case ADD -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j * sa] + c; }
                case SUB -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j * sa] - c; }
                case MUL -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j * sa] * c; }
                case DIV -> { for (int j = 0; j < n; j++) r[o + j] = a[ia + j * sa] / c; }
            }
        } else {
            double c = a[ia];
            switch (op) {
                case ADD -> { for (int j = 0; j < n; j++) r[o + j] = c + b[ib + j]; }
                case SUB -> { for (int j = 0; j < n; j++) r[o + j] = c - b[ib + j]; }
                case MUL -> { for (int j = 0; j < n; j++) r[o + j] = c * b[ib + j]; }
                case DIV -> { for (int j = 0; j < n; j++) r[o + j] = c / b[ib + j]; }
            }
        }
    }

    /**
     * Binary op with a Python float {@code c} (a weak scalar) on the right ({@code constantOnLeft
     * == false}) or on the left.
     */
    static NDArray withScalar(Op op, NDArray x, double c, boolean constantOnLeft) {
        DType xt = x.dtype();
        if (xt == DType.FLOAT64) {
            return new NDArray(x.shapeRef(), withConstant(op, x.buffer(), c, constantOnLeft, x.shapeRef()));
        }
        NDArray w = NDArray.weakFloat(c);
        return constantOnLeft ? binary(op, w, x) : binary(op, x, w);
    }

    /**
     * The loop for everything but float + - * /: integers in {@code long} (an int64 operand's
     * exact values when it has them), floats in double.
     */
    static NDArray generic(Op op, NDArray x0, NDArray x1, DType t) {
        int[] sa = x0.shapeRef();
        int[] sb = x1.shapeRef();
        int[] shape = Shapes.broadcast(sa, sb);
        ExactInts.Results results = new ExactInts.Results(shape);
        double[] r = results.values;
        if (r.length == 0) {
            return new NDArray(shape, r, t);
        }
        double[] a = x0.buffer();
        double[] b = x1.buffer();
        DType operand = op.isComparison() ? DType.promote(x0.dtype(), x1.dtype()) : t;
        boolean integer = !operand.isFloat();
        long[] ea = integer ? x0.exactOrNull() : null;
        long[] eb = integer ? x1.exactOrNull() : null;
        // 2^53 and 2^53 + 1 are one double: integers past it compare by their exact values
        boolean exactCompare = ea != null || eb != null;
        if (!integer || op.isComparison() && !exactCompare) {
            int mode = java.util.Arrays.equals(sa, sb) ? 0
                    : b.length == 1 && sb.length <= sa.length ? 1
                    : a.length == 1 && sa.length <= sb.length ? 2 : -1;
            if (mode >= 0) {
                floatLoop(op, a, b, mode, r);
                if (t == DType.FLOAT32) {
                    for (int i = 0; i < r.length; i++) {
                        r[i] = (float) r[i];
                    }
                }
                return new NDArray(shape, r, t);
            }
        }
        int nd = shape.length;
        int[] stA = Shapes.broadcastStrides(sa, shape);
        int[] stB = Shapes.broadcastStrides(sb, shape);
        int[] idx = new int[nd];
        int ia = 0;
        int ib = 0;
        for (int o = 0; o < r.length; o++) {
            double va = a[ia];
            double vb = b[ib];
            double v;
            if (op.isComparison()) {
                v = (exactCompare ? compareLongs(op, ea != null ? ea[ia] : (long) va, eb != null ? eb[ib] : (long) vb)
                        : compare(op, va, vb)) ? 1 : 0;
            } else if (integer) {
                long x = ea != null ? ea[ia] : (long) va;
                long y = eb != null ? eb[ib] : (long) vb;
                results.put(o, t.wrapLong(longOp(op, x, y, t)));
                v = r[o];
            } else {
                v = doubleOp(op, va, vb);
                if (t == DType.FLOAT32) {
                    v = (float) v;
                }
            }
            r[o] = v;
            for (int d = nd - 1; d >= 0; d--) {
                ia += stA[d];
                ib += stB[d];
                if (++idx[d] < shape[d]) {
                    break;
                }
                ia -= stA[d] * shape[d];
                ib -= stB[d] * shape[d];
                idx[d] = 0;
            }
        }
        return results.array(shape, t);
    }

    /**
     * {@code r = a op b} where both have r's shape ({@code mode} 0), b is one element (1) or a
     * is (2): one plain loop per common op (ReLU's maximum, masks' comparisons), so that the
     * JIT can vectorise them (a comparison goes through an int, which C2 turns into a
     * branch-free set: 10 times faster on random signs); the rest through {@link #doubleOp}.
     */
    private static void floatLoop(Op op, double[] a, double[] b, int mode, double[] r) {
        int n = r.length;
        if (mode != 0) {
            double c = mode == 1 ? b[0] : a[0];
            double[] x = mode == 1 ? a : b;
            boolean left = mode == 2;
            switch (left ? mirrored(op) : op) {
                // Math.max/min propagate nan as numpy does; for equal values (0.0 and -0.0) numpy gives the second
                case MAXIMUM -> { for (int i = 0; i < n; i++) { double v = x[i]; r[i] = v == c ? c : Math.max(v, c); } }
                case MINIMUM -> { for (int i = 0; i < n; i++) { double v = x[i]; r[i] = v == c ? c : Math.min(v, c); } }
                case GT -> { for (int i = 0; i < n; i++) { int t = x[i] > c ? 1 : 0; r[i] = t; } }
                case GE -> { for (int i = 0; i < n; i++) { int t = x[i] >= c ? 1 : 0; r[i] = t; } }
                case LT -> { for (int i = 0; i < n; i++) { int t = x[i] < c ? 1 : 0; r[i] = t; } }
                case LE -> { for (int i = 0; i < n; i++) { int t = x[i] <= c ? 1 : 0; r[i] = t; } }
                case EQ -> { for (int i = 0; i < n; i++) { int t = x[i] == c ? 1 : 0; r[i] = t; } }
                case NE -> { for (int i = 0; i < n; i++) { int t = x[i] != c ? 1 : 0; r[i] = t; } }
                default -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = left ? doubleOp(op, c, x[i]) : doubleOp(op, x[i], c);
                    }
                }
            }
            return;
        }
        switch (op) {
            case MAXIMUM -> { for (int i = 0; i < n; i++) { double u = a[i], v = b[i]; r[i] = u == v ? v : Math.max(u, v); } }
            case MINIMUM -> { for (int i = 0; i < n; i++) { double u = a[i], v = b[i]; r[i] = u == v ? v : Math.min(u, v); } }
            case GT -> { for (int i = 0; i < n; i++) { int t = a[i] > b[i] ? 1 : 0; r[i] = t; } }
            case GE -> { for (int i = 0; i < n; i++) { int t = a[i] >= b[i] ? 1 : 0; r[i] = t; } }
            case LT -> { for (int i = 0; i < n; i++) { int t = a[i] < b[i] ? 1 : 0; r[i] = t; } }
            case LE -> { for (int i = 0; i < n; i++) { int t = a[i] <= b[i] ? 1 : 0; r[i] = t; } }
            case EQ -> { for (int i = 0; i < n; i++) { int t = a[i] == b[i] ? 1 : 0; r[i] = t; } }
            case NE -> { for (int i = 0; i < n; i++) { int t = a[i] != b[i] ? 1 : 0; r[i] = t; } }
            default -> {
                for (int i = 0; i < n; i++) {
                    r[i] = doubleOp(op, a[i], b[i]);
                }
            }
        }
    }

    /**
     * A comparison with its operands swapped ({@code c < x} is {@code x > c}); any other op maps
     * to {@code DIV}, whose loop is the generic one that keeps the operands' order (for equal
     * values, 0.0 and -0.0, numpy's maximum returns the second operand).
     */
    private static Op mirrored(Op op) {
        return switch (op) {
            case GT -> Op.LT;
            case GE -> Op.LE;
            case LT -> Op.GT;
            case LE -> Op.GE;
            case EQ, NE -> op;
            default -> Op.DIV;
        };
    }

    private static boolean compare(Op op, double a, double b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            default -> a >= b;
        };
    }

    private static boolean compareLongs(Op op, long a, long b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            default -> a >= b;
        };
    }

    /** Integer arithmetic as numpy's C loops: wrapping, Python's floor division and modulo, 0 for x // 0. */
    private static long longOp(Op op, long a, long b, DType t) {
        return switch (op) {
            case ADD -> t == DType.BOOL ? a | b : a + b;
            case SUB -> a - b;
            case MUL -> t == DType.BOOL ? a & b : a * b;
            case FLOOR_DIV -> b == 0 ? 0 : Math.floorDiv(a, b);
            case MOD -> b == 0 ? 0 : Math.floorMod(a, b);
            case POW -> intPow(a, b);
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
            case BIT_AND -> a & b;
            case BIT_OR -> a | b;
            case BIT_XOR -> a ^ b;
            default -> throw new IllegalStateException(op.name());
        };
    }

    private static long intPow(long base, long exp) {
        if (exp < 0) {
            throw new ArgumentException("Integers to negative integer powers are not allowed.");
        }
        long r = 1;
        long b = base;
        for (long e = exp; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                r *= b;
            }
            b *= b;
        }
        return r;
    }

    /**
     * Float arithmetic as numpy's loops: {@code npy_divmod} for // and %, nan-propagating max/min
     * that return the second operand for equal values ({@code maximum(0.0, -0.0)} is {@code -0.0}).
     */
    static double doubleOp(Op op, double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case FLOOR_DIV -> floorDivide(a, b);
            case MOD -> remainder(a, b);
            case POW -> Math.pow(a, b);
            case MAXIMUM -> a != a || b != b ? Double.NaN : a > b ? a : b;
            case MINIMUM -> a != a || b != b ? Double.NaN : a < b ? a : b;
            default -> throw new IllegalStateException(op.name());
        };
    }

    /** numpy's {@code npy_floor_divide} (from {@code npy_divmod}). */
    static double floorDivide(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** numpy's {@code npy_remainder}: the sign of the divisor, as Python's %. */
    static double remainder(double a, double b) {
        if (b == 0) {
            return a % b;
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }
}
