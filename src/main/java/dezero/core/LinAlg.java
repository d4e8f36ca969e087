package dezero.core;

/** Shape-changing kernels: reshape, transpose and matrix multiplication. */
final class LinAlg {
    private LinAlg() {}

    /** numpy's reshape (one negative dimension is inferred); the data is shared, never copied. */
    static NDArray reshape(NDArray x, int[] shape) {
        int[] target = shape.clone();
        int size = x.size();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] >= 0) {
                known *= target[i];
            } else if (infer < 0) {
                infer = i;
            } else {
                throw new ShapeException("can only specify one unknown dimension");
            }
        }
        if (infer >= 0 && known != 0 && size % known == 0) {
            target[infer] = (int) (size / known);
        } else if (known != size || infer >= 0) {
            throw new ShapeException("cannot reshape array of size " + size + " into shape "
                    + (infer < 0 ? Shapes.compact(shape) : knownDims(shape)));
        }
        return x.reshaped(target);
    }

    /**
     * numpy's text for a reshape target with an unknown dimension: leading unknowns are dropped,
     * later ones print as {@code newaxis}: {@code (4)} for {@code (-1, 4)}, {@code (4,newaxis)} for {@code (4, -1)}.
     */
    private static String knownDims(int[] shape) {
        int first = 0;
        while (first < shape.length && shape[first] < 0) {
            first++;
        }
        if (first == shape.length) {
            return "()";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = first; i < shape.length; i++) {
            sb.append(i > first ? "," : "").append(shape[i] < 0 ? "newaxis" : String.valueOf(shape[i]));
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** numpy's transpose with an axis permutation ({@code null} reverses the axes). */
    static NDArray transpose(NDArray x, int[] axes) {
        int[] shape = x.shapeRef();
        int nd = shape.length;
        int[] perm = new int[nd];
        if (axes == null) {
            for (int i = 0; i < nd; i++) {
                perm[i] = nd - 1 - i;
            }
        } else {
            if (axes.length != nd) {
                throw new ShapeException("axes don't match array");
            }
            boolean[] seen = new boolean[nd];
            for (int i = 0; i < nd; i++) {
                perm[i] = Shapes.axis(axes[i], nd);
                if (seen[perm[i]]) {
                    throw new ShapeException("repeated axis in transpose");
                }
                seen[perm[i]] = true;
            }
        }
        if (nd < 2) {
            return x;
        }
        double[] a = x.buffer();
        int[] outShape = new int[nd];
        int[] src = Shapes.strides(shape);
        int[] st = new int[nd];
        for (int i = 0; i < nd; i++) {
            outShape[i] = shape[perm[i]];
            st[i] = src[perm[i]];
        }
        double[] r = Buffers.of(a.length, outShape);
        if (nd == 2) {
            transpose2d(a, shape[0], shape[1], r);
            return new NDArray(outShape, r, x.dtype());
        }
        int[] idx = new int[nd];
        int ia = 0;
        for (int o = 0; o < r.length; o++) {
            r[o] = a[ia];
            for (int d = nd - 1; d >= 0; d--) {
                ia += st[d];
                if (++idx[d] < outShape[d]) {
                    break;
                }
                ia -= st[d] * outShape[d];
                idx[d] = 0;
            }
        }
        return new NDArray(outShape, r, x.dtype());
    }

    /**
     * The transpose of an {@code m x n} row-major matrix into {@code r}, eight rows of {@code a}
     * at a time: each column j of the eight rows becomes eight consecutive elements of r's row j
     * (one cache line), while the eight rows are read in order. 1000x100: 0.05 ms against 0.09
     * for 32x32 tiles copied element by element, which wrote one element per cache line visited.
     */
    static void transpose2d(double[] a, int m, int n, double[] r) {
        int i0 = 0;
        for (; i0 + 8 <= m; i0 += 8) {
            int a0 = i0 * n;
            for (int j = 0, o = i0; j < n; j++, o += m) {
                r[o] = a[a0 + j];
                r[o + 1] = a[a0 + n + j];
                r[o + 2] = a[a0 + 2 * n + j];
                r[o + 3] = a[a0 + 3 * n + j];
                r[o + 4] = a[a0 + 4 * n + j];
                r[o + 5] = a[a0 + 5 * n + j];
                r[o + 6] = a[a0 + 6 * n + j];
                r[o + 7] = a[a0 + 7 * n + j];
            }
        }
        for (int i = i0; i < m; i++) {
            for (int j = 0, o = i; j < n; j++, o += m) {
                r[o] = a[i * n + j];
            }
        }
    }

    /**
     * numpy's matmul for 1-d and 2-d operands (a 1-d left operand is a row, a 1-d right
     * operand a column; the added axis is removed from the result).
     */
    static NDArray matmul(NDArray x, NDArray w) {
        int[] sx = x.shapeRef();
        int[] sw = w.shapeRef();
        if (sx.length == 0 || sw.length == 0) {
            throw new ShapeException("matmul: Input operand " + (sx.length == 0 ? 0 : 1)
                    + " does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
        }
        if (sx.length > 2 || sw.length > 2) {
            return batched(x, w);
        }
        int m = sx.length == 2 ? sx[0] : 1;
        int k = sx[sx.length - 1];
        int k2 = sw[0];
        int n = sw.length == 2 ? sw[1] : 1;
        if (k != k2) {
            throw new ShapeException("matmul: Input operand 1 has a mismatch in its core dimension 0, "
                    + "with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        }
        int[] outShape;
        if (sx.length == 2 && sw.length == 2) {
            outShape = new int[] {m, n};
        } else if (sx.length == 2) {
            outShape = new int[] {m};
        } else if (sw.length == 2) {
            outShape = new int[] {n};
        } else {
            outShape = Shapes.SCALAR;
        }
        DType t = DType.promote(x.dtype(), w.dtype());
        if (isIntegral(t)) {
            ExactInts.Results r = new ExactInts.Results(outShape);
            integerProduct(x.longs(), 0, false, w.longs(), 0, false, m, k, n, t, r, 0);
            return r.array(outShape, t);
        }
        double[] r = Buffers.of(Shapes.size(new int[] {m, n}), outShape);
        Buffers.reserve(Gemm.scratchBytes(m, k, n), outShape);
        product(x.buffer(), false, w.buffer(), false, r, m, k, n);
        return typed(outShape, r, x, w);
    }

    /** {@link NDArray#matmulAdd}: {@code x @ w + b}, the add done in the product's own array where it can be. */
    static NDArray matmulAdd(NDArray x, NDArray w, NDArray b) {
        int[] sb = b.shapeRef();
        int n = w.ndim() == 2 ? w.shapeRef()[1] : -1;
        boolean row = sb.length == 1 && sb[0] == n || sb.length == 2 && sb[0] == 1 && sb[1] == n;
        // DeZero's L.Linear makes a float32 b beside a float64 W (numpy 2 promotes W's float32 by
        // the float64 scale it is multiplied by): float64 + float32 is float64, and a float32's
        // value is already its double, so the add in place is the same either way.
        if (!row || x.ndim() != 2 || DType.promote(x.dtype(), w.dtype()) != DType.FLOAT64
                || b.dtype() != DType.FLOAT64 && b.dtype() != DType.FLOAT32) {
            return matmul(x, w).add(b);
        }
        if (w.shapeRef()[0] == 1 && x.shapeRef()[1] == 1) {
            return outerPlusRow(x, w, b);
        }
        // 2-d operands of a float64 product: matmul's result is a fresh array of shape (m, n), ours to write.
        NDArray y = matmul(x, w);
        double[] r = y.buffer();
        double[] bias = b.buffer();
        for (int i = 0; i < r.length; i += n) {
            for (int j = 0; j < n; j++) {
                r[i + j] += bias[j];
            }
        }
        return y;
    }

    /**
     * {@code x @ w + b} for an (m, 1) x and a (1, n) w (a linear layer with one input feature) in
     * one pass: each element is {@code (0.0 + x_i * w_j) + b_j}, the product's sum from zero and
     * then the add, so the value (a zero's sign included) is that of the two steps.
     */
    private static NDArray outerPlusRow(NDArray x, NDArray w, NDArray b) {
        int m = x.shapeRef()[0];
        int n = w.shapeRef()[1];
        int[] outShape = {m, n};
        double[] a = x.buffer();
        double[] c = w.buffer();
        double[] bias = b.buffer();
        double[] r = Buffers.of(m * n, outShape);
        Interrupts.check();
        for (int i = 0, ri = 0; i < m; i++, ri += n) {
            double ai = a[i];
            for (int j = 0; j < n; j++) {
                r[ri + j] = (0.0 + ai * c[j]) + bias[j];
            }
        }
        return typed(outShape, r, x, w);
    }

    /**
     * {@code op(x) @ op(w)} for 2-d operands, {@code op} transposing where its flag is set,
     * without materialising the transpose; other ranks go through {@link #transpose} and
     * {@link #matmul(NDArray, NDArray)}, so results and errors are those of the composition.
     */
    static NDArray matmul(NDArray x, boolean tx, NDArray w, boolean tw) {
        int[] sx = x.shapeRef();
        int[] sw = w.shapeRef();
        if (sx.length != 2 || sw.length != 2) {
            return matmul(tx ? transpose(x, null) : x, tw ? transpose(w, null) : w);
        }
        int m = tx ? sx[1] : sx[0];
        int k = tx ? sx[0] : sx[1];
        int k2 = tw ? sw[1] : sw[0];
        int n = tw ? sw[0] : sw[1];
        if (k != k2) {
            throw new ShapeException("matmul: Input operand 1 has a mismatch in its core dimension 0, "
                    + "with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        }
        int[] outShape = {m, n};
        DType t = DType.promote(x.dtype(), w.dtype());
        if (isIntegral(t)) {
            ExactInts.Results r = new ExactInts.Results(outShape);
            integerProduct(x.longs(), 0, tx, w.longs(), 0, tw, m, k, n, t, r, 0);
            return r.array(outShape, t);
        }
        double[] r = Buffers.of(Shapes.size(outShape), outShape);
        Buffers.reserve(Gemm.scratchBytes(m, k, n), outShape);
        product(x.buffer(), tx, w.buffer(), tw, r, m, k, n);
        return typed(outShape, r, x, w);
    }

    /** An integer or bool result: numpy sums such products in integers, wrapping, never in floats. */
    private static boolean isIntegral(DType t) {
        return t.isInteger() || t.isBool();
    }

    /**
     * {@code r = op(a) op(b)} of integer operands (row-major, from the given offsets; a transposed
     * operand stored as its transpose) summed in {@code long}, which wraps at 2^64 as numpy's int64
     * does, then wrapped to {@code t} (int32, uint8; bool: any product true): exact over the whole
     * int64 range, where sums in doubles are exact only up to 2^53.
     */
    private static void integerProduct(long[] a, int ao, boolean ta, long[] b, int bo, boolean tb, int m, int k, int n,
                                       DType t, ExactInts.Results r, int ro) {
        for (int i = 0; i < m; i++) {
            if (i % 64 == 0) {
                Interrupts.check();
            }
            for (int j = 0; j < n; j++) {
                long sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += a[ao + (ta ? p * m + i : i * k + p)] * b[bo + (tb ? j * k + p : p * n + j)];
                }
                r.put(ro + i * n + j, t == DType.INT64 ? sum : (long) t.wrap(sum));
            }
        }
    }

    /** {@code r = op(a) op(b)} on the system's BLAS when it has one ({@link NativeBlas}), else on {@link Gemm}. */
    private static void product(double[] a, boolean ta, double[] b, boolean tb, double[] r, int m, int k, int n) {
        if (!NativeBlas.multiply(a, ta, b, tb, r, m, k, n)) {
            Gemm.multiply(a, ta, b, tb, r, m, k, n);
        }
    }

    /**
     * numpy's matmul with more than 2 dimensions: a stack of matrices in the leading axes,
     * broadcast as numpy broadcasts them (a 1-d operand is a row or a column, removed after).
     */
    private static NDArray batched(NDArray x, NDArray w) {
        NDArray a = x.ndim() == 1 ? x.reshape(1, x.size()) : x;
        NDArray b = w.ndim() == 1 ? w.reshape(w.size(), 1) : w;
        int[] sa = a.shapeRef();
        int[] sb = b.shapeRef();
        int m = sa[sa.length - 2];
        int k = sa[sa.length - 1];
        int k2 = sb[sb.length - 2];
        int n = sb[sb.length - 1];
        if (k != k2) {
            throw new ShapeException("matmul: Input operand 1 has a mismatch in its core dimension 0, "
                    + "with gufunc signature (n?,k),(k,m?)->(n?,m?) (size " + k2 + " is different from " + k + ")");
        }
        int[] batch = Shapes.broadcast(java.util.Arrays.copyOf(sa, sa.length - 2), java.util.Arrays.copyOf(sb, sb.length - 2));
        int[] full = java.util.Arrays.copyOf(batch, batch.length + 2);
        full[batch.length] = m;
        full[batch.length + 1] = n;
        int[] fa = java.util.Arrays.copyOf(batch, batch.length + 2);
        fa[batch.length] = m;
        fa[batch.length + 1] = k;
        int[] fb = java.util.Arrays.copyOf(batch, batch.length + 2);
        fb[batch.length] = k;
        fb[batch.length + 1] = n;
        int count = Shapes.size(batch);
        int[] out = full;
        if (x.ndim() == 1) {
            out = dropAxis(out, out.length - 2);
        }
        if (w.ndim() == 1) {
            out = dropAxis(out, out.length - 1);
        }
        DType t = DType.promote(x.dtype(), w.dtype());
        if (isIntegral(t)) {
            long[] la = a.broadcastTo(fa).longs();
            long[] lb = b.broadcastTo(fb).longs();
            ExactInts.Results ri = new ExactInts.Results(out);
            for (int i = 0; i < count; i++) {
                integerProduct(la, i * m * k, false, lb, i * k * n, false, m, k, n, t, ri, i * m * n);
            }
            return ri.array(out, t);
        }
        double[] da = a.broadcastTo(fa).buffer();
        double[] db = b.broadcastTo(fb).buffer();
        double[] r = Buffers.of(full);
        double[] pa = new double[m * k];
        double[] pb = new double[k * n];
        double[] pr = new double[m * n];
        Buffers.reserve(Gemm.scratchBytes(m, k, n), full);
        for (int i = 0; i < count; i++) {
            System.arraycopy(da, i * m * k, pa, 0, m * k);
            System.arraycopy(db, i * k * n, pb, 0, k * n);
            java.util.Arrays.fill(pr, 0.0);
            product(pa, false, pb, false, pr, m, k, n);
            System.arraycopy(pr, 0, r, i * m * n, m * n);
        }
        return typed(out, r, x, w);
    }

    private static int[] dropAxis(int[] shape, int axis) {
        int[] s = new int[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axis) {
                s[j++] = shape[i];
            }
        }
        return s;
    }

    /**
     * A floating product in the operands' promoted dtype: a float32 product is the float64 one
     * rounded once, where numpy's BLAS accumulates in float32, so the last bits may differ from
     * numpy's. (Integer products never come here: {@link #integerProduct}.)
     */
    private static NDArray typed(int[] shape, double[] r, NDArray x, NDArray w) {
        DType t = DType.promote(x.dtype(), w.dtype());
        if (t == DType.FLOAT64) {
            return new NDArray(shape, r);
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = (float) r[i];
        }
        return new NDArray(shape, r, t);
    }
}
