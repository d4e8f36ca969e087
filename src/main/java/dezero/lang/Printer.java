package dezero.lang;

/** Where a {@link Session} sends what it prints: output lines and errors, kept apart. */
public interface Printer {
    /** One or more lines of output (no trailing newline). */
    void out(String text);

    /** An error, to be rendered with {@link ErrorRenderer} (the CLI sends it to stderr). */
    void error(LangError error);

    /**
     * A picture or a table (a figure's {@code plt.show()}, a graph): a notebook shows the rich form,
     * a terminal its text, which is what this default prints.
     */
    default void display(RichOutput output) {
        out(output.text());
    }
}
