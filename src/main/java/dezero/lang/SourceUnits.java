package dezero.lang;

import java.util.function.Predicate;

/**
 * Cuts the lines of the REPL's input (typed, pasted, a {@code .dz} script, a pipe) into the units it
 * runs one after the other: a command line, or one top-level Python statement with its block and
 * continuation lines. Python's own rules decide where a statement ends: open brackets, an open
 * triple-quoted string and a trailing backslash continue it; a compound statement ({@code def},
 * {@code for}, {@code class}, ...) goes on until the next line that starts at column 0 and is not
 * its {@code else}, {@code elif}, {@code except} or {@code finally}. Feed lines one at a time; a
 * finished unit comes back, else null. A unit longer than {@link Limits#MAX_LINE_LENGTH}
 * characters is a SyntaxError (a bracket left open at the top of a long script would otherwise
 * gather all of it).
 */
public final class SourceUnits {
    /** A unit to run: its text, the line it starts on, and whether it is a command line. */
    public record Unit(String text, int firstLine, boolean command) {}

    private final Predicate<String> isCommand;
    private final StringBuilder pending = new StringBuilder();
    private final LineState state = new LineState();
    private int lineNumber;
    private int firstLine;
    private boolean compound;
    /** Lines after the statement that may still belong to it (blank lines and comments inside a block). */
    private int trailingBlank;
    private Unit held;

    /** {@code isCommand} says whether a top-level line is a command line (its first word is a command). */
    public SourceUnits(Predicate<String> isCommand) {
        this.isCommand = isCommand;
    }

    /** Adds the next physical line; returns the unit this line completed (the one before it, for a block), or null. */
    public Unit feed(String line) {
        lineNumber++;
        if (pending.length() == 0) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                return null;
            }
            if (isCommand.test(line)) {
                return new Unit(line, lineNumber, true);
            }
            return start(line);
        }
        if (state.continues()) {
            append(line);
            return compound || state.continues() ? null : take();
        }
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
            trailingBlank++;
            append(line);
            return null;
        }
        if (Character.isWhitespace(line.charAt(0)) || continuesCompound(line)) {
            trailingBlank = 0;
            append(line);
            return null;
        }
        Unit done = take();
        held = isCommand.test(line) ? new Unit(line, lineNumber, true) : start(line);
        return done;
    }

    /**
     * A second unit finished by the same line (a block ended by a command line): take it after
     * {@link #feed} returned the first; null when there is none.
     */
    public Unit takeHeld() {
        Unit u = held;
        held = null;
        return u;
    }

    /** At the end of input: the unit still open (a block, or brackets left open), or null. */
    public Unit finish() {
        return pending.length() == 0 ? null : take();
    }

    /** The line number (1-based) of the last line fed. */
    public int lineNumber() {
        return lineNumber;
    }

    private Unit start(String line) {
        firstLine = lineNumber;
        compound = startsCompound(line);
        trailingBlank = 0;
        append(line);
        return compound || state.continues() ? null : take();
    }

    private void append(String line) {
        if (pending.length() > 0) {
            pending.append('\n');
        }
        if (pending.length() + line.length() > Limits.MAX_LINE_LENGTH) {
            pending.setLength(0);
            state.reset();
            throw LangError.syntax("statement too long: more than " + Limits.MAX_LINE_LENGTH
                    + " characters with its continuation lines (is a bracket left open?)", new Span(firstLine, 0, 0));
        }
        pending.append(line);
        state.scan(line);
    }

    private Unit take() {
        String text = pending.toString();
        if (trailingBlank > 0) {
            // Blank lines and comments after a block belong to no statement: leave them out.
            int cut = text.length();
            for (int i = 0; i < trailingBlank; i++) {
                cut = text.lastIndexOf('\n', cut - 1);
            }
            text = text.substring(0, cut);
        }
        pending.setLength(0);
        state.reset();
        trailingBlank = 0;
        compound = false;
        return new Unit(text, firstLine, false);
    }

    private static final java.util.Set<String> COMPOUND = java.util.Set.of(
            "if", "for", "while", "def", "class", "with", "try", "async", "match");
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("else", "elif", "except", "finally", "case");

    private static boolean startsCompound(String line) {
        String s = line.strip();
        return s.startsWith("@") || COMPOUND.contains(firstWord(s)) || opensBlock(line);
    }

    /** A line of the statement being read although it starts at column 0: a clause, or the def after a decorator. */
    private boolean continuesCompound(String line) {
        String word = firstWord(line);
        if (CLAUSES.contains(word)) {
            return true;
        }
        String text = pending.toString().strip();
        return text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("@") || l.strip().startsWith("#"));
    }

    /** True when the line's code (comments aside) ends with ':' : it opens a block. */
    private static boolean opensBlock(String line) {
        String code = LineState.withoutComment(line).stripTrailing();
        return code.endsWith(":");
    }

    /** The name-like word {@code s} starts with ({@code for}, {@code backward}), or "" when none. */
    static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Where a scan of lines stands: bracket depth, an open triple-quoted string, a trailing backslash. */
    static final class LineState {
        private int depth;
        private String openString;
        private boolean backslash;

        boolean continues() {
            return depth > 0 || openString != null || backslash;
        }

        void reset() {
            depth = 0;
            openString = null;
            backslash = false;
        }

        void scan(String line) {
            backslash = false;
            int i = 0;
            int n = line.length();
            while (i < n) {
                if (openString != null) {
                    int end = closing(line, i, openString);
                    if (end < 0) {
                        return;
                    }
                    openString = null;
                    i = end;
                    continue;
                }
                char c = line.charAt(i);
                if (c == '#') {
                    return;
                } else if (c == '\'' || c == '"') {
                    String quote = line.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                            : String.valueOf(c);
                    int end = closing(line, i + quote.length(), quote);
                    if (end < 0) {
                        // A one-quote string cannot go on past its line (unless it ends in a backslash).
                        openString = quote.length() == 3 || line.endsWith("\\") ? quote : null;
                        return;
                    }
                    i = end;
                    continue;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '\\' && i == n - 1) {
                    backslash = true;
                }
                i++;
            }
        }

        /** The index after the closing {@code quote} at or after {@code from}, or -1 if the line ends first. */
        private static int closing(String line, int from, String quote) {
            for (int i = from; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (line.startsWith(quote, i)) {
                    return i + quote.length();
                }
            }
            return -1;
        }

        /** The line without its comment (a '#' outside strings). */
        static String withoutComment(String line) {
            String quote = null;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != null) {
                    if (c == '\\') {
                        i++;
                    } else if (line.startsWith(quote, i)) {
                        i += quote.length() - 1;
                        quote = null;
                    }
                } else if (c == '#') {
                    return line.substring(0, i);
                } else if (c == '\'' || c == '"') {
                    quote = line.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    i += quote.length() - 1;
                }
            }
            return line;
        }
    }
}
