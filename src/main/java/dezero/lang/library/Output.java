package dezero.lang.library;

/** Where {@code print} writes: a script's standard output, the REPL's printer, a notebook cell. */
@FunctionalInterface
public interface Output {
    void write(String text);

    /** Shows what was written so far, as before {@code input()} reads a line after its prompt. */
    default void flush() {
    }
}
