package dezero.lang;

/** Where a {@link Session} sends what it prints: output lines and errors, kept apart. */
public interface Printer {
    /** One or more lines of output (no trailing newline). */
    void out(String text);

    /**
     * The value of an expression typed alone ({@code y.grad}), as the REPL echoes it: a notebook
     * shows it as the cell's result ({@code Out[n]}), a terminal prints it as this default does.
     */
    default void result(String text) {
        out(text);
    }

    /**
     * What the program wrote to its standard error ({@code print(..., file=sys.stderr)}, a
     * warning): one or more lines, no trailing newline. By default it joins the output.
     */
    default void err(String text) {
        out(text);
    }

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
