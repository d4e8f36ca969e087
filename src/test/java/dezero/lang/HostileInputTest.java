package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Printed values are numpy 2.4's {@code str} of the same computation (checked with python3).
 */
class HostileInputTest {
    private static final int DEEP = 100_000;

    private final Session session = new Session();

    @BeforeEach
    void defineX() {
        assertEquals("", session.eval("x = [1., 2., 3., 4., 5., 6.]").err());
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
    @ValueSource(strings = {"(", "[", "-", "+", "square(", "x[", "2 ** "})
    void nestingAHundredThousandDeepIsASyntaxErrorNamingTheLimit(String open) {
        String close = open.equals("(") || open.equals("square(") ? ")" : open.equals("[") || open.equals("x[") ? "]"
                : "";
        String line = open.repeat(DEEP) + "1" + close.repeat(DEEP);
        String e = error(line);
        assertTrue(e.startsWith("SyntaxError: ") && e.contains("(the limit is " + Parser.MAX_NESTING + ")")
                || e.contains("the limit is " + Parser.MAX_HEIGHT), e);
    }

    @Test
    void aThousandOperatorChainIsWithinTheLimitAndTheNextOneIsNot() {
        String chain = "x" + " + x".repeat(Parser.MAX_HEIGHT - 1);
        // x + x + ... (1000 terms) is 1000 x: [1000. 2000. ...].
        assertEquals("variable([1000. 2000. 3000. 4000. 5000. 6000.])\n", out(chain));
        assertTrue(error(chain + " + x").startsWith("SyntaxError: expression too deeply nested (the limit is 1000"));
    }

    @Test
    void deepButLegalExpressionsEvaluate() {
        int n = Parser.MAX_NESTING;
        assertEquals("1\n", out("(".repeat(n) + "1" + ")".repeat(n)));
        // -(-(...-1)) with 199 minus signs is -1 (an odd count); a unary minus is one nesting level.
        assertEquals("-1\n", out("-".repeat(n - 1) + "1"));
        // 64 nested lists make the deepest array numpy allows: shape (1,) * 64.
        assertEquals("64\n", out("len(np.array(" + "[".repeat(64) + "2" + "]".repeat(64) + ").shape)"));
        // square applied 5 times to 1.01 is 1.01 ** 32 = 1.3749406785310976 (python3).
        assertEquals("variable(1.3749406785310976)\n", out("square(".repeat(5) + "Variable(1.01)" + ")".repeat(5)));
        String sixtyFive = "[".repeat(65) + "2" + "]".repeat(65);
        assertEquals("ValueError: maximum supported dimension for an ndarray is currently 64, found 65",
                error("np.array(" + sixtyFive + ")"));
    }

    @Test
    void impossibleSizesAreOneLineValueErrors() {
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("randn(100000, 100000)"));
        assertEquals("ValueError: negative dimensions are not allowed", error("ones(-1)"));
        assertEquals("ValueError: zeros() argument 'shape' is too large: 1e+300 (the limit is 2147483647)",
                error("zeros(1e300)"));
        assertEquals("ValueError: zeros() argument 'shape' is too large: 1e+20 (the limit is 2147483647)",
                error("zeros(10**20)"));
        assertEquals("ValueError: cannot reshape array of size 6 into shape (7,)", error("reshape(x, 7)"));
        assertEquals("ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                + "signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)",
                error("matmul(ones((2, 3)), ones((2, 3)))"));
        assertEquals("ValueError: array is too big: shape (100000000000000000000,) has 100000000000000000000 "
                + "elements, the limit is 100000000", error("arange(1e20)"));
        assertEquals("ZeroDivisionError: division by zero (arange's step is 0)", error("arange(0, 1, 0)"));
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("ones((100000, 1)) @ ones((1, 100000))"));
        assertEquals("ValueError: array is too big: shape (100000,100000) has 10000000000 elements, "
                + "the limit is 100000000", error("ones((100000, 1)) + ones(100000)"));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer (zeros() argument 'shape')",
                error("zeros(3.0)"));
    }

    @Test
    void aListOfArraysOverTheLimitFailsBeforeItIsCopied() {
        assertEquals("", session.eval("a = zeros(34000000)").err());
        assertEquals("ValueError: array is too big: shape (3,34000000) has 102000000 elements, the limit is 100000000",
                error("b = [a.data, a.data, a.data]"));
        assertEquals("ValueError: setting an array element with a sequence. The requested array has an inhomogeneous "
                + "shape after 2 dimensions. The detected shape was (2, 2) + inhomogeneous part.",
                error("np.array([[[1, 2], [3, 4]], np.ones(2)])"));
        session.eval("a = 0");
    }

    @Test
    void hugeIndexIsAnIndexErrorAsNumpys() {
        assertEquals("IndexError: index 1000000000000 is out of bounds for axis 0 with size 6",
                error("x.data[10**12]"));
        assertEquals("IndexError: list index out of range", error("[1, 2][1e300]"));
    }

    @Test
    void divisionByZeroLogOfZeroAndOverflowGiveInfAndNanAsNumpy() {
        out("z = [0., -1., 1.]");
        assertEquals("variable([inf -1.  1.])\n", out("1 / z"));
        assertEquals("variable([-inf  nan   0.])\n", out("log(z)"));
        assertEquals("variable([inf  0.  1.])\n", out("exp([1000., -1000., 0.])"));
        assertEquals("variable([inf])\n", out("Variable([1e308]) * 10"));
        assertEquals("variable([nan nan  0.])\n", out("Variable([1e400, -1e400, 0.]) * 0"));
        assertEquals("variable(-inf)\n", out("-1 / Variable(0.)"));
        assertEquals("variable([ 1. -1. nan])\n", out("tanh([1e400, -1e400, log(-1)])"));
        assertEquals("[[ nan  1. ]\n [ 2.5 -inf]]\n", out("print((Variable([[0., 1.], [2.5, -1.]]) / Variable([[0., 1.], [1., 0.]])).data)"));
        // d(1/z)/dz = -1/z**2 = [-inf -1. -1.] (numpy).
        assertEquals("y = variable([inf -1.  1.])\nz.grad = variable([-inf  -1.  -1.])\n", out("y = 1 / z; backward y"));
        assertEquals("ZeroDivisionError: division by zero", error("1 / 0"));
        assertEquals("inf\n", out("10 ** 400"));
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
        sb.append("0]; s = sum(big * big)");
        assertTrue(sb.length() > 1 << 20);
        Result r = session.eval(sb.toString());
        assertEquals("", r.err());
        assertEquals((double) sumOfSquares, session.variables().get("s").data.item());
        session.eval("reset; x = [1., 2., 3., 4., 5., 6.]");
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
    void nulCharactersAreASyntaxErrorThatPointsAtThem() {
        assertEquals("    y = 1\\x00 + 2\n         ^^^^\nSyntaxError: invalid character '\\u0000' (U+0000)\n",
                session.eval("y = 1\0 + 2").err());
        assertEquals("SyntaxError: invalid character '\ufffd' (U+FFFD)", error("y = \ufffd"));
    }

    @Test
    void controlCharactersAreEchoedEscapedSoTheyCannotDriveTheTerminal() {
        // printf 'y = \x1b[31m 2\n' | dezero used to write a live colour sequence back.
        String err = session.eval("y = \u001b[31m 2").err();
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n'), err);
        assertTrue(err.startsWith("    y = \\x1b[31m 2\n        ^^^^\n"), err);
        String bidi = session.eval("y = 1 + nothing\u202e").err();
        assertTrue(bidi.startsWith("    y = 1 + nothing\\u202e\n"), bidi);
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
        assertEquals("a = variable(1.0)\nb = variable(2.0)\n", out("a = 1\r\nb = 2\r\n"));
        assertEquals("c = variable(3.0)\n", session.runScript("w.dz", "\tc = 3\t# tabbed\r\n").out());
        assertEquals("d = variable(4.0)\n", session.runScript("w.dz", "d = \t4").out());
        assertEquals("    \ty = \tnothing\n    \t    \t^^^^^^^\nNameError: name 'nothing' is not defined\n",
                session.eval("\ty = \tnothing").err());
    }

    @Test
    void unicodeIdentifiersAreNamesAsInPython() {
        assertEquals("α = variable(2.0)\n", out("α = 2"));
        assertEquals("variable(4.0)\n", out("square(α)"));
        assertEquals("変数 = variable(1.0)\n", out("変数 = 1"));
        // Python compares names in NFKC: the ligature ﬁ is fi, and e + U+0301 is é.
        assertEquals("fi = variable(3.0)\n", out("ﬁ = 3"));
        assertEquals("variable(3.0)\n", out("fi"));
        assertEquals("é = variable(5.0)\n", out("e\u0301 = 5"));
        assertEquals("variable(5.0)\n", out("\u00e9"));
        assertEquals("SyntaxError: invalid character '²' (U+00B2)", error("x² = 1"));
        assertEquals("SyntaxError: invalid character '😀' (U+1F600)", error("😀 = 1"));
        assertEquals(List.of("x", "α", "変数", "fi", "é"), List.copyOf(session.variables().keySet()));
    }
}
