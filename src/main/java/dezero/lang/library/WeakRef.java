package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.lang.ref.WeakReference;
import java.util.List;

/** {@code weakref.ref(obj)}: calling it gives {@code obj} while something else holds it, then None. */
final class WeakRef {
    static final PyType TYPE = new PyType("ReferenceType", List.of(Types.OBJECT), false);

    static {
        TYPE.module = "weakref";
        Types.register(WeakRef.class, TYPE);
        // A class, not a lambda: weakref is imported by programs that link no lambda otherwise.
        ContainerMethods.method(TYPE, "__call__", new ContainerMethods.Method() {
            @Override
            public Object call(Object self, Object[] args, java.util.Map<String, Object> kwargs) {
                return ((WeakRef) self).get();
            }
        });
    }

    private final WeakReference<Object> ref;

    WeakRef(Object o) {
        ref = new WeakReference<>(o);
    }

    Object get() {
        Object v = ref.get();
        return v == null ? PyNone.NONE : v;
    }

    @Override
    public String toString() {
        Object v = ref.get();
        String at = String.format("0x%012x", System.identityHashCode(this));
        return v == null ? "<weakref at " + at + "; dead>" : "<weakref at " + at + "; to '" + Py.typeName(v)
                + "' at " + String.format("0x%012x", System.identityHashCode(v)) + ">";
    }
}
