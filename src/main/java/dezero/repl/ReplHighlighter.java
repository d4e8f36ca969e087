package dezero.repl;

import dezero.lang.syntax.Keywords;
import dezero.lang.syntax.Pos;
import dezero.lang.syntax.PySyntaxError;
import dezero.lang.syntax.Tok;
import dezero.lang.syntax.Tokenizer;
import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the input from the interpreter's own tokenizer: keywords, numbers, strings, comments,
 * the builtins and the session's functions, a command word; a character the tokenizer refuses in
 * red. Unfinished input (an open bracket or string) is shown plain until it is finished. A buffer
 * longer than {@link #MAX_HIGHLIGHTED} (a pasted megabyte) is shown plain, so each keystroke does
 * not tokenize all of it again.
 */
final class ReplHighlighter implements Highlighter {
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle FUNCTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
    static final AttributedStyle COMMAND = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA).bold();
    static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
    /** The longest buffer that is highlighted. */
    static final int MAX_HIGHLIGHTED = 10_000;

    private final Predicate<String> isFunction;
    private final Predicate<String> isCommandLine;

    /** {@code isCommandLine} tells a command line ({@code backward y}) from Python; the Python prompt has none. */
    ReplHighlighter(Predicate<String> isFunction, Predicate<String> isCommandLine) {
        this.isFunction = isFunction;
        this.isCommandLine = isCommandLine;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (buffer.length() > MAX_HIGHLIGHTED) {
            return new AttributedString(buffer);
        }
        if (!buffer.contains("\n") && isCommandLine.test(buffer)) {
            return command(buffer);
        }
        int[] lineStarts = lineStarts(buffer);
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        try {
            List<Tok> tokens = Tokenizer.tokenize(buffer);
            for (Tok t : tokens) {
                paint(styles, lineStarts, t.pos(), styleOf(t));
            }
        } catch (PySyntaxError e) {
            String m = e.getMessage();
            boolean unfinished = m.contains("was never closed") || m.startsWith("unterminated")
                    || m.startsWith("unexpected EOF");
            if (!unfinished && e.pos().line() > 0) {
                paint(styles, lineStarts, e.pos(), ERROR);
            }
        }
        comments(buffer, styles);
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    /** The command word in its colour, its arguments plain. */
    private static AttributedString command(String buffer) {
        int start = 0;
        while (start < buffer.length() && Character.isWhitespace(buffer.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < buffer.length() && !Character.isWhitespace(buffer.charAt(end))) {
            end++;
        }
        return new AttributedStringBuilder().append(buffer.substring(0, start))
                .styled(COMMAND, buffer.substring(start, end)).append(buffer.substring(end)).toAttributedString();
    }

    private AttributedStyle styleOf(Tok t) {
        return switch (t.kind()) {
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case NAME -> Keywords.isKeyword(t.text()) ? KEYWORD : isFunction.test(t.text()) ? FUNCTION : null;
            default -> null;
        };
    }

    /** A '#' outside strings starts a comment to the end of its line (the tokenizer makes no token of it). */
    private static void comments(String buffer, AttributedStyle[] styles) {
        int i = 0;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            if (styles[i] == STRING || styles[i] == ERROR) {
                i++;
            } else if (c == '#') {
                while (i < buffer.length() && buffer.charAt(i) != '\n') {
                    styles[i++] = COMMENT;
                }
            } else {
                i++;
            }
        }
    }

    private static void paint(AttributedStyle[] styles, int[] lineStarts, Pos p, AttributedStyle style) {
        if (style == null) {
            return;
        }
        int from = offset(lineStarts, p.line(), p.col());
        int to = Math.min(styles.length, offset(lineStarts, p.endLine(), Math.max(p.endCol(), p.col() + 1)));
        for (int i = Math.max(0, from); i < to; i++) {
            styles[i] = style;
        }
    }

    static int offset(int[] lineStarts, int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return lineStarts[l - 1] + column;
    }

    static int[] lineStarts(String buffer) {
        int n = 1;
        for (int i = 0; i < buffer.length(); i++) {
            if (buffer.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < buffer.length(); i++) {
            if (buffer.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }
}
