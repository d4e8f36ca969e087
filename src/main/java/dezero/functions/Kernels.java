package dezero.functions;

import dezero.core.NDArray;
import dezero.core.ShapeException;

/** Array helpers shared by ops: DeZero's {@code utils.logsumexp} and axis normalisation. */
final class Kernels {
    private Kernels() {}

    /** DeZero's {@code utils.logsumexp(x, axis)}: {@code max + log(sum(exp(x - max)))}, keeping the axes. */
    static NDArray logsumexp(NDArray x, int... axis) {
        NDArray m = x.max(axis, true);
        NDArray s = x.sub(m).exp().sum(axis, true).log();
        return m.add(s);
    }

    /** One flag per axis of an {@code nd}-dimensional array: reduced by {@code axes} (null: all). */
    static boolean[] reduced(int[] axes, int nd) {
        boolean[] reduce = new boolean[nd];
        if (axes == null) {
            java.util.Arrays.fill(reduce, true);
        } else {
            for (int a : axes) {
                if (a < -nd || a >= nd) {
                    throw new ShapeException("axis " + a + " is out of bounds for array of dimension " + nd);
                }
                reduce[a < 0 ? a + nd : a] = true;
            }
        }
        return reduce;
    }

    /** A shape as numpy prints it: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeText(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
