package dezero.lang.runtime;

/** Python's singletons without a Java counterpart: {@code None}, {@code NotImplemented}, {@code Ellipsis}. */
public final class PyNone {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

    private final String name;

    private PyNone(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
