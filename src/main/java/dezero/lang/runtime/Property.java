package dezero.lang.runtime;

/** A data descriptor: a user {@code @property} (getter and setter are Python callables) or a built-in attribute. */
public final class Property {
    public final Object getter;
    public Object setter;
    public Object deleter;

    public Property(Object getter, Object setter) {
        this.getter = getter;
        this.setter = setter;
    }

    /** A built-in attribute read by Java code. */
    public static Property of(java.util.function.Function<Object, Object> get) {
        return new Property(new Builtin("getter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return get.apply(a[0]);
            }
        }), null);
    }

    /** A built-in attribute read and written by Java code. */
    public static Property of(java.util.function.Function<Object, Object> get,
            java.util.function.BiConsumer<Object, Object> set) {
        return new Property(new Builtin("getter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                return get.apply(a[0]);
            }
        }), new Builtin("setter", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                set.accept(a[0], a[1]);
                return PyNone.NONE;
            }
        }));
    }
}
