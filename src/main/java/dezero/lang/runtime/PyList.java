package dezero.lang.runtime;

import java.util.ArrayList;
import java.util.List;

/** A Python list: a growable sequence, mutable in place. */
public final class PyList {
    public final ArrayList<Object> items;

    public PyList() {
        this.items = new ArrayList<>();
    }

    public PyList(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    /** A list that takes {@code items} as its storage (not copied). */
    public static PyList wrap(ArrayList<Object> items) {
        return new PyList(items, true);
    }

    private PyList(ArrayList<Object> items, boolean owned) {
        this.items = items;
    }

    public int size() {
        return items.size();
    }
}
