package dezero.lang.library;

/**
 * A Python exception raised while formatting text: {@link #pythonType()} is the class name
 * ({@code "ValueError"}, {@code "TypeError"}, {@code "KeyError"}, {@code "IndexError"},
 * {@code "OverflowError"}) and the message is CPython's text, so the interpreter can raise the
 * same exception. For KeyError the message is the repr of the missing key, as Python prints it.
 */
public final class FormatError extends RuntimeException {

    private final String pythonType;

    /** A Python exception of class {@code pythonType} with CPython's message. */
    public FormatError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name. */
    public String pythonType() {
        return pythonType;
    }

    static FormatError valueError(String message) {
        return new FormatError("ValueError", message);
    }

    static FormatError typeError(String message) {
        return new FormatError("TypeError", message);
    }

    static FormatError overflowError(String message) {
        return new FormatError("OverflowError", message);
    }
}
