package dezero.lang.runtime;

import java.util.LinkedHashMap;

/**
 * A Python dict: insertion-ordered; keys compare as Python's do ({@code 1 == 1.0 == True}) through
 * {@link Key}.
 */
public final class PyDict {
    public final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    public Object get(Object key) {
        return map.get(Key.of(key));
    }

    public void put(Object key, Object value) {
        map.put(Key.of(key), value);
    }

    public boolean containsKey(Object key) {
        return map.containsKey(Key.of(key));
    }

    public Object remove(Object key) {
        return map.remove(Key.of(key));
    }

    public int size() {
        return map.size();
    }
}
