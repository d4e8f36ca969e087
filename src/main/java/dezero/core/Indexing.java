package dezero.core;

import java.util.ArrayList;
import java.util.List;

/**
 * numpy's indexing rules: an index expression becomes the shape of the result and, for each
 * result element in row-major order, the flat offset of the element it reads (or writes).
 * Basic indices (integers, slices, newaxis, ellipsis) and advanced ones (integer arrays,
 * boolean masks) mix as numpy's do: the broadcast shape of the advanced indices takes the
 * place of the first of them when they are adjacent, else it comes first.
 */
final class Indexing {
    private Indexing() {}

    /**
     * What an index expression selects: the result's shape and the source offset of each
     * element; {@code offsets} is null when the selection is one contiguous run from {@code start}
     * ({@code x[...]}, a row {@code x[i]}, rows {@code x[i:j]}), so no offset table is built.
     */
    record Selection(int[] shape, int[] offsets, boolean advanced, int start) {
        /** The source offset of the k-th selected element. */
        int offset(int k) {
            return offsets == null ? start + k : offsets[k];
        }

        int size() {
            return offsets == null ? Shapes.size(shape) : offsets.length;
        }
    }

    /** An index with one input axis resolved: a basic axis, or one advanced index array. */
    private sealed interface Item permits Basic, Advanced, Axis { }

    /** An output axis from a slice or newaxis: {@code len} elements {@code stride} apart from {@code base}. */
    private record Basic(int len, int stride, int base) implements Item { }

    /** An integer array over input axis {@code axis} of {@code size} elements (bounds checked after broadcasting). */
    private record Advanced(NDArray indices, int stride, int axis, int size) implements Item { }

    /** An integer index over axis {@code axis} of {@code size}: moves the base offset (or is advanced beside arrays). */
    private record Axis(long index, int stride, int axis, int size) implements Item { }

    static Selection select(int[] shape, Index[] index) {
        Index[] expanded = expand(shape, index);
        int[] strides = Shapes.strides(shape);
        List<Item> items = new ArrayList<>();
        boolean anyArray = false;
        int dim = 0;
        for (Index ix : expanded) {
            if (ix == Index.NEWAXIS) {
                items.add(new Basic(1, 0, 0));
            } else if (ix instanceof Index.At at) {
                items.add(new Axis(at.index(), strides[dim], dim, shape[dim]));
                dim++;
            } else if (ix instanceof Index.Slice s) {
                int[] r = sliceIndices(s, shape[dim]);
                items.add(new Basic(r[2], r[1] * strides[dim], r[0] * strides[dim]));
                dim++;
            } else if (ix instanceof Index.Array arr) {
                anyArray = true;
                NDArray a = arr.indices();
                if (a.dtype() == DType.BOOL) {
                    for (NDArray nz : nonzero(a, shape, dim)) {
                        items.add(new Advanced(nz, strides[dim], dim, shape[dim]));
                        dim++;
                    }
                } else {
                    items.add(new Advanced(a, strides[dim], dim, shape[dim]));
                    dim++;
                }
            }
        }
        return anyArray ? advanced(items) : basic(items);
    }

    /** Only basic indices: integers fix an offset, slices and newaxis are axes of the result. */
    private static Selection basic(List<Item> items) {
        checkIntegers(items);
        int base = 0;
        List<Basic> axes = new ArrayList<>();
        for (Item it : items) {
            if (it instanceof Axis a) {
                base += (int) a.index() * a.stride();
            } else {
                Basic b = (Basic) it;
                base += b.base();
                axes.add(b);
            }
        }
        int[] shape = new int[axes.size()];
        int[] st = new int[axes.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = axes.get(i).len();
            st[i] = axes.get(i).stride();
        }
        if (contiguous(shape, st)) {
            return new Selection(shape, null, false, base);
        }
        return new Selection(shape, offsets(shape, st, base, null, -1), false, 0);
    }

