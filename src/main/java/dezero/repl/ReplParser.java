package dezero.repl;

import dezero.lang.Session;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the input: Python's interactive rules say when it is finished (an open
 * bracket or string, a line ending in ':' and a block not yet closed by a blank line ask for a
 * continuation line, indented as the block's), a command line is finished at its end; the word
 * under the cursor is an identifier (so {@code (}, {@code ,}, {@code =}, {@code .} and operators
 * delimit it) or, in a command's arguments, everything since the last blank (a file name).
 */
final class ReplParser implements Parser {
    private final Session session;

    ReplParser(Session session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, -1, "incomplete input", "", PythonInput.nextIndent(line), null);
        }
        int start = inCommandArguments(line, cursor) ? wordStartAfterBlank(line, cursor)
                : identifierStart(line, cursor);
        return new Line(line, cursor, line.substring(start, cursor));
    }

    /** True when Enter runs {@code text}: a command line, or Python that needs no more lines. */
    boolean isComplete(String text) {
        return !text.contains("\n") && session.isCommandLine(text) || PythonInput.isComplete(text);
    }

    /** True when the cursor is after the command word of a command line. */
    private boolean inCommandArguments(String line, int cursor) {
        String before = line.substring(0, cursor);
        if (before.contains("\n") || !session.isCommandLine(line)) {
            return false;
        }
        String s = before.stripLeading();
        return s.indexOf(' ') > 0 || s.indexOf('\t') > 0;
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
