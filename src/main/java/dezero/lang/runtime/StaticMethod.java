package dezero.lang.runtime;

/** {@code @staticmethod}: the function, not bound. */
public record StaticMethod(Object function) {}
