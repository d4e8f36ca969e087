package dezero.functions;

import dezero.core.NDArray;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Independent reference implementations for the gradient checks: plain loops over
 * multi-indices, written from numpy's definitions and the hand-derived derivatives, sharing no
 * code with the engine's kernels.
 */
final class References {
    private References() {}

    /** The value of an op and its hand-derived gradient (the vector-Jacobian product with {@code r}). */
    interface Reference {
        NDArray forward(NDArray... xs);

        NDArray[] grads(NDArray r, NDArray... xs);
    }

    /** Maps a multi-index of one array to the flat index of another. */
    @FunctionalInterface
    interface IndexMap {
        int apply(int[] index);
    }

    /** An element-wise op {@code f} with derivative {@code df}. */
    static Reference unary(DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return new Reference() {
            @Override
            public NDArray forward(NDArray... xs) {
                double[] x = xs[0].toArray();
                double[] y = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    y[i] = f.applyAsDouble(x[i]);
                }
                return NDArray.of(y, xs[0].shape());
            }

            @Override
            public NDArray[] grads(NDArray r, NDArray... xs) {
                double[] x = xs[0].toArray();
                double[] g = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    g[i] = r.flat(i) * df.applyAsDouble(x[i]);
                }
                return new NDArray[] {NDArray.of(g, xs[0].shape())};
            }
        };
    }

    /** A broadcasting binary op {@code f} with partial derivatives {@code d0} and {@code d1}. */
    static Reference binary(DoubleBinaryOperator f, DoubleBinaryOperator d0, DoubleBinaryOperator d1) {
        return new Reference() {
            @Override
            public NDArray forward(NDArray... xs) {
                int[] shape = broadcastShape(xs[0].shape(), xs[1].shape());
                double[] y = new double[size(shape)];
                forEach(shape, (o, idx) -> y[o] = f.applyAsDouble(
                        xs[0].flat(broadcastIndex(idx, xs[0].shape())), xs[1].flat(broadcastIndex(idx, xs[1].shape()))));
                return NDArray.of(y, shape);
            }

            @Override
            public NDArray[] grads(NDArray r, NDArray... xs) {
                int[] shape = broadcastShape(xs[0].shape(), xs[1].shape());
                double[] g0 = new double[xs[0].size()];
                double[] g1 = new double[xs[1].size()];
                forEach(shape, (o, idx) -> {
                    int i0 = broadcastIndex(idx, xs[0].shape());
                    int i1 = broadcastIndex(idx, xs[1].shape());
                    double a = xs[0].flat(i0);
                    double b = xs[1].flat(i1);
                    g0[i0] += r.flat(o) * d0.applyAsDouble(a, b);
                    g1[i1] += r.flat(o) * d1.applyAsDouble(a, b);
                });
                return new NDArray[] {NDArray.of(g0, xs[0].shape()), NDArray.of(g1, xs[1].shape())};
            }
        };
    }

    /**
     * A linear op that sums input elements into output elements: {@code y[toOut(i)] += x[i]}
     * (sum, sum_to). Its gradient reads {@code g[i] = r[toOut(i)]}.
     */
    static Reference scatterAdd(int[] outShape, IndexMap toOut) {
        return new Reference() {
            @Override
            public NDArray forward(NDArray... xs) {
                double[] y = new double[size(outShape)];
                forEach(xs[0].shape(), (i, idx) -> y[toOut.apply(idx)] += xs[0].flat(i));
                return NDArray.of(y, outShape);
            }

            @Override
            public NDArray[] grads(NDArray r, NDArray... xs) {
                double[] g = new double[xs[0].size()];
                forEach(xs[0].shape(), (i, idx) -> g[i] = r.flat(toOut.apply(idx)));
                return new NDArray[] {NDArray.of(g, xs[0].shape())};
            }
        };
    }

    /**
     * A linear op that reads each output element from one input element: {@code y[o] = x[fromIn(o)]}
     * (broadcast_to, reshape, transpose). Its gradient adds {@code g[fromIn(o)] += r[o]}.
     */
    static Reference gather(int[] outShape, IndexMap fromIn) {
        return new Reference() {
            @Override
            public NDArray forward(NDArray... xs) {
                double[] y = new double[size(outShape)];
                forEach(outShape, (o, idx) -> y[o] = xs[0].flat(fromIn.apply(idx)));
                return NDArray.of(y, outShape);
            }

            @Override
            public NDArray[] grads(NDArray r, NDArray... xs) {
                double[] g = new double[xs[0].size()];
                forEach(outShape, (o, idx) -> g[fromIn.apply(idx)] += r.flat(o));
                return new NDArray[] {NDArray.of(g, xs[0].shape())};
            }
        };
    }

    /** numpy's matmul of 1-d and 2-d operands by the triple loop; gradients {@code r W^T} and {@code x^T r}. */
    static Reference matmul() {
        return new Reference() {
            @Override
            public NDArray forward(NDArray... xs) {
                int[] sx = xs[0].shape();
                int[] sw = xs[1].shape();
                int m = sx.length == 2 ? sx[0] : 1;
                int k = sx[sx.length - 1];
                int n = sw.length == 2 ? sw[1] : 1;
                double[] y = new double[m * n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int p = 0; p < k; p++) {
                            y[i * n + j] += xs[0].flat(i * k + p) * xs[1].flat(p * n + j);
                        }
                    }
                }
                int[] shape = sx.length == 2 && sw.length == 2 ? new int[] {m, n}
                        : sx.length == 2 ? new int[] {m} : sw.length == 2 ? new int[] {n} : new int[0];
                return NDArray.of(y, shape);
            }

            @Override
            public NDArray[] grads(NDArray r, NDArray... xs) {
                int[] sx = xs[0].shape();
                int[] sw = xs[1].shape();
                int m = sx.length == 2 ? sx[0] : 1;
                int k = sx[sx.length - 1];
                int n = sw.length == 2 ? sw[1] : 1;
                double[] gx = new double[m * k];
                double[] gw = new double[k * n];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        for (int p = 0; p < k; p++) {
                            gx[i * k + p] += r.flat(i * n + j) * xs[1].flat(p * n + j);
                            gw[p * n + j] += xs[0].flat(i * k + p) * r.flat(i * n + j);
                        }
                    }
                }
                return new NDArray[] {NDArray.of(gx, sx), NDArray.of(gw, sw)};
            }
        };
    }

    /** numpy's broadcasting rule, written out for the tests. */
    static int[] broadcastShape(int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 1; i <= n; i++) {
            int da = i <= a.length ? a[a.length - i] : 1;
            int db = i <= b.length ? b[b.length - i] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new AssertionError("test case does not broadcast");
            }
            out[n - i] = Math.max(da, db);
        }
        return out;
    }

    /** The flat index in an array of {@code shape} that broadcasting reads for output index {@code idx}. */
    static int broadcastIndex(int[] idx, int[] shape) {
        int flat = 0;
        int lead = idx.length - shape.length;
        for (int d = 0; d < shape.length; d++) {
            flat = flat * shape[d] + (shape[d] == 1 ? 0 : idx[lead + d]);
        }
        return flat;
    }

    /** The row-major flat index of {@code idx} in {@code shape}. */
    static int flatIndex(int[] idx, int[] shape) {
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            flat = flat * shape[d] + idx[d];
        }
        return flat;
    }

    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** Visits every multi-index of {@code shape} in row-major order with its flat index. */
    static void forEach(int[] shape, IndexVisitor visit) {
        int n = size(shape);
        int[] idx = new int[shape.length];
        for (int flat = 0; flat < n; flat++) {
            int rest = flat;
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = rest % shape[d];
                rest /= shape[d];
            }
            visit.accept(flat, idx);
        }
    }

    /** Receives a flat index and the matching multi-index. */
    @FunctionalInterface
    interface IndexVisitor {
        void accept(int flat, int[] index);
    }
}
