package dezero.lang.runtime;

/**
 * What {@link PyType#lookup} found along a class's MRO, name by name: an immutable open-addressing
 * table, replaced whole when a name is added, so that readers on any thread need no lock and
 * no volatile read per probe. Under C1, which the launcher runs, a {@code ConcurrentHashMap}'s
 * get is several calls (its volatile table reads are not inlined) and took a tenth of an
 * attribute access; this one's probe inlines into the caller. Names of parsed code are interned
 * strings, so a probe usually ends on identity before {@code equals}.
 */
final class FoundAttributes {
    /** The table of nothing found yet, for {@code stamp} (the count of class changes it is good for). */
    static FoundAttributes empty(int stamp) {
        return new FoundAttributes(new String[8], new Object[8], 0, stamp);
    }

    private final String[] names;
    private final Object[] values;
    private final int size;
    /** The value of {@code PyType.changes} when the entries were found; stale once it moves. */
    final int stamp;

    private FoundAttributes(String[] names, Object[] values, int size, int stamp) {
        this.names = names;
        this.values = values;
        this.size = size;
        this.stamp = stamp;
    }

    /** The value kept for {@code name}, or null when there is none. */
    Object get(String name) {
        int mask = names.length - 1;
        for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
            String n = names[i];
            if (n == null) {
                return null;
            }
            if (n == name || n.equals(name)) {
                return values[i];
            }
        }
    }

    /** A copy with {@code name} kept as {@code value} (a name already there keeps its value). */
    FoundAttributes with(String name, Object value) {
        if (get(name) != null) {
            return this;
        }
        // At most half full, so that every probe meets an empty slot soon.
        int capacity = names.length;
        while (2 * (size + 1) > capacity) {
            capacity *= 2;
        }
        String[] n = new String[capacity];
        Object[] v = new Object[capacity];
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                put(n, v, names[i], values[i]);
            }
        }
        put(n, v, name, value);
        return new FoundAttributes(n, v, size + 1, stamp);
    }

    private static void put(String[] n, Object[] v, String name, Object value) {
        int mask = n.length - 1;
        int i = name.hashCode() & mask;
        while (n[i] != null) {
            i = (i + 1) & mask;
        }
        n[i] = name;
        v[i] = value;
    }
}
