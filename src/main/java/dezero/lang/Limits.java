package dezero.lang;

import dezero.core.NDArray;

/**
 * The limits that keep any input from crashing, hanging or exhausting the REPL, and the text of
 * {@code help limits}. Past each limit comes a one-line error and the
 * session goes on.
 */
public final class Limits {
    /** The longest statement (its block and continuation lines included), in characters. */
    public static final int MAX_LINE_LENGTH = 2_000_000;

    static final String HELP = String.join("\n",
            "Limits (past each: a one-line error, and the session goes on as it was):",
            row("nesting", dezero.lang.syntax.Parser.MAX_NESTING + " levels of brackets, calls and unary - or +",
                    "SyntaxError"),
            row("statement", MAX_LINE_LENGTH + " characters, its block and continuation lines included", "SyntaxError"),
            row("array", NDArray.MAX_SIZE + " elements (800 MB), " + NDArray.MAX_NDIM + " dimensions", "ValueError"),
            row("memory", "what the Java heap has free (" + maxHeap() + " at most; java -Xmx)", "MemoryError"),
            row("recursion", "calls as deep as the thread's stack allows", "RecursionError"),
            row("load depth", Session.MAX_LOAD_DEPTH + " scripts deep (a script that loads itself)", "RecursionError"),
            "Arithmetic on arrays and Variables never fails: 1 / x, log(0), log(-1), exp(1000) give inf,",
            "-inf and nan as numpy does (with numpy's warnings). Python numbers follow Python: 1 / 0 is a",
            "ZeroDivisionError, integers are exact at any size. Ctrl-C stops a running line or loop",
            "(KeyboardInterrupt); a backward it stops changes no grad. A file that is not UTF-8 text stops",
            "at the line with the bad byte (OSError).");

    private Limits() {}

    // Padded by hand, not with String.format: this text is made as every session starts, and
    // java.util.Formatter brings locale data and regular expressions along (10-20 ms of dezero -e).
    private static String row(String name, String limit, String error) {
        return "  " + padded(name, 13) + padded(limit, 58) + error;
    }

    private static String padded(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** The maximum heap in GiB with one decimal, rounded half up as {@code %.1f} rounds. */
    private static String maxHeap() {
        return java.math.BigDecimal.valueOf(Runtime.getRuntime().maxMemory())
                .divide(java.math.BigDecimal.valueOf(1L << 30), 1, java.math.RoundingMode.HALF_UP) + " GiB";
    }
}
