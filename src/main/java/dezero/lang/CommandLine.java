package dezero.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A command line ({@code backward y}, {@code graph y out.png}, {@code :vars}): which lines are
 * commands rather than Python, and their words with the columns they stand at.
 *
 * <p>A line is a command when its first word is a command's name, written alone or followed by
 * words ({@code backward y}), or with a colon before it ({@code :vars}). A command name used as
 * Python ({@code vars = 3}, {@code help(x)}, {@code trace.x}) is Python, and so is a name the user
 * bound in the session: once {@code vars = 3} ran, {@code vars} shows 3 (and {@code :vars} the table).
 */
public final class CommandLine {
    /** One argument word: its text (quotes removed) and where it stands. */
    public record Word(String value, Span span) {}

    private final String name;
    private final Span nameSpan;
    private final List<Word> words;

    private CommandLine(String name, Span nameSpan, List<Word> words) {
        this.name = name;
        this.nameSpan = nameSpan;
        this.words = words;
    }

    public String name() {
        return name;
    }

    public Span nameSpan() {
        return nameSpan;
    }

    public List<Word> words() {
        return words;
    }

    /**
     * True when {@code line} is a command line: {@code isCommand} knows the command names,
     * {@code isUserName} the names the user bound (a bare use of one of those is Python).
     */
    public static boolean isCommandLine(String line, Predicate<String> isCommand, Predicate<String> isUserName) {
        String s = line.strip();
        if (s.startsWith(":")) {
            return isCommand.test(SourceUnits.firstWord(s.substring(1)));
        }
        String word = SourceUnits.firstWord(s);
        if (word.isEmpty() || !isCommand.test(word) || isUserName.test(word)) {
            return false;
        }
        String rest = s.substring(word.length());
        if (rest.isEmpty()) {
            return true;
        }
        if (!Character.isWhitespace(rest.charAt(0))) {
            return false;
        }
        rest = rest.strip();
        char c = rest.charAt(0);
        if (rest.startsWith("./") || rest.startsWith("../") || rest.startsWith("--")) {
            // A path, or an option ('mem --no-heap'): as Python it would only fail on the unbound name.
            return true;
        }
        if (Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '"' || c == '/' || c == '~') {
            // 'help x' is a command; 'help is None', 'vars if a else b' are Python.
            return !PYTHON_AFTER_NAME.contains(SourceUnits.firstWord(rest));
        }
        return false;
    }

    private static final java.util.Set<String> PYTHON_AFTER_NAME = java.util.Set.of(
            "is", "in", "not", "and", "or", "if", "else", "for");

    /** Splits a command line on line {@code lineNumber} into its name and words; quotes keep spaces in a word. */
    public static CommandLine parse(String line, int lineNumber) {
        int i = 0;
        int n = line.length();
        while (i < n && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i < n && line.charAt(i) == ':') {
            i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        String name = line.substring(start, i);
        Span nameSpan = new Span(lineNumber, start, i);
        List<Word> words = new ArrayList<>();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n || line.charAt(i) == '#') {
                break;
            }
            int from = i;
            StringBuilder word = new StringBuilder();
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    throw LangError.syntax("unterminated string literal (detected at line " + lineNumber + ")",
                            new Span(lineNumber, i, i + 1));
                }
                word.append(line, i + 1, end);
                i = end + 1;
            } else {
                while (i < n && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != ';') {
                    word.append(line.charAt(i++));
                }
                if (i < n && line.charAt(i) == ';') {
                    i++;
                }
            }
            if (word.length() > 0 || c == '\'' || c == '"') {
                words.add(new Word(word.toString(), new Span(lineNumber, from, i)));
            }
        }
        return new CommandLine(name, nameSpan, words);
    }

    /** True when the line ends with ';' (outside a comment): its echo is silenced. */
    static boolean silenced(String line) {
        return SourceUnits.LineState.withoutComment(line).stripTrailing().endsWith(";");
    }
}
