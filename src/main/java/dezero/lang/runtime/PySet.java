package dezero.lang.runtime;

import java.util.LinkedHashMap;

/** A Python set: unique keys (by Python equality), kept in insertion order; the original objects are kept. */
public final class PySet {
    public final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    public boolean add(Object v) {
        return map.putIfAbsent(Key.of(v), v) == null;
    }

    public boolean contains(Object v) {
        return map.containsKey(Key.of(v));
    }

    public boolean remove(Object v) {
        return map.remove(Key.of(v)) != null;
    }

    public int size() {
        return map.size();
    }
}
