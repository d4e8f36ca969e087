package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.syntax.Parser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a classroom types: absurd nesting and sizes, inf and nan, huge or odd lines.
 * Each gives its value or one error in Python's words, and the session goes on unchanged.
 * Printed values are {@code src/test/resources/dezero/lang/repl_oracle.py}'s for the same lines
 * (CPython 3.11, numpy 2.4, DeZero) unless a comment says otherwise.
 */
class HostileInputTest {
    private static final int DEEP = 100_000;

    private final Session session = new Session();

    @BeforeEach
    void defineX() {
        assertEquals("", session.eval("x = Variable(np.array([1., 2., 3., 4., 5., 6.]))").err());
    }

    @AfterEach
    void sessionIsUsable() {
        assertEquals("2\n", session.eval("1 + 1").out());
        assertEquals("variable([1. 2. 3. 4. 5. 6.])\n", session.eval("x").out());
    }

    /** The last line of the error, {@code Kind: message}, after checking nothing was printed. */
    private String error(String line) {
        Result r = session.eval(line);
        assertEquals("", r.out(), line);
        assertTrue(r.err().endsWith("\n"), r.err());
        String[] lines = r.err().split("\n");
        return lines[lines.length - 1];
    }

    private String out(String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), line);
        return r.out();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(", "[", "square(", "x["})
    void bracketsAHundredThousandDeepAreCPythonsSyntaxError(String open) {
        String close = open.endsWith("(") ? ")" : "]";
        // CPython 3.11 (compile() of the same line): the parser's limit of 200 nested brackets.
        assertEquals("SyntaxError: too many nested parentheses", error(open.repeat(DEEP) + "1" + close.repeat(DEEP)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-", "+", "2 ** "})
    void operatorsAHundredThousandDeepAreOneErrorNotACrash(String op) {
        // CPython 3.11 runs out of parser stack here (MemoryError); the REPL stops at its nesting limit.
        String e = error(op.repeat(DEEP) + "1");
        assertTrue(e.startsWith("SyntaxError: ") || e.startsWith("MemoryError"), e);
    }

    @Test
    void aThousandOperatorChainEvaluates() {
        // numpy: x * 1000.
        assertEquals("variable([1000. 2000. 3000. 4000. 5000. 6000.])\n", out("x" + " + x".repeat(999)));
    }

    @Test
    void deepButLegalExpressionsEvaluate() {
        int n = Parser.MAX_NESTING;
        assertEquals("1\n", out("(".repeat(n) + "1" + ")".repeat(n)));
        // python3: -(-(...-1)) with 199 minus signs is -1 (an odd count).
        assertEquals("-1\n", out("-".repeat(n - 1) + "1"));
        // numpy: 64 nested lists make the deepest array it allows, shape (1,) * 64.
        assertEquals("64\n", out("len(np.array(" + "[".repeat(64) + "2" + "]".repeat(64) + ").shape)"));
        // python3 + DeZero: square applied 5 times to 1.01 is 1.01 ** 32.
        assertEquals("variable(1.3749406785310976)\n",
                out("square(".repeat(5) + "Variable(np.array(1.01))" + ")".repeat(5)));
    }

    @Test
    void impossibleSizesAreOneLineErrors() {
        // The REPL's array limit (numpy has none so low): a one-line ValueError before any memory is taken.
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("np.random.randn(100000, 100000)"));
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("np.ones((100000, 1)) @ np.ones((1, 100000))"));
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("np.ones((100000, 1)) + np.ones(100000)"));
        // numpy 2.4 and DeZero (repl_oracle.py) on the same lines.
        assertEquals("ValueError: negative dimensions are not allowed", error("np.ones(-1)"));
        assertEquals("ValueError: cannot reshape array of size 6 into shape (7,)", error("reshape(x, 7)"));
    }

    @Test
    void hugeIndicesAreNumpysAndPythonsErrors() {
        assertEquals("IndexError: index 1000000000000 is out of bounds for axis 0 with size 6",
                error("x.data[10**12]"));
        assertEquals("TypeError: list indices must be integers or slices, not float", error("[1, 2][1e300]"));
    }

    @Test
    void divisionByZeroLogOfZeroAndOverflowGiveInfAndNanAsNumpy() {
        // Every value: repl_oracle.py on the same lines (numpy 2.4 + DeZero).
        out("z = Variable(np.array([0., -1., 1.]))");
        assertEquals("variable([inf -1.  1.])\n", out("1 / z"));
        assertEquals("variable([-inf  nan   0.])\n", out("log(z)"));
        assertEquals("variable([inf  0.  1.])\n", out("exp(Variable(np.array([1000., -1000., 0.])))"));
        assertEquals("variable([inf])\n", out("Variable(np.array([1e308])) * 10"));
        assertEquals("variable([nan nan  0.])\n", out("Variable(np.array([1e400, -1e400, 0.])) * 0"));
        assertEquals("variable(-inf)\n", out("-1 / Variable(np.array(0.))"));
        assertEquals("variable([ 1. -1. nan])\n", out("tanh(Variable(np.array([1e400, -1e400, np.log(-1)])))"));
        assertEquals("[[ nan  1. ]\n [ 2.5 -inf]]\n",
                out("print((Variable(np.array([[0., 1.], [2.5, -1.]])) / Variable(np.array([[0., 1.], [1., 0.]]))).data)"));
        // d(1/z)/dz = -1/z**2.
        assertEquals("y = variable([inf -1.  1.])\n", out("y = 1 / z"));
        assertEquals("z.grad = variable([-inf  -1.  -1.])\n", out("backward y"));
        // Python's numbers: an int division by zero fails, ints are exact.
        assertEquals("ZeroDivisionError: division by zero", error("1 / 0"));
        assertEquals("10000000000000000000000000000000000000000\n", out("10 ** 40"));
    }

    @Test
    void aOneMegabyteLineRuns() {
        Random rnd = new Random(42);
        StringBuilder sb = new StringBuilder("big = [");
        long sumOfSquares = 0;
        while (sb.length() < 1 << 20) {
            int d = rnd.nextInt(10);
            sumOfSquares += d * d;
            sb.append(d).append(", ");
        }
        sb.append("0]; s = sum(d * d for d in big);");
        assertTrue(sb.length() > 1 << 20);
        Result r = session.eval(sb.toString());
        assertEquals("", r.err());
        assertEquals(sumOfSquares, ((Number) session.values().get("s")).longValue());
        session.eval("big = 0");
    }

    @Test
    void aLineOverTheLengthLimitIsASyntaxErrorWithoutAnEchoOfIt() {
        String line = "s = '" + "a".repeat(Limits.MAX_LINE_LENGTH) + "'";
        Result r = session.eval(line);
        assertEquals("SyntaxError: line too long: more than 2000000 characters\n", r.err());
        assertEquals(Result.Status.SYNTAX_ERROR, r.status());
    }

    @Test
    void aLongLineIsEchoedAroundTheCaretOnly() {
        String line = "y = " + "x + ".repeat(500) + "nothing";
        Result r = session.eval(line);
        String[] lines = r.err().split("\n");
        assertEquals(3, lines.length, r.err());
        assertEquals("NameError: name 'nothing' is not defined", lines[2]);
        assertTrue(lines[0].startsWith("    ...") && lines[0].endsWith("x + nothing"), lines[0]);
        assertEquals(lines[0].indexOf("nothing"), lines[1].indexOf('^'));
        assertTrue(lines[0].length() <= 4 + 3 + ErrorRenderer.MAX_ECHO, lines[0]);
    }

    @Test
    void nulCharactersAreASyntaxErrorEchoedEscaped() {
        // CPython 3.11 says "source code cannot contain null bytes" (see pythonAndNumpyTexts).
        Result r = session.eval("y = 1\0 + 2");
        assertEquals(Result.Status.SYNTAX_ERROR, r.status());
        assertTrue(r.err().startsWith("    y = 1\\x00 + 2\n"), r.err());
        // CPython 3.11 on a file with the same line.
        assertEquals("SyntaxError: invalid character '\ufffd' (U+FFFD)", error("y = \ufffd"));
    }

    @Test
    void controlCharactersAreEchoedEscapedSoTheyCannotDriveTheTerminal() {
        // printf 'y = \x1b[31m 2\n' | dezero must not write a live colour sequence back, in the echo or the message.
        String err = session.eval("y = \u001b[31m 2").err();
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n'), err);
        assertTrue(err.startsWith("    y = \\x1b[31m 2\n"), err);
        String bidi = session.eval("y = 1 + nothing\u202e").err();
        assertTrue(bidi.startsWith("    y = 1 + nothing\\u202e\n"), bidi);
        assertFalse(bidi.contains("\u202e"), bidi);
    }

    @Test
    void theCaretCountsTerminalColumnsAfterWideCharacters() {
        // Each Hangul syllable takes two columns: the caret goes four columns further than two characters.
        assertEquals("    한글 = 1 + nothing\n" + " ".repeat(4 + 4 + 7) + "^^^^^^^\n"
                + "NameError: name 'nothing' is not defined\n", session.eval("한글 = 1 + nothing").err());
        assertEquals("    e\u0301 = nothing\n" + " ".repeat(4 + 4) + "^^^^^^^\n"
                + "NameError: name 'nothing' is not defined\n", session.eval("e\u0301 = nothing").err());
    }

    @Test
    void windowsLineEndingsTabsAndNoTrailingNewline() {
        // python3 echoes as repl_oracle.py does; an indented first line is CPython's IndentationError.
        assertEquals("a = 1\nb = 2\n", out("a = 1\r\nb = 2\r\n"));
        assertEquals("d = 4\n", session.runScript("w.dz", "d = \t4").out());
        String err = session.runScript("w.dz", "\tc = 3\t# tabbed\r\n").err();
        assertTrue(err.startsWith("w.dz:1:") && err.contains(": IndentationError: unexpected indent\n"), err);
    }

    @Test
    void unicodeIdentifiersAreNamesAsInPython() {
        assertEquals("α = variable(2.0)\n",
                out("α = Variable(np.array(2.0))"));
        // x^2 at 2.
        assertEquals("variable(4.0)\n", out("square(α)"));
        assertEquals("変数 = 1\n", out("変数 = 1"));
        // CPython 3.11 (compile() of each line).
        assertEquals("SyntaxError: invalid character '²' (U+00B2)", error("x² = 1"));
        assertEquals("SyntaxError: invalid character '😀' (U+1F600)", error("😀 = 1"));
        assertEquals(List.of("x", "α", "変数"), List.copyOf(session.values().keySet()));
        session.eval("reset");
        session.eval("x = Variable(np.array([1., 2., 3., 4., 5., 6.]))");
    }

    /** Takes half a minute today: np.array copies the three arrays before it checks the size. */
    @Test
    void aListOfArraysOverTheLimitFailsBeforeItIsCopied() {
        assertEquals("", session.eval("a = np.zeros(34000000);").err());
        assertEquals("ValueError: array is too big: shape (3,34000000) has 102000000 elements, the limit is 100000000",
                error("b = np.array([a, a, a])"));
        session.eval("a = 0");
    }

    /** CPython 3.11's and numpy's texts for the same lines (python3 on a file holding each). */
    @Test
    void pythonAndNumpyTexts() {
        assertEquals("SyntaxError: source code cannot contain null bytes", error("y = 1\0 + 2"));
        assertEquals("SyntaxError: invalid non-printable character U+001B", error("y = \u001b[31m 2"));
        assertEquals("SyntaxError: invalid non-printable character U+202E", error("y = 1 + nothing\u202e"));
        // Python compares names in NFKC: the ligature ﬁ is fi, and e + U+0301 is é.
        assertEquals("fi = 3\n", out("ﬁ = 3"));
        assertEquals("é = 5\n", out("e\u0301 = 5"));
        assertEquals("5\n", out("\u00e9"));
        // numpy 2.4 and DeZero.
        assertEquals("TypeError: expected a sequence of integers or a single integer, got '1e+300'", error("np.zeros(1e300)"));
        assertEquals("ValueError: Maximum allowed dimension exceeded", error("np.zeros(10**20)"));
        assertEquals("ValueError: Maximum allowed size exceeded", error("np.arange(1e20)"));
        assertEquals("ZeroDivisionError: division by zero", error("np.arange(0, 1, 0)"));
        assertEquals("ValueError: setting an array element with a sequence. The requested array has an inhomogeneous "
                + "shape after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.",
                error("np.array([[[1, 2], [3, 4]], np.ones(2)])"));
        assertEquals("ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)",
                error("matmul(np.ones((2, 3)), np.ones((2, 3)))"));
        assertEquals("ValueError: setting an array element with a sequence. The requested array would exceed the "
                + "maximum number of dimension of 64.", error("np.array(" + "[".repeat(65) + "2" + "]".repeat(65) + ")"));
    }
}
