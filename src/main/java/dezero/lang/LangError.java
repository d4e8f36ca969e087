package dezero.lang;

/**
 * An error of the REPL language, named in Python's vocabulary ({@code SyntaxError},
 * {@code NameError}, ...), with the span it points at. The session fills in the source line
 * (and, in a script, the file name) before it is rendered by {@link ErrorRenderer}.
 */
public final class LangError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds of error, by their Python names. */
    public enum Kind {
        SyntaxError, NameError, TypeError, ValueError, AttributeError, IndexError, ZeroDivisionError, ImportError,
        KeyboardInterrupt, MemoryError, RecursionError, FileNotFoundError, FileExistsError,
        IsADirectoryError, NotADirectoryError, PermissionError, OSError, InternalError;

        /** True for the OSError family: a file that could not be found, read or written (the CLI exits 66). */
        public boolean isFileError() {
            return this == FileNotFoundError || this == FileExistsError || this == IsADirectoryError
                    || this == NotADirectoryError || this == PermissionError || this == OSError;
        }
    }

    private final Kind kind;
    private final Span span;
    private final String sourceLine;
    private final String sourceName;

    public LangError(Kind kind, String message, Span span) {
        this(kind, message, span, null, null);
    }

    private LangError(Kind kind, String message, Span span, String sourceLine, String sourceName) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span == null ? Span.NONE : span;
        this.sourceLine = sourceLine;
        this.sourceName = sourceName;
    }

    public static LangError syntax(String message, Span span) {
        return new LangError(Kind.SyntaxError, message, span);
    }

    public static LangError name(String message, Span span) {
        return new LangError(Kind.NameError, message, span);
    }

    public static LangError type(String message, Span span) {
        return new LangError(Kind.TypeError, message, span);
    }

    public static LangError value(String message, Span span) {
        return new LangError(Kind.ValueError, message, span);
    }

    /** A Ctrl-C that stopped the evaluation. */
    public static LangError interrupted() {
        return new LangError(Kind.KeyboardInterrupt, "", Span.NONE);
    }

    public Kind kind() {
        return kind;
    }

    public Span span() {
        return span;
    }

    /** The text of the line the span is on, or null. */
    public String sourceLine() {
        return sourceLine;
    }

    /** The script's name ({@code demo.dz}, {@code <stdin>}), or null for a line typed at the prompt. */
    public String sourceName() {
        return sourceName;
    }

    /** This error with a span, if it has none yet. */
    public LangError orAt(Span where) {
        return span.isNone() && where != null ? new LangError(kind, getMessage(), where, sourceLine, sourceName) : this;
    }

    /** This error with the text of the line its span is on (kept if already set). */
    public LangError withSourceLine(String line) {
        return sourceLine != null ? this : new LangError(kind, getMessage(), span, line, sourceName);
    }

    /** This error as raised in a script named {@code name} (kept if already set by a nested load). */
    public LangError inSource(String name) {
        return sourceName != null ? this : new LangError(kind, getMessage(), span, sourceLine, name);
    }

    /** {@code Kind: message}, or just the kind when there is no message. */
    public String headline() {
        String m = getMessage();
        return m == null || m.isEmpty() ? kind.name() : kind.name() + ": " + m;
    }

    @Override
    public String toString() {
        return headline();
    }
}
