package dezero.core;

/** Joining arrays along an axis: numpy's {@code concatenate} and {@code stack}, with numpy's errors. */
final class Joins {
    private Joins() {}

    static NDArray concatenate(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw new ArgumentException("need at least one array to concatenate");
        }
        int[] first = arrays[0].shapeRef();
        int nd = first.length;
        if (nd == 0) {
            throw new ArgumentException("zero-dimensional arrays cannot be concatenated");
        }
        int ax = Shapes.axis(axis, nd);
        DType t = arrays[0].dtype();
        int total = 0;
        for (int i = 0; i < arrays.length; i++) {
            int[] s = arrays[i].shapeRef();
            if (s.length != nd) {
                throw new ArgumentException("all the input arrays must have same number of dimensions, but the array at "
                        + "index 0 has " + nd + " dimension(s) and the array at index " + i + " has " + s.length
                        + " dimension(s)");
            }
            for (int d = 0; d < nd; d++) {
                if (d != ax && s[d] != first[d]) {
                    throw new ArgumentException("all the input array dimensions except for the concatenation axis must "
                            + "match exactly, but along dimension " + d + ", the array at index 0 has size " + first[d]
                            + " and the array at index " + i + " has size " + s[d]);
                }
            }
            total += s[ax];
            if (i > 0) {
                t = DType.promote(t, arrays[i].dtype());
            }
        }
        int[] shape = first.clone();
        shape[ax] = total;
        double[] r = Buffers.of(shape);
        int outer = 1;
        for (int d = 0; d < ax; d++) {
            outer *= shape[d];
        }
        int inner = 1;
        for (int d = ax + 1; d < nd; d++) {
            inner *= shape[d];
        }
        int o = 0;
        for (int block = 0; block < outer; block++) {
            for (NDArray a : arrays) {
                int chunk = a.shapeRef()[ax] * inner;
                NDArray c = a.dtype() == t ? a : a.astype(t);
                System.arraycopy(c.buffer(), block * chunk, r, o, chunk);
                o += chunk;
            }
        }
        return new NDArray(shape, r, t).withExact(exactJoined(arrays, t, outer, ax, inner, r.length));
    }

    /** The exact values of an int64 concatenation, laid out as its doubles are; null when none of the arrays has any. */
    private static long[] exactJoined(NDArray[] arrays, DType t, int outer, int ax, int inner, int size) {
        boolean any = false;
        for (NDArray a : arrays) {
            any |= a.exactOrNull() != null;
        }
        if (t != DType.INT64 || !any) {
            return null;
        }
        long[][] values = new long[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            values[i] = arrays[i].astype(t).longs();
        }
        long[] e = new long[size];
        int o = 0;
        for (int block = 0; block < outer; block++) {
            for (int i = 0; i < arrays.length; i++) {
                int chunk = arrays[i].shapeRef()[ax] * inner;
                System.arraycopy(values[i], block * chunk, e, o, chunk);
                o += chunk;
            }
        }
        return e;
    }

    static NDArray stack(NDArray[] arrays, int axis) {
        if (arrays.length == 0) {
            throw new ArgumentException("need at least one array to stack");
        }
        int[] first = arrays[0].shapeRef();
        for (NDArray a : arrays) {
            if (!java.util.Arrays.equals(a.shapeRef(), first)) {
                throw new ArgumentException("all input arrays must have the same shape");
            }
        }
        int ax = Shapes.axis(axis, first.length + 1);
        if (ax == 0) {
            NDArray rows = rows(arrays, first);
            if (rows != null) {
                return rows;
            }
        }
        NDArray[] expanded = new NDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            expanded[i] = arrays[i].expandDims(ax);
        }
        return concatenate(expanded, ax);
    }

    /**
     * {@code stack(arrays, 0)} of arrays of one shape and dtype, none with exact int64 values
     * (those take the general path): each array's values copied in one piece into its row, where
     * the general path expands every array and concatenates them. {@code np.array} of a batch's
     * examples comes here. Null when the arrays do not qualify.
     */
    private static NDArray rows(NDArray[] arrays, int[] shape) {
        DType dtype = arrays[0].dtype();
        for (NDArray a : arrays) {
            if (a.dtype() != dtype || a.exactOrNull() != null) {
                return null;
            }
        }
        int[] out = new int[shape.length + 1];
        out[0] = arrays.length;
        System.arraycopy(shape, 0, out, 1, shape.length);
        double[] r = Buffers.of(out);
        int length = Shapes.size(shape);
        for (int i = 0; i < arrays.length; i++) {
            System.arraycopy(arrays[i].buffer(), 0, r, i * length, length);
        }
        return new NDArray(out, r, dtype);
    }
}
