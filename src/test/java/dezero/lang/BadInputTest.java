package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input at the prompt: one error in Python's words, then the session goes on unchanged. The
 * error texts and caret columns are CPython 3.11's for the same line ({@code python3 -c}, with
 * DeZero's {@code add} and {@code Variable}); the command errors are the REPL's.
 */
class BadInputTest {
    private final Session session = new Session();

    @BeforeEach
    void defineVariables() {
        Result r = session.eval("x = Variable(np.array(3.0)); y = add(square(x), x)");
        assertEquals("", r.err());
    }

    @AfterEach
    void sessionIsIntact() {
        assertEquals("variable(3.0)\nvariable(12.0)\n", session.eval("x; y").out());
        assertEquals("2\n", session.eval("1 + 1").out());
        assertEquals(List.of("x", "y"), List.copyOf(session.variables().keySet()));
    }

    private Result fails(String line, Result.Status status) {
        Result r = session.eval(line);
        assertEquals("", r.out());
        assertEquals(status, r.status());
        assertTrue(r.err().endsWith("\n"));
        return r;
    }

    @Test
    void unclosedCallShowsTheLineAndACaretAtTheOpeningBracket() {
        assertEquals("    y = add(square(x), x\n           ^\nSyntaxError: '(' was never closed\n",
                fails("y = add(square(x), x", Result.Status.SYNTAX_ERROR).err());
    }

    @Test
    void assignmentWithoutAValue() {
        assertTrue(fails("y = ", Result.Status.SYNTAX_ERROR).err()
                .endsWith("SyntaxError: invalid syntax\n"));
    }

    @Test
    void twoOperatorsInARow() {
        assertEquals("    3 +* 4\n       ^\nSyntaxError: invalid syntax\n",
                fails("3 +* 4", Result.Status.SYNTAX_ERROR).err());
    }

    @Test
    void unterminatedString() {
        assertTrue(fails("print('abc", Result.Status.SYNTAX_ERROR).err()
                .endsWith("SyntaxError: unterminated string literal (detected at line 1)\n"));
    }

    @Test
    void undefinedName() {
        assertEquals("    w + 1\n    ^\nNameError: name 'w' is not defined\n",
                fails("w + 1", Result.Status.RUNTIME_ERROR).err());
    }

    @Test
    void tooFewArguments() {
        assertTrue(fails("add(x)", Result.Status.RUNTIME_ERROR).err()
                .endsWith("TypeError: add() missing 1 required positional argument: 'x1'\n"));
    }

    @Test
    void misspelledFunctionGetsASuggestion() {
        assertTrue(fails("squar(x)", Result.Status.RUNTIME_ERROR).err()
                .endsWith("NameError: name 'squar' is not defined. Did you mean: 'square'?\n"));
    }

    @Test
    void shapesThatDoNotBroadcastGiveNumpysMessage() {
        assertEquals("ValueError: operands could not be broadcast together with shapes (3,) (2,)",
                Eval.lastLine(fails("np.array([1, 2, 3]) + np.array([1, 2])", Result.Status.RUNTIME_ERROR).err()).strip());
    }

    @Test
    void unknownAttribute() {
        // CPython 3.11 marks the whole attribute expression.
        assertEquals("    x.foo\n    ^^^^^\nAttributeError: 'Variable' object has no attribute 'foo'\n",
                fails("x.foo", Result.Status.RUNTIME_ERROR).err());
    }

    @Test
    void badCommandArgumentShowsTheUsageLine() {
        assertTrue(fails("nograd maybe", Result.Status.RUNTIME_ERROR).err()
                .endsWith("ValueError: unexpected 'maybe'; usage: nograd [on|off]\n"));
    }

    @Test
    void loadingAMissingFile() {
        assertTrue(fails("load no/such/file", Result.Status.FILE_ERROR).err()
                .endsWith("FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file'\n"));
    }

    @Test
    void errorInTheMiddleOfALineKeepsWhatRanBeforeIt() {
        Result r = session.eval("z = 5; w + 1; x = 100");
        assertEquals("z = 5\n", r.out());
        assertEquals(5L, ((Number) session.values().get("z")).longValue());
        session.eval("reset; x = Variable(np.array(3.0)); y = add(square(x), x)");
    }

    @Test
    void interruptBecomesKeyboardInterrupt() {
        Thread.currentThread().interrupt();
        Result r = session.eval("square(x)");
        assertEquals("KeyboardInterrupt", Eval.lastLine(r.err()));
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
    }

    @Test
    void unexpectedJavaExceptionIsOnePythonErrorLineWithoutAStackTrace() {
        session.commands().register(new Command("boom", "boom", "fails", List.of(), false, ctx -> {
            throw new NullPointerException("no value");
        }));
        // Python has no such error: the interpreter names the Java exception inside a RuntimeError.
        assertEquals("RuntimeError: internal error: NullPointerException: no value\n",
                fails("boom", Result.Status.RUNTIME_ERROR).err());
    }

    @Test
    void theBackwardCommandInterruptedHalfWayLeavesEveryGradAsItWas() {
        session.eval("backward y");
        int[] calls = {0};
        session.setBackwardListener((f, gen, gys, gxs) -> {
            if (++calls[0] == 2) {
                throw new CancellationException("interrupted");
            }
        });
        // y = add(square(x), x): Add runs first and already adds 1 to x.grad before Square is interrupted;
        // the command puts it back (Python's y.backward() would leave it, as CPython does on a Ctrl-C).
        Result r = session.eval("backward y");
        session.setBackwardListener(null);
        assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
        assertEquals("variable(7.0)\n", session.eval("x.grad").out());
    }
}
