package dezero.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

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
    public final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
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

    /** The attribute {@code name} along the MRO, or null. */
    public Object lookup(String name) {
        for (PyType t : mro()) {
            Object v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
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
