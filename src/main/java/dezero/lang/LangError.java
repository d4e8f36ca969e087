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
        IsADirectoryError, NotADirectoryError, PermissionError, OSError, InternalError,
        /** A Python exception class without a kind of its own here ({@code KeyError}, a user's class): see {@link #typeName()}. */
        OtherError;

        /** The kind called {@code name}, or {@link #OtherError}. */
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
            return OtherError;
        }

        /** True for the OSError family: a file that could not be found, read or written (the CLI exits 66). */
        public boolean isFileError() {
            return this == FileNotFoundError || this == FileExistsError || this == IsADirectoryError
                    || this == NotADirectoryError || this == PermissionError || this == OSError;
        }
    }

    private final Kind kind;
    private final String typeName;
    private final Span span;
    private final String sourceLine;
    private final String sourceName;
    private final String traceback;

    public LangError(Kind kind, String message, Span span) {
        this(kind, kind.name(), message, span, null, null, null);
    }

    private LangError(Kind kind, String typeName, String message, Span span, String sourceLine, String sourceName,
            String traceback) {
        super(message, null, false, false);
        this.kind = kind;
        this.typeName = typeName;
        this.span = span == null ? Span.NONE : span;
        this.sourceLine = sourceLine;
        this.sourceName = sourceName;
        this.traceback = traceback;
    }

    /**
     * A Python exception as the REPL reports it: its class name as Python prints it ({@code KeyError},
     * {@code dezero.core.MyError}), its text, where it happened, and the frames of the user's
     * functions it came through ({@code traceback}, Python's lines without the last one), or null.
     */
    public static LangError python(String typeName, String message, Span span, String sourceLine, String traceback) {
        return new LangError(Kind.of(typeName), typeName, message, span, sourceLine, null, traceback);
    }

    /** The Python class name of the error ({@code NameError}, {@code KeyError}). */
    public String typeName() {
        return typeName;
    }

    /** Python's traceback lines of the functions the error came through (no final line), or null at top level. */
    public String traceback() {
        return traceback;
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
        return span.isNone() && where != null ? new LangError(kind, typeName, getMessage(), where, sourceLine, sourceName, traceback) : this;
    }

    /** This error with the text of the line its span is on (kept if already set). */
    public LangError withSourceLine(String line) {
        return sourceLine != null ? this : new LangError(kind, typeName, getMessage(), span, line, sourceName, traceback);
    }

    /** This error as raised in a script named {@code name} (kept if already set by a nested load). */
    public LangError inSource(String name) {
        return sourceName != null ? this : new LangError(kind, typeName, getMessage(), span, sourceLine, name, traceback);
    }

    /** {@code Kind: message}, or just the kind when there is no message. */
    public String headline() {
        String m = getMessage();
        return m == null || m.isEmpty() ? typeName : typeName + ": " + m;
    }

    @Override
    public String toString() {
        return headline();
    }
}
