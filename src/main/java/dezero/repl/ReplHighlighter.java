package dezero.repl;

import dezero.lang.LangError;
import dezero.lang.Lexer;
import dezero.lang.Parser;
import dezero.lang.Session;
import dezero.lang.Span;
import dezero.lang.Token;
import java.util.List;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line from the language's own lexer and parser: numbers, strings, functions,
 * commands and comments each their style, and a syntax error's span in red (unless the error is
 * only that the line is not finished yet). A buffer longer than {@link #MAX_HIGHLIGHTED} (a pasted
 * megabyte) is shown plain, so each keystroke does not lex and parse all of it again.
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

    private final Session session;
    private final boolean color;

    ReplHighlighter(Session session, boolean color) {
        this.session = session;
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color || buffer.length() > MAX_HIGHLIGHTED) {
            return new AttributedString(buffer);
        }
        int[] lineStarts = lineStarts(buffer);
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        List<Token> tokens = new Lexer(buffer, 1, 0, session.commands()::contains).scanTokens();
        for (Token t : tokens) {
            paint(styles, lineStarts, t.span(), styleOf(t));
        }
        try {
            new Parser(tokens).parseLine();
        } catch (LangError e) {
            int at = offset(lineStarts, e.span().line(), e.span().column());
            if (at < buffer.stripTrailing().length()) {
                Span s = e.span();
                paint(styles, lineStarts, new Span(s.line(), s.column(), Math.max(s.endColumn(), s.column() + 1)),
                        ERROR);
            }
        }
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    private AttributedStyle styleOf(Token t) {
        return switch (t.type()) {
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case COMMAND -> COMMAND;
            case TRUE, FALSE, NONE -> KEYWORD;
            case COMMENT -> COMMENT;
            case ERROR -> ERROR;
            case NAME -> session.builtins().isBound(t.lexeme()) ? FUNCTION : null;
            default -> null;
        };
    }

    private static void paint(AttributedStyle[] styles, int[] lineStarts, Span s, AttributedStyle style) {
        if (style == null) {
            return;
        }
        int from = offset(lineStarts, s.line(), s.column());
        int to = Math.min(styles.length, offset(lineStarts, s.line(), s.endColumn()));
        for (int i = from; i < to; i++) {
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
