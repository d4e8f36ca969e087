package dezero.lang.runtime;

/**
 * The text formatting the operators and f-strings need ({@code 'x=%d' % 3}, {@code f'{x:.3f}'}),
 * supplied by the library (which holds Python's format mini-language).
 */
public final class Formatting {
    /** Python's {@code %} on strings and {@code format(value, spec)}. */
    public interface Impl {
        String percent(String template, Object args);

        String format(Object value, String spec);
    }

    private static volatile Impl impl;

    private Formatting() {}

    public static void install(Impl i) {
        impl = i;
    }

    static String percent(String template, Object args) {
        return impl.percent(template, args);
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        return impl.format(value, spec);
    }
}
