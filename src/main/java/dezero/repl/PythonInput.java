package dezero.repl;

import dezero.lang.syntax.Parser;
import dezero.lang.syntax.PySyntaxError;

/**
 * When the Python prompt has a whole statement: as CPython's interactive mode decides, a line
 * that opens a block, an open bracket or an unfinished triple-quoted string asks for more, and a
 * block ends with a blank line.
 */
public final class PythonInput {
    private PythonInput() {}

    /** True when {@code text} can run now; false when the prompt should show {@code ...} and read on. */
    public static boolean isComplete(String text) {
        String[] lines = text.split("\n", -1);
        String last = lines[lines.length - 1];
        boolean inBlock = lines.length > 1 && (lines[0].stripTrailing().endsWith(":") || startsIndented(lines));
        if (inBlock) {
            // A block is closed by a blank line, whatever it holds: then it runs (or reports its error).
            return last.isBlank();
        }
        if (last.endsWith("\\")) {
            return false;
        }
        try {
            Parser.parseModule(text);
            return true;
        } catch (PySyntaxError e) {
            String m = e.getMessage();
            // A line that opens a block parses as "expected an indented block" until its body comes;
            // one that can never parse ('def f(:') runs, so its error shows at once, as in python3.
            return !(m.contains("was never closed") || m.startsWith("unterminated triple-quoted")
                    || m.startsWith("expected an indented block") || m.equals("unexpected EOF while parsing"));
        }
    }

    /** How many indentation steps of four the next line starts with: the last line's, one more after a ':'. */
    public static int nextIndent(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            if (!line.isBlank()) {
                int spaces = line.length() - line.stripLeading().length();
                return spaces / 4 + (line.stripTrailing().endsWith(":") ? 1 : 0);
            }
        }
        return 0;
    }

    private static boolean startsIndented(String[] lines) {
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].stripTrailing().endsWith(":")) {
                return true;
            }
        }
        return false;
    }
}
