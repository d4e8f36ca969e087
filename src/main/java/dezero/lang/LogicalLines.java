package dezero.lang;

import java.util.function.Predicate;

/**
 * Joins physical lines into logical lines: a line with an open bracket continues on the next,
 * as in Python. Feed lines one at a time; a complete logical line comes back, else null. A logical
 * line longer than {@link Limits#MAX_LINE_LENGTH} is a SyntaxError (a bracket left open at the top
 * of a long script would otherwise gather all of it).
 */
public final class LogicalLines {
    private final Predicate<String> isCommand;
    private final StringBuilder pending = new StringBuilder();
    private int depth;
    private int lineNumber;
    private int firstLine;

    public LogicalLines(Predicate<String> isCommand) {
        this.isCommand = isCommand;
    }

    /** Adds the next physical line; returns the logical line it completes, or null while brackets are open. */
    public String feed(String line) {
        lineNumber++;
        if (pending.length() == 0) {
            firstLine = lineNumber;
        } else {
            pending.append('\n');
        }
        if (pending.length() + line.length() > Limits.MAX_LINE_LENGTH) {
            pending.setLength(0);
            depth = 0;
            throw LangError.syntax("line too long: more than " + Limits.MAX_LINE_LENGTH
                    + " characters with its continuation lines (is a bracket left open?)", new Span(firstLine, 0, 0));
        }
        pending.append(line);
        depth = Lexer.depthAfter(line, depth, isCommand);
        if (depth > 0) {
            return null;
        }
        return take();
    }

    /** The line number (1-based) where the last returned or pending logical line starts. */
    public int firstLine() {
        return firstLine;
    }

    /** At the end of input: the unfinished logical line (brackets still open), or null. */
    public String finish() {
        return pending.length() == 0 ? null : take();
    }

    /** The bracket depth after the lines fed so far. */
    public int depth() {
        return depth;
    }

    private String take() {
        String s = pending.toString();
        pending.setLength(0);
        depth = 0;
        return s;
    }
}
