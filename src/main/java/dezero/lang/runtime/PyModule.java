package dezero.lang.runtime;

import java.util.LinkedHashMap;

/** A module: a name and its attributes ({@code np}, {@code math}, a user's {@code helper.py}). */
public final class PyModule {
    public final String name;
    public final LinkedHashMap<String, Object> dict;

    public PyModule(String name) {
        this(name, new LinkedHashMap<>());
    }

    /** A module whose names live in {@code dict} (a front end's map that watches what the names let go of). */
    public PyModule(String name, LinkedHashMap<String, Object> dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", name);
    }

    public PyModule with(String key, Object value) {
        dict.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
