package dezero.lang;

/** Where a {@link Session} sends what it prints: output lines and errors, kept apart. */
public interface Printer {
    /** One or more lines of output (no trailing newline). */
    void out(String text);

    /** An error, to be rendered with {@link ErrorRenderer} (the CLI sends it to stderr). */
    void error(LangError error);
}
