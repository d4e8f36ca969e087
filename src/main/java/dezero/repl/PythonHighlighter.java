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
 * Colours the Python prompt's input from the interpreter's own tokenizer: keywords, numbers,
 * strings, the builtins and the session's functions; a character the tokenizer refuses in red.
 * Unfinished input (an open bracket or string) is shown plain until it is finished.
 */
final class PythonHighlighter implements Highlighter {
    private final Predicate<String> isFunction;

    PythonHighlighter(Predicate<String> isFunction) {
        this.isFunction = isFunction;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (buffer.length() > ReplHighlighter.MAX_HIGHLIGHTED) {
            return new AttributedString(buffer);
        }
        int[] lineStarts = ReplHighlighter.lineStarts(buffer);
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
                paint(styles, lineStarts, e.pos(), ReplHighlighter.ERROR);
            }
        }
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    private AttributedStyle styleOf(Tok t) {
        return switch (t.kind()) {
            case NUMBER -> ReplHighlighter.NUMBER;
            case STRING -> ReplHighlighter.STRING;
            case NAME -> Keywords.isKeyword(t.text()) ? ReplHighlighter.KEYWORD
                    : isFunction.test(t.text()) ? ReplHighlighter.FUNCTION : null;
            default -> null;
        };
    }

    private static void paint(AttributedStyle[] styles, int[] lineStarts, Pos p, AttributedStyle style) {
        if (style == null) {
            return;
        }
        int from = ReplHighlighter.offset(lineStarts, p.line(), p.col());
        int to = Math.min(styles.length, ReplHighlighter.offset(lineStarts, p.endLine(), Math.max(p.endCol(), p.col() + 1)));
        for (int i = Math.max(0, from); i < to; i++) {
            styles[i] = style;
        }
    }
}
