package dezero.lang.runtime;

import java.util.LinkedHashMap;

/**
 * A Python dict: insertion-ordered; keys compare as Python's do ({@code 1 == 1.0 == True}) through
 * {@link Key}.
 */
public final class PyDict {
    public final LinkedHashMap<Object, Object> map;

    public PyDict() {
        this.map = new LinkedHashMap<>();
    }

    /** A dict over a namespace's own map (what {@code globals()} returns): changes go both ways. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static PyDict view(java.util.Map<String, Object> namespace) {
        return new PyDict((LinkedHashMap) namespace);
    }

    private PyDict(LinkedHashMap<Object, Object> map) {
        this.map = map;
    }

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
