package dezero.plot;

/**
 * A plotting call matplotlib would reject, with matplotlib's message and the Python class it
 * raises ({@code ValueError}, {@code TypeError}, {@code AttributeError}) for the language to use.
 */
public final class PlotException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The Python exception class matplotlib raises for this failure. */
    public enum Kind { ValueError, TypeError, AttributeError }

    private final Kind kind;

    PlotException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static PlotException value(String message) {
        return new PlotException(Kind.ValueError, message);
    }

    /** The Python class to report this as. */
    public Kind kind() {
        return kind;
    }
}
