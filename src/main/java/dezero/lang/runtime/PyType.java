package dezero.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: a built-in type ({@code int}, {@code list}, {@code Variable}) or a user class.
 * Attributes are found along the method resolution order; a user class may derive from a built-in
 * class whose instances carry a Java peer (DeZero's {@code Function}, {@code Layer}, ...).
 */
public final class PyType {
    public final String name;
    /**
     * The name CPython's own error messages give the type (its C {@code tp_name}): the name,
     * except for the types of a C extension, which carry their module ({@code numpy.ndarray}).
     */
    public String messageName;
    public String module;
    public final List<PyType> bases;
    public final LinkedHashMap<String, Object> dict = new Attributes();
    /** Attributes found along the MRO ({@link #MISSING} for none), good while {@link #changes} is their stamp. */
    private volatile FoundAttributes found = FoundAttributes.empty(-1);
    private List<PyType> mro;
    /** For a built-in type whose instances a user class can extend: makes the Java peer of a new instance. */
    public PeerFactory peerFactory;
    /** True for user classes (made by a class statement). */
    public final boolean isUser;

    /** Makes the Java object behind an instance of a user class derived from a built-in one. */
    @FunctionalInterface
    public interface PeerFactory {
        Object create(PyObject instance);
    }

    public PyType(String name, List<PyType> bases, boolean isUser) {
        this.name = name;
        this.messageName = name;
        this.bases = List.copyOf(bases);
        this.isUser = isUser;
        this.module = isUser ? "__main__" : "builtins";
    }

    /** The method resolution order: this class, then its bases' (C3 for single inheritance chains and diamonds). */
    public List<PyType> mro() {
        if (mro == null) {
            List<PyType> out = new ArrayList<>();
            out.add(this);
            for (PyType b : bases) {
                for (PyType t : b.mro()) {
                    out.remove(t);
                    out.add(t);
                }
            }
            mro = out;
        }
        return mro;
    }

    /**
     * Counts the changes to every class's attributes. An attribute found along an MRO stays what
     * it was until some class changes (a class statement, {@code setattr} on a class), which in a
     * running program is rare: until then a lookup is one hash probe, not one per class of the MRO.
     */
    private static volatile int changes;
    private static final Object MISSING = new Object();

    /** The attribute {@code name} along the MRO, or null. */
    public Object lookup(String name) {
        int now = changes;
        FoundAttributes known = found;
        if (known.stamp != now) {
            known = FoundAttributes.empty(now);
        }
        Object v = known.get(name);
        if (v == null) {
            v = walk(name);
            if (changes == now) {
                // not kept if a class changed during the walk (another thread's class statement);
                // two threads adding at once may lose one entry, found again next time
                found = known.with(name, v == null ? MISSING : v);
            }
            return v;
        }
        return v == MISSING ? null : v;
    }

    private Object walk(String name) {
        for (PyType t : mro()) {
            Object v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A class's own attributes: a map whose every change counts in {@link #changes}. */
    private static final class Attributes extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        private static <T> T changed(T result) {
            changes++;
            return result;
        }

        @Override
        public Object put(String key, Object value) {
            return changed(super.put(key, value));
        }

        @Override
        public void putAll(Map<? extends String, ?> m) {
            super.putAll(m);
            changes++;
        }

        @Override
        public Object remove(Object key) {
            return changed(super.remove(key));
        }

        @Override
        public boolean remove(Object key, Object value) {
            return changed(super.remove(key, value));
        }

        @Override
        public void clear() {
            super.clear();
            changes++;
        }

        @Override
        public Object putIfAbsent(String key, Object value) {
            return changed(super.putIfAbsent(key, value));
        }

        @Override
        public Object replace(String key, Object value) {
            return changed(super.replace(key, value));
        }

        @Override
        public boolean replace(String key, Object oldValue, Object newValue) {
            return changed(super.replace(key, oldValue, newValue));
        }

        @Override
        public void replaceAll(java.util.function.BiFunction<? super String, ? super Object, ?> f) {
            super.replaceAll(f);
            changes++;
        }

        @Override
        public Object compute(String key, java.util.function.BiFunction<? super String, ? super Object, ?> f) {
            return changed(super.compute(key, f));
        }

        @Override
        public Object computeIfAbsent(String key, java.util.function.Function<? super String, ?> f) {
            return changed(super.computeIfAbsent(key, f));
        }

        @Override
        public Object computeIfPresent(String key, java.util.function.BiFunction<? super String, ? super Object, ?> f) {
            return changed(super.computeIfPresent(key, f));
        }

        @Override
        public Object merge(String key, Object value, java.util.function.BiFunction<? super Object, ? super Object, ?> f) {
            return changed(super.merge(key, value, f));
        }

        // Read-only views, so that no change can bypass the count.
        @Override
        public java.util.Set<String> keySet() {
            return java.util.Collections.unmodifiableSet(super.keySet());
        }

        @Override
        public java.util.Collection<Object> values() {
            return java.util.Collections.unmodifiableCollection(super.values());
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            return java.util.Collections.unmodifiableSet(super.entrySet());
        }
    }

    public boolean isSubtypeOf(PyType other) {
        return this == other || mro().contains(other);
    }

    /** The nearest class along the MRO that makes Java peers, or null. */
    public PeerFactory peerFactory() {
        for (PyType t : mro()) {
            if (t.peerFactory != null) {
                return t.peerFactory;
            }
        }
        return null;
    }

    public String qualifiedName() {
        return module.equals("builtins") ? name : module + "." + name;
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
