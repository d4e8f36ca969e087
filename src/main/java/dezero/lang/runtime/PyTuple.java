package dezero.lang.runtime;

import java.util.Arrays;
import java.util.List;

/** A Python tuple: immutable, compared and hashed by its items. */
public final class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object... items) {
        this.items = items;
    }

    public static PyTuple of(List<?> items) {
        return new PyTuple(items.toArray());
    }

    public int size() {
        return items.length;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyTuple t) || t.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (!Ops.eq(items[i], t.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0x345678;
        for (Object o : items) {
            h = h * 1000003 ^ Ops.hash(o);
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
