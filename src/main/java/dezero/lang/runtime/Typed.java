package dezero.lang.runtime;

/** A Java value that knows its Python class itself (a numpy scalar is a float64 or an int64 ...). */
public interface Typed {
    PyType pyType();
}
