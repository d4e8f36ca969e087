package dezero.lang.library;

import dezero.core.DType;
import dezero.core.Index;
import dezero.core.NDArray;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PySlice;
import dezero.lang.runtime.PyTuple;
import java.util.List;

/** Python subscripts of arrays ({@code a[1:, ::2]}, {@code a[mask]}, {@code a[np.arange(n), t]}) as numpy indices. */
final class NpIndex {
    private NpIndex() {}

    /** {@code a[key]}: a view for basic indices, as numpy's. */
    static NDArray get(NDArray a, Object key) {
        return a.view(indices(key));
    }

    static void set(NDArray a, Object key, Object value) {
        NDArray v = NpArrays.operand(value);
        if (v == null) {
            throw Py.typeError("float() argument must be a string or a real number, not '" + Py.typeName(value) + "'");
        }
        a.set(v, indices(key));
    }

    static Index[] indices(Object key) {
        if (key instanceof PyTuple t) {
            Index[] out = new Index[t.items.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = one(t.items[i]);
            }
            return out;
        }
        return new Index[] {one(key)};
    }

    private static Index one(Object k) {
        if (k instanceof Long l) {
            return Index.at(l);
        }
        if (k instanceof Boolean b) {
            return Index.array(NDArray.bools(new boolean[] {b}));
        }
        if (k instanceof PySlice s) {
            return Index.slice(part(s.start()), part(s.stop()), part(s.step()));
        }
        if (k == PyNone.NONE) {
            return Index.NEWAXIS;
        }
        if (k == PyNone.ELLIPSIS) {
            return Index.ELLIPSIS;
        }
        if (k instanceof NpScalar s && s.array().dtype().isInteger()) {
            return Index.at((long) s.array().item());
        }
        if (k instanceof NDArray a) {
            if (!a.dtype().isInteger() && !a.dtype().isBool()) {
                throw Py.indexError("arrays used as indices must be of integer (or boolean) type");
            }
            return Index.array(a);
        }
        if (k instanceof PyList l) {
            NDArray a = l.items.isEmpty() ? NDArray.zeros(DType.INT64, 0) : NpArrays.array(l, null);
            if (!a.dtype().isInteger() && !a.dtype().isBool()) {
                throw Py.indexError("arrays used as indices must be of integer (or boolean) type");
            }
            return Index.array(a);
        }
        if (Py.specialMethod(k, "__index__") != null) {
            return Index.at(Py.index(k));
        }
        throw Py.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
                + "boolean arrays are valid indices");
    }

    private static Integer part(Object v) {
        if (v == PyNone.NONE) {
            return null;
        }
        long i = Py.index(v);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i));
    }

}
