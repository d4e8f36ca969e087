package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The public fields of the library's Java objects as Python attributes, under DeZero's names:
 * {@code optimizer.lr}, {@code loader.batch_size}, {@code linear.in_size} ({@code inSize}).
 */
final class JavaAttributes {
    private JavaAttributes() {}

    /** {@code batch_size} to {@code batchSize}. */
    static String javaName(String python) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : python.toCharArray()) {
            if (c == '_' && b.length() > 0) {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private static Field field(Object o, String python) {
        for (String name : new String[] {python, javaName(python)}) {
            try {
                Field f = o.getClass().getField(name);
                if (!Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            } catch (NoSuchFieldException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** The field's value in the language, or null when there is no such field. */
    static Object get(Object o, String python) {
        Field f = field(o, python);
        if (f == null) {
            return null;
        }
        try {
            return toPython(f.get(o));
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** Sets a public non-final field; false when there is none. */
    static boolean set(Object o, String python, Object value) {
        Field f = field(o, python);
        if (f == null || Modifier.isFinal(f.getModifiers())) {
            return false;
        }
        try {
            Class<?> t = f.getType();
            if (t == double.class) {
                f.setDouble(o, Py.toDouble(value));
            } else if (t == int.class) {
                f.setInt(o, (int) Py.index(value));
            } else if (t == boolean.class) {
                f.setBoolean(o, Py.truthy(value));
            } else if (t == Integer.class) {
                f.set(o, value == PyNone.NONE ? null : (int) Py.index(value));
            } else {
                f.set(o, value == PyNone.NONE ? null : value);
            }
            return true;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw Py.typeError("cannot set '" + python + "' to a " + Py.typeName(value));
        }
    }

    static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof List<?> l) {
            PyList out = new PyList();
            for (Object o : l) {
                out.items.add(toPython(o));
            }
            return out;
        }
        return DezeroTypes.toPython(v);
    }
}
