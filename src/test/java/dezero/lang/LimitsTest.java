package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.lang.syntax.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit of {@code help limits} at its edge: the last value within it works, the first past it
 * is the documented one-line error, and the session goes on. The limits are the REPL's own (numpy
 * and CPython have others), so their texts are the REPL's; where a value is Python's or numpy's, a
 * comment says so.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private final Session session = new Session();

    private Result eval(String line) {
        return session.eval(line);
    }

    private String lastErrorLine(Result r) {
        return Eval.lastLine(r.err());
    }

    @Test
    void helpLimitsStatesEveryLimit() {
        String help = eval("help limits").out();
        for (int limit : List.of(Parser.MAX_NESTING, Limits.MAX_LINE_LENGTH, NDArray.MAX_SIZE, NDArray.MAX_NDIM,
                Session.MAX_LOAD_DEPTH)) {
            assertTrue(help.contains(" " + limit + " "), () -> "help limits lacks " + limit + ":\n" + help);
        }
        for (String kind : List.of("SyntaxError", "ValueError", "MemoryError", "RecursionError", "KeyboardInterrupt")) {
            assertTrue(help.contains(kind), () -> "help limits lacks " + kind);
        }
        assertTrue(eval("help").out().contains("Other topics: syntax limits"));
    }

    @Test
    void nestingAtTheLimitWorksAndOneMoreIsASyntaxError() {
        int n = Parser.MAX_NESTING;
        assertEquals("2\n", eval("(".repeat(n) + "2" + ")".repeat(n)).out());
        // CPython 3.11's parser stops at the same depth, with the same text (compile() of 201 parentheses).
        Result r = eval("(".repeat(n + 1) + "2" + ")".repeat(n + 1));
        assertEquals("SyntaxError: too many nested parentheses",
                lastErrorLine(r));
    }

    @Test
    void lineLengthAtTheLimitWorksAndOneMoreCharacterIsASyntaxError() {
        String atLimit = "s = '" + "a".repeat(Limits.MAX_LINE_LENGTH - 7) + "';";
        assertEquals(Limits.MAX_LINE_LENGTH, atLimit.length());
        Result ok = eval(atLimit);
        assertEquals("", ok.err());
        Result r = eval(atLimit + " ");
        assertEquals("SyntaxError: line too long: more than 2000000 characters\n", r.err());
    }

    @Test
    void continuationLinesCountTowardsTheLineLimit() {
        String half = "1, ".repeat(Limits.MAX_LINE_LENGTH / 6);
        Result r = session.runScript("open.dz", "x = [" + half + "\n" + half + "\n" + half + "\n");
        // The REPL's own limit (Python has none): an open bracket would otherwise gather the rest of the file.
        assertEquals("open.dz:1:1: SyntaxError: statement too long: more than 2000000 characters with its continuation "
                + "lines (is a bracket left open?)\n", r.err());
        assertEquals("2\n", eval("1 + 1").out());
    }

    @Test
    void loadNestsTwentyDeepThenRecursionError() throws IOException {
        for (int i = 0; i < Session.MAX_LOAD_DEPTH; i++) {
            String next = i + 1 < Session.MAX_LOAD_DEPTH ? "load " + dir.resolve("s" + (i + 1) + ".dz") + "\n" : "";
            Files.writeString(dir.resolve("s" + i + ".dz"), "v" + i + " = " + i + "\n" + next,
                    StandardCharsets.UTF_8);
        }
        Result ok = eval("load " + dir.resolve("s0.dz"));
        assertEquals("", ok.err());
        assertEquals(Session.MAX_LOAD_DEPTH, session.values().size());
        Files.writeString(dir.resolve("s19.dz"), "v19 = 19\nload " + dir.resolve("s0.dz") + "\n");
        assertTrue(eval("load " + dir.resolve("s0.dz")).err().contains(
                "RecursionError: load nested more than 20 deep (does a script load itself?)"));
    }

    @Test
    void seedsAndIndicesPastTheIntRangeAreNumpysErrors() {
        // numpy 2.4: np.random.seed(2**32) and np.ones(3)[2**31] fail with these texts; 2**32 - 1 is a seed.
        assertEquals("ValueError: Seed must be between 0 and 2**32 - 1", lastErrorLine(eval("np.random.seed(2**32)")));
        assertEquals("", eval("np.random.seed(2**32 - 1)").err());
        assertEquals("IndexError: index 2147483648 is out of bounds for axis 0 with size 3",
                lastErrorLine(eval("np.ones(3)[2**31]")));
    }

    @Test
    void arraysAtTheElementLimitAreAllowedAndOneMoreIsNot() {
        assertEquals("ValueError: array is too big: shape (100000001,) has 100000001 elements, the limit is 100000000",
                lastErrorLine(eval("np.zeros(100000001)")));
        assertEquals("ValueError: array is too big: shape (10001,10000) has 100010000 elements, "
                + "the limit is 100000000", lastErrorLine(eval("np.random.randn(10001, 10000)")));
        // numpy's own limit and text: 64 dimensions, then this ValueError.
        assertEquals("64\n", eval("np.zeros((" + "1, ".repeat(NDArray.MAX_NDIM - 1) + "1)).ndim").out());
        assertEquals("ValueError: maximum supported dimension for an ndarray is currently 64, found 65",
                lastErrorLine(eval("np.zeros((" + "1, ".repeat(NDArray.MAX_NDIM) + "1))")));
    }
}
