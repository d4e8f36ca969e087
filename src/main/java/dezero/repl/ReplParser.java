package dezero.repl;

import dezero.lang.Lexer;
import dezero.lang.Session;
import dezero.lang.Token;
import dezero.lang.TokenType;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of a line, from the language's own lexer: a line with an open bracket is not
 * finished (JLine asks for a continuation line), and the word under the cursor is an identifier
 * (so {@code (}, {@code ,}, {@code =}, {@code .} and operators delimit it) or, in a command's
 * arguments, everything since the last blank (a file name).
 */
final class ReplParser implements Parser {
    private final Session session;

    ReplParser(Session session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            int depth = openBrackets(line);
            if (depth > 0) {
                throw new EOFError(-1, -1, "open bracket", ")", depth, ")");
            }
        }
        int start = inCommandArguments(line, cursor) ? wordStartAfterBlank(line, cursor)
                : identifierStart(line, cursor);
        return new Line(line, cursor, line.substring(start, cursor));
    }

    private int openBrackets(String line) {
        return Lexer.depthAfter(line, 0, session.commands()::contains);
    }

    /** True when the cursor is after a command word of the statement it is in. */
    private boolean inCommandArguments(String line, int cursor) {
        List<Token> tokens = Lexer.scan(line.substring(0, cursor), session.commands()::contains);
        Token first = null;
        for (Token t : tokens) {
            if (first == null) {
                first = t;
            }
            if (t.type() == TokenType.SEMICOLON) {
                first = null;
            }
        }
        return first != null && first.type() == TokenType.COMMAND && cursor > first.span().endColumn()
                && !line.substring(0, cursor).contains("\n");
    }

    private static int wordStartAfterBlank(String line, int cursor) {
        int i = cursor;
        while (i > 0 && !Character.isWhitespace(line.charAt(i - 1)) && line.charAt(i - 1) != ';') {
            i--;
        }
        return i;
    }

    private static int identifierStart(String line, int cursor) {
        int i = cursor;
        while (i > 0 && (Character.isLetterOrDigit(line.charAt(i - 1)) || line.charAt(i - 1) == '_')) {
            i--;
        }
        if (i > 0 && line.charAt(i - 1) == ':' && (i == 1 || Character.isWhitespace(line.charAt(i - 2)))) {
            i--;
        }
        return i;
    }

    /** The parsed line: the one word that matters for completion is the one at the cursor. */
    record Line(String line, int cursor, String word) implements CompletingParsedLine {
        /** Candidates are inserted as they are: the language has no escapes outside strings. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
