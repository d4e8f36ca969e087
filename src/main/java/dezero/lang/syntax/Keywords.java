package dezero.lang.syntax;

import java.util.Set;

/** Python 3.11's reserved words. */
public final class Keywords {
    /** Every reserved word, for the parser, the highlighter and the completer. */
    public static final Set<String> ALL = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private Keywords() {}

    public static boolean isKeyword(String word) {
        return ALL.contains(word);
    }
}
