package dezero.core;

/** Sums over axes, {@code sum_to} and {@code broadcast_to}: the broadcasting pair of DeZero. */
final class Reductions {
    private static final int PAIRWISE_BLOCK = 128;

    private Reductions() {}

    /** numpy's pairwise summation of {@code a[from, from+n)}: the same rounding as numpy's sum. */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= PAIRWISE_BLOCK) {
            double r0 = a[from], r1 = a[from + 1], r2 = a[from + 2], r3 = a[from + 3];
            double r4 = a[from + 4], r5 = a[from + 5], r6 = a[from + 6], r7 = a[from + 7];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                int k = from + i;
                r0 += a[k];
                r1 += a[k + 1];
                r2 += a[k + 2];
                r3 += a[k + 3];
                r4 += a[k + 4];
                r5 += a[k + 5];
                r6 += a[k + 6];
                r7 += a[k + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
    }

    /**
     * Sum over the axes flagged in {@code reduce} (one flag per axis of {@code x}), keeping
     * reduced axes as 1 when {@code keepdims}.
     */
    static NDArray sum(NDArray x, boolean[] reduce, boolean keepdims) {
        int[] shape = x.shapeRef();
        int nd = shape.length;
        int[] kept = new int[nd];
        int outDims = 0;
        boolean any = false;
        for (int i = 0; i < nd; i++) {
            kept[i] = reduce[i] ? 1 : shape[i];
            any |= reduce[i];
            if (!reduce[i]) {
                outDims++;
            }
        }
        int[] outShape = keepdims ? kept : new int[outDims];
        if (!keepdims) {
            for (int i = 0, k = 0; i < nd; i++) {
                if (!reduce[i]) {
                    outShape[k++] = shape[i];
                }
            }
        }
        double[] a = x.buffer();
        DType t = sumType(x.dtype());
        boolean f32 = t == DType.FLOAT32;
        if (!any) {
            double[] copy = Buffers.of(a.length, outShape);
            System.arraycopy(a, 0, copy, 0, a.length);
            return new NDArray(outShape, copy, t);
        }
        double[] r = Buffers.of(kept);
        boolean allReduced = r.length == 1;
        if (allReduced) {
            r[0] = f32 ? pairwiseSumFloat(a, 0, a.length) : pairwiseSum(a, 0, a.length);
            return new NDArray(outShape, r, t);
        }
        int inner = shape[nd - 1];
        if (reduce[nd - 1] && inner > 0) {
            // Contiguous rows reduced pairwise, as numpy does along the last axis.
            int[] outStrides = Shapes.broadcastStrides(kept, shape);
            int[] idx = new int[nd];
            int o = 0;
            for (int base = 0; base < a.length; base += inner) {
                if (f32) {
                    r[o] = (float) (r[o] + pairwiseSumFloat(a, base, inner));
                } else {
                    r[o] += pairwiseSum(a, base, inner);
                }
                o = advance(idx, shape, outStrides, o, nd - 2);
            }
            return new NDArray(outShape, r, t);
        }
        if (a.length == 0) {
            return new NDArray(outShape, r, t);
        }
        if (nd == 2 && !f32) {
            // Rows added into one row (a bias's gradient, sum over axis 0), in the general loop's
            // order, without its index bookkeeping per row.
            for (int base = 0; base < a.length; base += inner) {
                for (int j = 0; j < inner; j++) {
                    r[j] += a[base + j];
                }
            }
            return new NDArray(outShape, r, t);
        }
        int[] outStrides = Shapes.broadcastStrides(kept, shape);
        int[] idx = new int[nd];
        int o = 0;
        int so = outStrides[nd - 1];
        for (int base = 0; base < a.length; base += inner) {
            if (f32) {
                for (int j = 0; j < inner; j++) {
                    r[o + j * so] = (float) (r[o + j * so] + a[base + j]);
                }
            } else {
                for (int j = 0; j < inner; j++) {
                    r[o + j * so] += a[base + j];
                }
            }
            o = advance(idx, shape, outStrides, o, nd - 2);
        }
        return new NDArray(outShape, r, t);
    }

    /** The dtype of numpy's sum: integers and bool sum to int64, floats keep their dtype. */
    static DType sumType(DType t) {
        return t.isFloat() ? t : DType.INT64;
    }

    /** {@link #pairwiseSum} in float32 arithmetic (each addition rounded to float), as numpy's FLOAT_pairwise_sum. */
    static double pairwiseSumFloat(double[] a, int from, int n) {
        if (n < 8) {
            float res = 0.0f;
            for (int i = 0; i < n; i++) {
                res += (float) a[from + i];
            }
            return res;
        }
        if (n <= PAIRWISE_BLOCK) {
            float r0 = (float) a[from], r1 = (float) a[from + 1], r2 = (float) a[from + 2], r3 = (float) a[from + 3];
            float r4 = (float) a[from + 4], r5 = (float) a[from + 5], r6 = (float) a[from + 6], r7 = (float) a[from + 7];
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                int k = from + i;
                r0 += (float) a[k];
                r1 += (float) a[k + 1];
                r2 += (float) a[k + 2];
                r3 += (float) a[k + 3];
                r4 += (float) a[k + 4];
                r5 += (float) a[k + 5];
                r6 += (float) a[k + 6];
                r7 += (float) a[k + 7];
            }
            float res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += (float) a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return (float) (pairwiseSumFloat(a, from, n2) + pairwiseSumFloat(a, from + n2, n - n2));
    }

    /** Odometer step over axes {@code [0, last]}, moving the offset {@code o} by {@code strides}. */
    private static int advance(int[] idx, int[] shape, int[] strides, int o, int last) {
        for (int d = last; d >= 0; d--) {
            o += strides[d];
            if (++idx[d] < shape[d]) {
                return o;
            }
            o -= strides[d] * shape[d];
            idx[d] = 0;
        }
        return o;
    }

    /** DeZero's {@code utils.sum_to}: sums {@code x} down to {@code shape}. */
    static NDArray sumTo(NDArray x, int[] shape) {
        int[] xs = x.shapeRef();
        if (java.util.Arrays.equals(xs, shape)) {
            return x;
        }
        int lead = xs.length - shape.length;
        if (lead < 0) {
            throw new ShapeException("cannot sum shape " + Shapes.compact(xs) + " to shape "
                    + Shapes.compact(shape) + ": the target has more dimensions");
        }
        boolean[] reduce = new boolean[xs.length];
        for (int i = 0; i < xs.length; i++) {
            if (i < lead) {
                reduce[i] = true;
            } else if (shape[i - lead] == 1) {
                reduce[i] = xs[i] != 1;
            } else if (shape[i - lead] != xs[i]) {
                throw new ShapeException("cannot sum shape " + Shapes.compact(xs) + " to shape "
                        + Shapes.compact(shape));
            }
        }
        NDArray kept = sum(x, reduce, true);
        return new NDArray(java.util.Arrays.copyOf(shape, shape.length), kept.buffer(), x.dtype());
    }

    /** numpy's {@code broadcast_to}. */
    static NDArray broadcastTo(NDArray x, int[] shape) {
        int[] xs = x.shapeRef();
        if (java.util.Arrays.equals(xs, shape)) {
            return x;
        }
        boolean ok = shape.length >= xs.length;
        for (int i = 0; ok && i < xs.length; i++) {
            int d = xs[xs.length - 1 - i];
            ok = d == 1 || d == shape[shape.length - 1 - i];
        }
        if (!ok) {
            // numpy's text, its two spaces before "and" included.
            throw new ShapeException("operands could not be broadcast together with remapped shapes "
                    + "[original->remapped]: " + Shapes.compact(xs) + "  and requested shape " + Shapes.compact(shape));
        }
        int[] target = shape.clone();
        double[] r = Buffers.of(target);
        if (r.length == 0) {
            return new NDArray(target, r, x.dtype());
        }
        double[] a = x.buffer();
        int nd = target.length;
        int[] st = Shapes.broadcastStrides(xs, target);
        int inner = target[nd - 1];
        int si = st[nd - 1];
        int[] idx = new int[nd];
        int ia = 0;
        for (int o = 0; o < r.length; o += inner) {
            if (si == 0) {
                java.util.Arrays.fill(r, o, o + inner, a[ia]);
            } else {
                System.arraycopy(a, ia, r, o, inner);
            }
            ia = advance(idx, target, st, ia, nd - 2);
        }
        return new NDArray(target, r, x.dtype());
    }
}
