package dezero.lang.library;

import dezero.lang.runtime.Items;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import java.util.Map;

/** {@code str.maketrans} and {@code str.translate}, with CPython's errors. */
final class StrTranslate {
    /** One past the largest code point, the bound of a mapped ordinal. */
    private static final long CODE_POINTS = 0x110000;

    private StrTranslate() {}

    /**
     * {@code str.maketrans(x)}: a dict whose keys are characters or ordinals, made a dict of
     * ordinals; {@code str.maketrans(x, y[, z])}: each character of x to the one at its place in y,
     * each of z to None.
     */
    static PyDict maketrans(Object[] a) {
        PyDict table = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw Py.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Map.Entry<Object, Object> e : d.map.entrySet()) {
                Object key = e.getKey();
                if (key instanceof String s) {
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw Py.valueError("string keys in translate table must be of length 1");
                    }
                    table.put((long) s.codePointAt(0), e.getValue());
                } else if (key instanceof Long || key instanceof java.math.BigInteger || key instanceof Boolean) {
                    table.put(PyInt.of(key), e.getValue());
                } else {
                    throw Py.typeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        if (!(a[0] instanceof String x)) {
            throw Py.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(a[1] instanceof String y)) {
            throw Py.typeError("maketrans() argument 2 must be str, not " + Py.typeName(a[1]));
        }
        int[] from = x.codePoints().toArray();
        int[] to = y.codePoints().toArray();
        if (from.length != to.length) {
            throw Py.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            table.put((long) from[i], (long) to[i]);
        }
        if (a.length > 2) {
            if (!(a[2] instanceof String z)) {
                throw Py.typeError("maketrans() argument 3 must be str, not " + Py.typeName(a[2]));
            }
            z.codePoints().forEach(c -> table.put((long) c, PyNone.NONE));
        }
        return table;
    }

    /**
     * {@code s.translate(table)}: each character's ordinal looked up in the table (any object
     * with {@code __getitem__}); a LookupError keeps the character, None drops it, an ordinal or a
     * str replaces it.
     */
    static String translate(String s, Object table) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            Object mapped;
            try {
                mapped = Items.get(table, (long) c);
            } catch (PyException e) {
                if (e.is(Types.LOOKUP_ERROR)) {
                    out.appendCodePoint(c);
                    return;
                }
                throw e;
            }
            if (mapped == PyNone.NONE) {
                return;
            }
            if (mapped instanceof String r) {
                out.append(r);
            } else if (mapped instanceof Long || mapped instanceof java.math.BigInteger || mapped instanceof Boolean) {
                Object n = PyInt.of(mapped);
                if (!(n instanceof Long v) || v < 0 || v >= CODE_POINTS) {
                    throw Py.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) (long) v);
            } else {
                throw Py.typeError("character mapping must return integer, None or str");
            }
        });
        return out.toString();
    }
}
