package dezero.functions;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;

/** DeZero's {@code get_item}: {@code x[slices]}; the gradient is scattered back by {@link GetItemGrad}. */
public final class GetItem extends Function {
    /** What an index picks, and how its gradient goes back ({@code np.add.at}: repeated picks accumulate). */
    public interface Selection {
        /** {@code x[index]}. */
        NDArray take(NDArray x);

        /** {@code np.add.at(zeros(inShape), index, gy)}. */
        NDArray addAt(int[] inShape, NDArray gy);

        /** {@code x[rows]} for int row ids of shape {@code rowsShape} ({@code ()} for one row: {@code x[i]}). */
        static Selection rows(int[] rows, int[] rowsShape) {
            int[] ids = rows.clone();
            int[] shape = rowsShape.clone();
            return new Selection() {
                @Override
                public NDArray take(NDArray x) {
                    return Kernels.takeRows(x, ids, shape);
                }

                @Override
                public NDArray addAt(int[] inShape, NDArray gy) {
                    return Kernels.addAtRows(inShape, ids, gy);
                }
            };
        }

        /** {@code x[np.arange(n), cols]} of a 2-d x: one element per row. */
        static Selection pairs(int n, int[] cols) {
            int[] c = cols.clone();
            return new Selection() {
                @Override
                public NDArray take(NDArray x) {
                    int width = x.shape()[1];
                    double[] a = x.toArray();
                    double[] out = new double[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i * width + Kernels.row(c[i], width)];
                    }
                    return NDArray.of(out, x.dtype(), n);
                }

                @Override
                public NDArray addAt(int[] inShape, NDArray gy) {
                    int width = inShape[1];
                    double[] out = new double[inShape[0] * width];
                    for (int i = 0; i < n; i++) {
                        out[i * width + Kernels.row(c[i], width)] += gy.flat(i);
                    }
                    return NDArray.of(out, gy.dtype(), inShape);
                }
            };
        }
    }

    private final Selection slices;

    /** DeZero's {@code GetItem(slices)}. */
    public GetItem(Selection slices) {
        this.slices = slices;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        return outputs(slices.take(xs[0]));
    }

    @Override
    public Variable[] backward(Variable... gys) {
        return grads(new GetItemGrad(slices, input(0).shape()).apply(gys[0]));
    }
}
