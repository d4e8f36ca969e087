package dezero.lang.runtime;

/** A function bound to its first argument: {@code x.backward}, {@code lst.append}. */
public record BoundMethod(Object self, Object function) {}
