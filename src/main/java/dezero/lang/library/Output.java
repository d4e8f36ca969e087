package dezero.lang.library;

/** Where {@code print} writes: a script's standard output, the REPL's printer, a notebook cell. */
@FunctionalInterface
public interface Output {
    void write(String text);

    /** Shows what was written so far, as before {@code input()} reads a line after its prompt. */
    default void flush() {
    }

    /** An output that writes with {@code write} and shows what it wrote with {@code flush}. */
    static Output of(java.util.function.Consumer<String> write, Runnable flush) {
        return new Output() {
            @Override
            public void write(String text) {
                write.accept(text);
            }

            @Override
            public void flush() {
                flush.run();
            }
        };
    }
}
