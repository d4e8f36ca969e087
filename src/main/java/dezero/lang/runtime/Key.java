package dezero.lang.runtime;

/**
 * A dict or set key with Python's equality: numbers equal by value across int, float and bool;
 * every other key stands for itself (a str, a tuple by its items, an object by identity).
 */
public final class Key {
    private Key() {}

    /** The form a key is stored in: integral floats and bools become their int, so they find each other. */
    public static Object of(Object k) {
        if (k instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (k instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.2e18) {
            return (long) d.doubleValue();
        }
        if (k instanceof PyList || k instanceof PyDict || k instanceof PySet
                || !(k instanceof String || k instanceof Long || k instanceof PyTuple)
                        && Types.of(k).lookup("__hash__") == PyNone.NONE) {
            throw Py.typeError("unhashable type: '" + Py.typeName(k) + "'");
        }
        return k;
    }
}
