package dezero.lang;

/**
 * Renders a {@link LangError} for people. At the prompt: the line echoed, a caret under the
 * span, then {@code Kind: message}. In a script: {@code FILE:LINE:COL: Kind: message}, then the
 * line and the caret. Columns are shown 1-based.
 */
public final class ErrorRenderer {
    private static final String INDENT = "    ";

    private ErrorRenderer() {}

    /** The error as text of one or more lines, without a trailing newline. */
    public static String render(LangError e) {
        StringBuilder sb = new StringBuilder();
        Span s = e.span();
        String pointer = pointer(e);
        if (e.sourceName() != null) {
            sb.append(e.sourceName());
            if (!s.isNone()) {
                sb.append(':').append(s.line()).append(':').append(s.column() + 1);
            }
            sb.append(": ").append(e.headline());
            if (pointer != null) {
                sb.append('\n').append(pointer);
            }
            return sb.toString();
        }
        if (pointer != null) {
            sb.append(pointer).append('\n');
        }
        return sb.append(e.headline()).toString();
    }

    /** The echoed line and the caret line under the span, or null when there is no line to show. */
    static String pointer(LangError e) {
        Span s = e.span();
        String line = e.sourceLine();
        if (s.isNone() || line == null || line.isBlank()) {
            return null;
        }
        String shown = line.stripTrailing();
        int start = Math.min(s.column(), shown.length());
        int end = Math.max(start + 1, Math.min(s.endColumn(), shown.length()));
        StringBuilder caret = new StringBuilder(INDENT);
        for (int i = 0; i < start; i++) {
            caret.append(shown.charAt(i) == '\t' ? '\t' : ' ');
        }
        caret.append("^".repeat(end - start));
        return INDENT + shown + "\n" + caret;
    }
}
