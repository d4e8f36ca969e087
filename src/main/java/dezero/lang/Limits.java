package dezero.lang;

import dezero.core.NDArray;

/**
 * The limits that keep any input from crashing, hanging or exhausting the REPL, and the text of
 * {@code help limits} and {@code help names}. Past each limit comes a one-line error and the
 * session goes on.
 */
public final class Limits {
    /** The longest logical line (continuation lines included), in characters. */
    public static final int MAX_LINE_LENGTH = 2_000_000;
    /** The longest string a line can build by concatenation. */
    public static final int MAX_STRING_LENGTH = 10_000_000;

    static final String HELP = String.join("\n",
            "Limits (past each: a one-line error, and the session goes on as it was):",
            row("nesting", Parser.MAX_NESTING + " levels of brackets, calls and unary - or +", "SyntaxError"),
            row("tree height", Parser.MAX_HEIGHT + " levels (each operator of a chain is one)", "SyntaxError"),
            row("line", MAX_LINE_LENGTH + " characters, continuation lines included", "SyntaxError"),
            row("array", NDArray.MAX_SIZE + " elements (800 MB), " + NDArray.MAX_NDIM + " dimensions", "ValueError"),
            row("memory", "what the Java heap has free (" + maxHeap() + " at most; java -Xmx)", "MemoryError"),
            row("string", MAX_STRING_LENGTH + " characters", "MemoryError"),
            row("load depth", Session.MAX_LOAD_DEPTH + " scripts deep (a script that loads itself)", "RecursionError"),
            row("integers", "sizes and indices below 2**31; exact up to 2**53, then floats", "ValueError"),
            "Arithmetic on arrays and Variables never fails: 1 / x, log(0), log(-1), exp(1000) give inf,",
            "-inf and nan as numpy does. Python numbers alone follow Python: 1 / 0 is a ZeroDivisionError.",
            "Ctrl-C stops a running line within a second (KeyboardInterrupt); a backward it stops changes",
            "no grad. A file that is not UTF-8 text stops at the line with the bad byte (OSError).");

    static final String NAMES = String.join("\n",
            "Names are letters of any alphabet, digits (not first) and _, as in Python: α = 2 works, and",
            "names are compared after Unicode NFKC normalisation as Python does (ﬁ and fi are one name).",
            "Taken names cannot be assigned (SyntaxError, the session unchanged):",
            "  builtin functions  square = 3, print = 1, Variable = 2",
            "  modules            np = 1, random = 2",
            "  commands           vars = 1, backward = 2 (a command word followed by = is read as an assignment)",
            "  constants          True = 1, None = 0",
            "  Python keywords    for, def, with, lambda, if, import = 1, ... (not part of the language)",
            "Every other name can be assigned, again and again (x = 1, then x = [1, 2]); x.grad = ... and",
            "other attributes cannot (Variables are changed by backward and cleargrad).",
            "import numpy as np and from dezero import ... are accepted and do nothing.");

    private Limits() {}

    private static String row(String name, String limit, String error) {
        return String.format("  %-13s%-58s%s", name, limit, error);
    }

    private static String maxHeap() {
        return String.format("%.1f GiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }
}
