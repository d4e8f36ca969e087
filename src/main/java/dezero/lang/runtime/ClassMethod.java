package dezero.lang.runtime;

/** {@code @classmethod}: bound to the class. */
public record ClassMethod(Object function) {}
