package dezero.lang;

import java.util.function.Predicate;

/**
 * Joins physical lines into logical lines: a line with an open bracket continues on the next,
 * as in Python. Feed lines one at a time; a complete logical line comes back, else null.
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
        pending.append(line);
        Lexer lexer = new Lexer(line, lineNumber, depth, isCommand);
        lexer.scanTokens();
        depth = lexer.depth();
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