    /**
     * With index arrays: integers count as 0-d arrays; all of them broadcast together; the
     * broadcast block sits where the first one was if they are adjacent, else in front.
     */
    private static Selection advanced(List<Item> items) {
        checkIntegers(items);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Advanced || items.get(i) instanceof Axis) {
                positions.add(i);
            }
        }
        int[] bshape = Shapes.SCALAR;
        StringBuilder shapes = new StringBuilder();
        boolean mismatch = false;
        for (int p : positions) {
            if (items.get(p) instanceof Advanced a) {
                int[] s = a.indices().shapeRef();
                shapes.append(Shapes.compact(s)).append(' ');
                try {
                    bshape = Shapes.broadcast(bshape, s);
                } catch (ShapeException e) {
                    mismatch = true;
                }
            }
        }
        if (mismatch) {
            throw new IndexException("shape mismatch: indexing arrays could not be broadcast together with shapes "
                    + shapes);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Advanced a) {
                items.set(i, new Advanced(checked(a.indices(), a.axis(), a.size()), a.stride(), a.axis(), a.size()));
            }
        }
        int bsize = Shapes.size(bshape);
        int[] table = new int[bsize];
        for (int p : positions) {
            Item it = items.get(p);
            if (it instanceof Axis a) {
                int add = (int) a.index() * a.stride();
                for (int k = 0; k < bsize; k++) {
                    table[k] += add;
                }
            } else {
                Advanced a = (Advanced) it;
                double[] ix = a.indices().buffer();
                int[] st = Shapes.broadcastStrides(a.indices().shapeRef(), bshape);
                int[] idx = new int[bshape.length];
                int src = 0;
                for (int k = 0; k < bsize; k++) {
                    table[k] += (int) ix[src] * a.stride();
                    for (int d = bshape.length - 1; d >= 0; d--) {
                        src += st[d];
                        if (++idx[d] < bshape[d]) {
                            break;
                        }
                        src -= st[d] * bshape[d];
                        idx[d] = 0;
                    }
                }
            }
        }
        boolean adjacent = positions.get(positions.size() - 1) - positions.get(0) == positions.size() - 1;
        List<Basic> before = new ArrayList<>();
        List<Basic> after = new ArrayList<>();
        int base = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Basic b) {
                base += b.base();
                (adjacent && i < positions.get(0) ? before : after).add(b);
            }
        }
        int nd = before.size() + 1 + after.size();
        int[] outer = new int[nd];
        int[] st = new int[nd];
        for (int i = 0; i < before.size(); i++) {
            outer[i] = before.get(i).len();
            st[i] = before.get(i).stride();
        }
        int block = before.size();
        outer[block] = bsize;
        for (int i = 0; i < after.size(); i++) {
            outer[block + 1 + i] = after.get(i).len();
            st[block + 1 + i] = after.get(i).stride();
        }
        int[] offsets = offsets(outer, st, base, table, block);
        int[] shape = new int[nd - 1 + bshape.length];
        System.arraycopy(outer, 0, shape, 0, block);
        System.arraycopy(bshape, 0, shape, block, bshape.length);
        System.arraycopy(outer, block + 1, shape, block + bshape.length, after.size());
        return new Selection(shape, offsets, true, 0);
    }

    /** Bounds-checks the integer indices (numpy does it after the masks, before broadcasting the arrays), making them non-negative. */
    private static void checkIntegers(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Axis a) {
                items.set(i, new Axis(checked(a.index(), a.axis(), a.size()), a.stride(), a.axis(), a.size()));
            }
        }
    }

    /** True if axes with these strides walk memory in row-major order without gaps (axes of length 1 aside). */
    private static boolean contiguous(int[] shape, int[] strides) {
        int expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) {
                continue;
            }
            if (strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** Row-major offsets over axes of {@code shape} with {@code strides}; axis {@code tableAxis} reads {@code table}. */
    private static int[] offsets(int[] shape, int[] strides, int base, int[] table, int tableAxis) {
        int n = Shapes.size(shape);
        Buffers.reserve(4L * n, shape);
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int k = 0; k < n; k++) {
            int o = base;
            for (int d = 0; d < nd; d++) {
                o += d == tableAxis ? table[idx[d]] : idx[d] * strides[d];
            }
            out[k] = o;
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    /** Replaces the ellipsis (or appends) full slices so that every axis is indexed; numpy's errors. */
    private static Index[] expand(int[] shape, Index[] index) {
        int used = 0;
        int ellipses = 0;
        for (Index ix : index) {
            if (ix == Index.ELLIPSIS) {
                ellipses++;
            } else if (ix instanceof Index.Array a && a.indices().dtype() == DType.BOOL) {
                used += Math.max(a.indices().ndim(), 1);
            } else if (ix != Index.NEWAXIS) {
                used++;
            }
        }
        if (ellipses > 1) {
            throw new IndexException("an index can only have a single ellipsis ('...')");
        }
        if (used > shape.length) {
            throw new IndexException("too many indices for array: array is " + shape.length
                    + "-dimensional, but " + used + " were indexed");
        }
        List<Index> out = new ArrayList<>();
        int fill = shape.length - used;
        for (Index ix : index) {
            if (ix == Index.ELLIPSIS) {
                for (int i = 0; i < fill; i++) {
                    out.add(Index.ALL);
                }
                fill = 0;
            } else {
                out.add(ix);
            }
        }
        for (int i = 0; i < fill; i++) {
            out.add(Index.ALL);
        }
        return out.toArray(new Index[0]);
    }

    private static int checked(long i, int axis, int size) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) {
            throw new IndexException("index " + i + " is out of bounds for axis " + axis + " with size " + size);
        }
        return (int) k;
    }

    /** The index array with negative entries resolved, each checked against the axis. */
    private static NDArray checked(NDArray a, int axis, int size) {
        double[] v = a.buffer();
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = checked((long) v[i], axis, size);
        }
        return new NDArray(a.shapeRef(), r, DType.INT64);
    }

    /** A boolean mask's nonzero() index arrays, one per axis it covers; its shape must match them. */
    private static List<NDArray> nonzero(NDArray mask, int[] shape, int dim) {
        int[] ms = mask.shapeRef();
        for (int i = 0; i < ms.length; i++) {
            if (ms[i] != shape[dim + i]) {
                throw new IndexException("boolean index did not match indexed array along axis " + (dim + i)
                        + "; size of axis is " + shape[dim + i] + " but size of corresponding boolean axis is " + ms[i]);
            }
        }
        return List.of(mask.nonzero());
    }

    /** Python's {@code slice.indices(len)}: start, step and the number of elements. */
    static int[] sliceIndices(Index.Slice s, int len) {
        int step = s.step() == null ? 1 : s.step();
        if (step == 0) {
            throw new ArgumentException("slice step cannot be zero");
        }
        int lower = step > 0 ? 0 : -1;
        int upper = step > 0 ? len : len - 1;
        int start = s.start() == null ? (step > 0 ? lower : upper) : clamp(s.start(), len, lower, upper);
        int stop = s.stop() == null ? (step > 0 ? upper : lower) : clamp(s.stop(), len, lower, upper);
        int n;
        if (step > 0) {
            n = stop > start ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / -step + 1 : 0;
        }
        return new int[] {start, step, n};
    }

    private static int clamp(int v, int len, int lower, int upper) {
        long k = v < 0 ? (long) v + len : v;
        if (k < lower) {
            return lower;
        }
        return (int) Math.min(k, upper);
    }
}
