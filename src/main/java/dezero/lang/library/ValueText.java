package dezero.lang.library;

import java.math.BigInteger;
import java.util.List;

/**
 * What the formatters need from the interpreter for values they cannot format themselves.
 * Primitive values (int as {@link Long} or {@link BigInteger}, float as {@link Double}, bool as
 * {@link Boolean}, str as {@link String}) never reach {@link #str}, {@link #repr},
 * {@link #format} or {@link #typeName}: the formatters handle them.
 */
public interface ValueText {

    /** Python {@code str(v)}. */
    String str(Object v);

    /** Python {@code repr(v)}. */
    String repr(Object v);

    /** Python {@code format(v, spec)} for a non-primitive value (its {@code __format__}); may throw. */
    String format(Object v, String spec);

    /**
     * Python {@code container[key]} for {@code '{0[1]}'} (key a Long), {@code '{0[name]}'} and
     * {@code '%(name)s'} (key a String); the container may be any value, a str too; may throw.
     */
    Object getItem(Object container, Object key);

    /** Python {@code getattr(v, name)} for {@code '{0.name}'}, v any value (primitives too); may throw. */
    Object getAttr(Object v, String name);

    /**
     * True when {@code %}-formatting treats v as a mapping: as CPython's {@code PyMapping_Check},
     * any object with {@code __getitem__} except a tuple or str (so dicts and also lists).
     */
    boolean isMapping(Object v);

    /** True for a Python tuple. */
    boolean isTuple(Object v);

    /** The items of a tuple (only called when {@link #isTuple} is true). */
    List<Object> tupleItems(Object v);

    /** Python {@code type(v).__name__}, for error messages ("list", "NoneType", "ndarray"). */
    String typeName(Object v);

    /**
     * The number v stands for when {@code %d}/{@code %f} format it ({@code __index__},
     * {@code __int__} or {@code __float__}, e.g. of a 0-d ndarray) as a Long, BigInteger or
     * Double; null when v is not a number.
     */
    Object toNumber(Object v);

    /** Python {@code str(v)} with primitives handled here and the rest by t. */
    static String strOf(Object v, ValueText t) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return PyFloats.repr(d);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return FormatSpec.decimal(v);
        }
        return t.str(v);
    }

    /** Python {@code repr(v)} with primitives handled here and the rest by t. */
    static String reprOf(Object v, ValueText t) {
        return v instanceof String s ? StrMethods.repr(s) : isPrimitive(v) ? strOf(v, t) : t.repr(v);
    }

    /** Python {@code ascii(v)}: repr with every non-ASCII character escaped. */
    static String asciiOf(Object v, ValueText t) {
        return StrMethods.asciiEscape(reprOf(v, t));
    }

    /** Python {@code type(v).__name__} with primitives handled here and the rest by t. */
    static String typeNameOf(Object v, ValueText t) {
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return "int";
        }
        return t.typeName(v);
    }

    /** True for the values the formatters handle without the interpreter. */
    static boolean isPrimitive(Object v) {
        return v instanceof String || v instanceof Double || v instanceof Boolean
                || v instanceof Long || v instanceof BigInteger;
    }
}
