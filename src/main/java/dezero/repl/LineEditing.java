package dezero.repl;

import dezero.lang.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * What the REPL's line editor would do with a text, for front ends without JLine (the Jupyter
 * kernel): the completions Tab offers at a cursor, and whether Enter runs the text or asks for
 * a continuation line. Both come from the REPL's own parser and completer.
 */
public final class LineEditing {
    /** The words Tab offers, replacing {@code text[start, end)}. */
    public record Completions(int start, int end, List<String> matches) {}

    /** What Enter does with a text. */
    public enum Completeness {
        /** It runs. */
        COMPLETE,
        /** The REPL asks for a continuation line (a bracket is open). */
        INCOMPLETE,
        /** It cannot be finished by more lines. */
        INVALID
    }

    private LineEditing() {}

    /**
     * The completions at {@code cursor} (a char index into {@code text}) that start with the word there.
     * On a top-level line only that line counts, as at the prompt: in a text of several lines a
     * command starts a line. On an indented line the block it is in counts from its first line, as
     * the prompt sees a block being typed: the names typed in it, {@code self.} in a class.
     */
    public static Completions complete(Session session, String text, int cursor) {
        int lineStart = text.lastIndexOf('\n', cursor - 1) + 1;
        if (lineStart < cursor && Character.isWhitespace(text.charAt(lineStart))) {
            // Back over the block's lines (indented or blank) to its first line at column 0.
            while (lineStart > 0 && (lineStart >= text.length() || Character.isWhitespace(text.charAt(lineStart)))) {
                lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            }
        }
        int lineEnd = text.indexOf('\n', cursor);
        String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        ParsedLine line = new ReplParser(session).parse(current, cursor - lineStart, Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new ReplCompleter(session).complete(null, line, candidates);
        String word = line.word();
        Set<String> matches = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            if (c.value().startsWith(word)) {
                matches.add(c.value());
            }
        }
        return new Completions(cursor - word.length(), cursor, List.copyOf(matches));
    }

    /** Whether Enter after {@code text} runs it or continues it, by the REPL's continuation rules. */
    public static Completeness completeness(Session session, String text) {
        try {
            new ReplParser(session).parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE);
            return Completeness.COMPLETE;
        } catch (EOFError e) {
            return Completeness.INCOMPLETE;
        } catch (RuntimeException e) {
            return Completeness.INVALID;
        }
    }
}
