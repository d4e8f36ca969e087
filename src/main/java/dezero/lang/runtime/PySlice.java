package dezero.lang.runtime;

/** {@code slice(start, stop, step)}: each part is a Python value or None. */
public record PySlice(Object start, Object stop, Object step) {
    /** The indices this slice selects in a sequence of {@code length}: {start, stop, step, count}, as CPython's. */
    public long[] indices(long length) {
        long st = step == PyNone.NONE ? 1 : Py.index(step);
        if (st == 0) {
            throw Py.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Py.index(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : clamp(Py.index(stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : clamp(Py.index(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Py.index(stop), length, -1, length - 1);
        }
        long count = st > 0 ? (hi > lo ? (hi - lo + st - 1) / st : 0) : (lo > hi ? (lo - hi - st - 1) / -st : 0);
        return new long[] {lo, hi, st, count};
    }

    private static long clamp(long i, long length, long min, long max) {
        if (i < 0) {
            i += length;
        }
        return Math.max(min, Math.min(max, i));
    }
}
