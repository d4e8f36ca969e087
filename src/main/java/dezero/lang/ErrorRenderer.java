package dezero.lang;

/**
 * Renders a {@link LangError} for people. At the prompt: the line echoed, a caret under the
 * span, then {@code Kind: message}; for an error raised inside a function, Python's traceback
 * instead of the echo. In a script: {@code FILE:LINE:COL: Kind: message}, then the
 * line and the caret. Columns are shown 1-based. A line longer than {@link #MAX_ECHO} characters
 * is echoed as the part around the caret, between {@code ...}. Control characters are echoed
 * escaped and the caret counts terminal columns (see {@link EchoText}).
 */
public final class ErrorRenderer {
    /** The most characters of a line echoed above the caret. */
    static final int MAX_ECHO = 120;
    private static final String INDENT = "    ";
    private static final String CUT = "...";

    private ErrorRenderer() {}

    /**
     * The error as text of one or more lines, without a trailing newline. Control characters in it
     * are escaped: a message or a traceback quotes what was typed ("invalid character '\x1b'").
     */
    public static String render(LangError e) {
        return EchoText.shown(unescaped(e));
    }

    private static String unescaped(LangError e) {
        StringBuilder sb = new StringBuilder();
        Span s = e.span();
        String pointer = pointer(e);
        if (e.sourceName() != null) {
            sb.append(e.sourceName());
            if (!s.isNone()) {
                sb.append(':').append(s.line()).append(':').append(s.column() + 1);
            }
            sb.append(": ").append(e.headline());
            if (e.traceback() != null) {
                sb.append('\n').append(e.traceback().stripTrailing());
            } else if (pointer != null) {
                sb.append('\n').append(pointer);
            }
            return sb.toString();
        }
        if (e.traceback() != null) {
            // Python's own report: the frames of the functions the error came through, then the error.
            return sb.append(e.traceback()).append(e.headline()).toString();
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
        int from = 0;
        int to = shown.length();
        if (to > MAX_ECHO) {
            from = Math.max(0, Math.min(start - MAX_ECHO / 2, shown.length() - MAX_ECHO));
            to = from + MAX_ECHO;
            if (from > 0 && Character.isLowSurrogate(shown.charAt(from))) {
                from++;
            }
            if (Character.isHighSurrogate(shown.charAt(to - 1))) {
                to--;
            }
            end = Math.max(start + 1, Math.min(end, to));
        }
        String before = from > 0 ? CUT : "";
        StringBuilder text = new StringBuilder(INDENT).append(before);
        StringBuilder caret = new StringBuilder(INDENT).append(" ".repeat(before.length()));
        int marks = 0;
        for (int i = from; i < to; ) {
            int cp = shown.codePointAt(i);
            text.append(EchoText.shown(cp));
            int w = EchoText.width(cp);
            if (i < start) {
                caret.append(cp == '\t' ? "\t" : " ".repeat(w));
            } else if (i < end) {
                caret.append("^".repeat(w));
                marks += w;
            }
            i += Character.charCount(cp);
        }
        // A span past the end of the line (an unclosed bracket at its end) has one column per character.
        int past = Math.max(0, end - Math.max(start, to));
        caret.append("^".repeat(past));
        if (marks + past == 0) {
            caret.append('^');
        }
        return text.append(to < shown.length() ? CUT : "") + "\n" + caret;
    }
}
