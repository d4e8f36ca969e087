package dezero.lang.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A function call's local names: a few entries in two arrays, found by identity first (names
 * are interned by the tokenizer) and then by equality. A call has few locals, so this beats a
 * hash table, whose table is allocated on the first store of every call.
 */
final class Locals extends AbstractMap<String, Object> {
    private String[] keys = new String[6];
    private Object[] values = new Object[6];
    private int size;

    private int indexOf(Object key) {
        int same = indexOfSame(key);
        if (same >= 0) {
            return same;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value of {@code key} if it is stored under this very string, else null: a name of the
     * parsed code (interned) finds its local without any string compared; a miss says nothing.
     */
    Object getSame(String key) {
        int i = indexOfSame(key);
        return i < 0 ? null : values[i];
    }

    /** Where {@code key} itself (not an equal string) is stored, or -1. */
    private int indexOfSame(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = i++;
                        return new SimpleEntry<>(keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
