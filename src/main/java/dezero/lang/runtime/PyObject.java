package dezero.lang.runtime;

import java.util.LinkedHashMap;

/**
 * An instance of a user class (or of a built-in exception class): its class, its attributes and,
 * when the class derives from a built-in class with Java instances, the Java peer.
 */
public final class PyObject {
    public PyType type;
    public final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    /** The Java object this instance stands for (a DeZero Function, Layer, ...), or null. */
    public Object peer;

    public PyObject(PyType type) {
        this.type = type;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyObject) || type.lookup("__eq__") == null) {
            return false;
        }
        return Py.truthy(Ops.compare("==", this, o));
    }

    @Override
    public int hashCode() {
        Object h = type.lookup("__hash__");
        if (h == null || h == PyNone.NONE) {
            return System.identityHashCode(this);
        }
        return Long.hashCode(Py.index(Py.callMethod(this, "__hash__")));
    }
}
