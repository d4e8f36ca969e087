package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad input of issue 3: one error in Python's words, then the session goes on unchanged. */
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
    void unclosedCallShowsTheLineAndACaretAtTheEnd() {
        assertEquals("    y = add(square(x), x\n                        ^\nSyntaxError: expected ')' after arguments\n",
                fails("y = add(square(x), x", Result.Status.SYNTAX_ERROR).err());
    }

    @Test
    void assignmentWithoutAValue() {
        assertTrue(fails("y = ", Result.Status.SYNTAX_ERROR).err()
                .endsWith("SyntaxError: expected an expression at the end of the line\n"));
    }

    @Test
    void twoOperatorsInARow() {
        assertEquals("    3 +* 4\n       ^\nSyntaxError: expected an expression, found '*'\n",
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
                .endsWith("TypeError: add() takes 2 arguments (1 given)\n"));
    }

    @Test
    void misspelledFunctionGetsASuggestion() {
        assertTrue(fails("squar(x)", Result.Status.RUNTIME_ERROR).err()
                .endsWith("NameError: name 'squar' is not defined; did you mean 'square'?\n"));
    }

    @Test
    void shapesThatDoNotBroadcastGiveNumpysMessage() {
        assertTrue(fails("[1,2,3] + [1,2]", Result.Status.RUNTIME_ERROR).err()
                .endsWith("ValueError: operands could not be broadcast together with shapes (3,) (2,)\n"));
    }

    @Test
    void unknownAttribute() {
        assertEquals("    x.foo\n      ^^^\nAttributeError: 'Variable' object has no attribute 'foo'\n",
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
        assertEquals("z = variable(5.0)\n", r.out());
        assertEquals(5.0, session.variables().get("z").data.item());
        session.eval("reset; x = Variable(np.array(3.0)); y = add(square(x), x)");
    }

    @Test
    void interruptBecomesKeyboardInterrupt() {
        Thread.currentThread().interrupt();
        Result r = session.eval("square(x)");
        assertEquals("KeyboardInterrupt\n", r.err());
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
    }

    @Test
    void unexpectedJavaExceptionIsOneInternalErrorLine() {
        session.commands().register(new Command("boom", "boom", "fails", List.of(), false, ctx -> {
            throw new NullPointerException("no value");
        }));
        assertEquals("    boom\n    ^^^^\nInternalError: NullPointerException: no value\n",
                fails("boom", Result.Status.RUNTIME_ERROR).err());
    }

    @Test
    void backwardInterruptedHalfWayLeavesEveryGradAsItWas() {
        session.eval("backward y");
        int[] calls = {0};
        session.setBackwardListener((f, gen, gys, gxs) -> {
            if (++calls[0] == 2) {
                throw new CancellationException("interrupted");
            }
        });
        // y = add(square(x), x): Add runs first and already adds 1 to x.grad before Square is interrupted.
        Result r = session.eval("y = add(square(x), x); y.backward()");
        session.setBackwardListener(null);
        assertEquals("KeyboardInterrupt\n", r.err());
        assertEquals("variable(7.0)\n", session.eval("x.grad").out());
    }
}
