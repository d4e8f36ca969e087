package dezero.core;

/**
 * Element-wise kernels: one plain loop per operation over {@code double[]}, with numpy
 * broadcasting. The operation is chosen outside the loops so that each loop stays simple
 * enough for the JIT to vectorise.
 */
final class Elementwise {
    enum Op { ADD, SUB, MUL, DIV }

    private Elementwise() {}

    static NDArray binary(Op op, NDArray x0, NDArray x1) {
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

    /** Binary op with a constant on the right ({@code left == false}) or on the left. */
    static NDArray withScalar(Op op, NDArray x, double c, boolean constantOnLeft) {
        return new NDArray(x.shapeRef(), withConstant(op, x.buffer(), c, constantOnLeft, x.shapeRef()));
    }
}
