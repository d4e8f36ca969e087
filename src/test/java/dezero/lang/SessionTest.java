package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.BackwardListener;
import dezero.core.Config;
import dezero.lang.runtime.PyModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The session as a REPL: Python's values and echo, commands, modes. Expected outputs are
 * {@code src/test/resources/dezero/lang/repl_oracle.py}'s on the same lines (CPython 3.11 and the real
 * DeZero compute each value; the REPL's rules print {@code name = repr(value)}).
 */
class SessionTest {
    private final Session session = new Session();

    private String out(String line) {
        return Eval.out(session, line);
    }

    @Test
    void goldenTranscript() {
        Transcript t = Transcript.load("golden-transcript.txt");
        for (int i = 0; i < t.inputs().size(); i++) {
            assertEquals(t.outputs().get(i), out(t.inputs().get(i)), "after >>> " + t.inputs().get(i));
        }
    }

    @Test
    void bookLinesRunUnchanged() {
        out("x = Variable(np.array(2.0))");
        out("a = square(x)");
        out("y = add(square(a), square(a))");
        out("y.backward()");
        // y = 2 x^4, so y = 32 and dy/dx = 8 x^3 = 64 at x = 2 (python3 + DeZero print the same).
        assertEquals("32.0\n", out("print(y.data)"));
        assertEquals("variable(64.0)\n", out("print(x.grad)"));
    }

    @Test
    void secondDerivativeThroughCreateGraph() {
        // y' = 4x^3 - 4x = 24 and y'' = 12x^2 - 4 = 44 at x = 2; a method call returning None echoes nothing.
        assertEquals("x = variable(2.0)\ny = variable(8.0)\ngx = variable(24.0)\n",
                out("x = Variable(np.array(2.0)); y = x ** 4 - 2 * x ** 2; y.backward(create_graph=True); "
                        + "gx = x.grad; x.cleargrad(); gx.backward()"));
        assertEquals("variable(44.0)\n", out("x.grad"));
    }

    @Test
    void numbersAndListsStayPythonValues() {
        assertEquals("x = 3\ny = 6\n", out("x = 3; y = x * 2"));
        assertEquals("x = [1, 2, 3]\n", out("x = [1, 2, 3]"));
        assertEquals("s = 'text'\nt = (1, 'a')\n", out("s = 'text'; t = (1, 'a')"));
        assertTrue(session.variables().isEmpty(), "no Variable without Variable(...) or a DeZero function");
    }

    @Test
    void backwardRetainKeepsIntermediateGradsAndReportsThemInDefinitionOrder() {
        out("x = Variable(np.array(3.0)); a = square(x); y = a * 2");
        // dy/da = 2, dy/dx = 2 * 2x = 12; dy/dy = 1.
        assertEquals("x.grad = variable(12.0)\na.grad = variable(2.0)\ny.grad = variable(1.0)\n",
                out("backward y retain"));
        out("cleargrad");
        assertEquals("", out("y.backward(retain_grad=True)"), "Python's method prints nothing");
        assertEquals("variable(12.0)\nvariable(2.0)\nvariable(1.0)\n", out("x.grad; a.grad; y.grad"));
    }

    @Test
    void withoutRetainOnlyLeavesKeepGrads() {
        out("x = Variable(np.array(3.0)); a = square(x); y = a * 2");
        assertEquals("x.grad = variable(12.0)\n", out("backward y"));
        assertEquals("", out("a.grad"));
    }

    @Test
    void trailingSemicolonSilencesEchoesButNotPrint() {
        assertEquals("", out("a = 1; b = 2;"));
        assertEquals("a = 1\nb = 2\n", out("a = 1; b = 2"));
        assertEquals("2\n", out("y = a * b; print(y);"));
    }

    @Test
    void matricesPrintAlignedUnderTheName() {
        assertEquals("m = variable([[1. 2.]\n              [3. 4.]])\n",
                out("m = Variable(np.array([[1.0, 2.0], [3.0, 4.0]]))"));
        assertEquals("variable([[1. 2.]\n          [3. 4.]])\n", out("m"));
    }

    @Test
    void valuesPrintAsPythonAndNumpy() {
        assertEquals("variable(0.3333333333333333)\n", out("Variable(np.array(1)) / 3"));
        assertEquals("x = 1e-05\n", out("x = 1e-5"));
        assertEquals("(3,)\n", out("Variable(np.array([1, 2, 3])).shape"));
        assertEquals("(2, 3)\n", out("np.ones((2, 3)).shape"));
        assertEquals("1024\n0.5\n'a'\nTrue\n3\n100000000000000000000\n",
                out("2 ** 10; 2 ** -1; 'a'; True; 7 // 2; 10 ** 20"));
        assertEquals("", out("None"));
    }

    @Test
    void longArraysAreSummarised() {
        // numpy 2.4: repr(np.arange(1001)).
        assertEquals("array([   0,    1,    2, ...,  998,  999, 1000], shape=(1001,))\n", out("np.arange(1001)"));
    }

    @Test
    void aFunctionKnowsItsInputsAndGeneration() {
        out("x = Variable(np.array(3.0)); y = square(x)");
        assertEquals("[variable(3.0)]\n0\n", out("y.creator.inputs; y.creator.generation"));
        assertEquals("Square", Session.typeName(session.peek(List.of("y", "creator"))));
    }

    @Test
    void variablesAndValuesAreExposedInDefinitionOrder() {
        out("b = Variable(np.array(1.0)); a = Variable(np.array(2.0)); s = 'text'; n = 3; b = square(a)");
        assertEquals(List.of("b", "a"), new ArrayList<>(session.variables().keySet()));
        assertEquals(List.of("b", "a", "s", "n"), new ArrayList<>(session.values().keySet()));
        assertEquals("int", Session.typeName(session.values().get("n")));
    }

    @Test
    void nogradModeIsTheSessionsAndIsAppliedOnTheEvaluatingThread() {
        out("nograd on");
        assertTrue(session.isNograd());
        assertTrue(Config.isBackpropEnabled(), "the caller's thread mode is restored after the line");
        out("x = Variable(np.array(3.0)); y = square(x)");
        assertNull(session.variables().get("y").creator);
        assertEquals("nograd is on: the graph is not recorded\n", out("nograd"));
        out("nograd off");
        assertFalse(session.isNograd());
        out("y = square(x)");
        assertEquals("Square", session.variables().get("y").creator.name());
    }

    @Test
    void backwardListenerIsAppliedDuringEvaluation() {
        List<String> seen = new ArrayList<>();
        BackwardListener l = (f, gen, gys, gxs) -> seen.add(f.name() + " " + gen);
        session.setBackwardListener(l);
        out("x = Variable(np.array(3.0)); y = exp(square(x)); y.backward()");
        assertEquals(List.of("Exp 1", "Square 0"), seen);
    }

    @Test
    void quitAndExitRequestTheEnd() {
        out("x = 1");
        assertFalse(session.isQuitRequested());
        out("exit");
        assertTrue(session.isQuitRequested());
    }

    @Test
    void pythonsExitAlsoEndsTheSession() {
        out("exit()");
        assertTrue(session.isQuitRequested());
    }

    @Test
    void resetForgetsEverything() {
        out("x = 1");
        out("nograd on");
        out("reset");
        assertTrue(session.values().isEmpty());
        assertTrue(session.acceptedLines().isEmpty());
        assertFalse(session.isNograd());
        assertEquals("(2,)\n", out("np.ones(2).shape"), "the prelude is back");
    }

    @Test
    void peekFollowsAttributesWithoutEvaluatingCalls() {
        out("x = Variable(np.array(3.0)); y = square(x)");
        assertEquals("Square", Session.typeName(session.peek(List.of("y", "creator"))));
        assertTrue(session.peek(List.of("np", "random")) instanceof PyModule);
        assertNull(session.peek(List.of("nothing")));
    }

    @Test
    void importsOfNumpyAndDezeroAreAccepted() {
        assertEquals("", out("import numpy as np; from dezero import Variable"));
    }

    @Test
    void continuationLinesJoinWhileBracketsAreOpen() {
        out("x = Variable(np.array(2.0))");
        // x^2 + x = 6 at x = 2.
        assertEquals("y = variable(6.0)\n", out("y = add(square(x),\n        x)"));
    }

    @Test
    void aBlockRunsAsOneStatementAndEchoesNothingInside() {
        // python3: for i in range(3): s = s + i, from s = 0, leaves s = 3.
        assertEquals("s = 0\n", out("s = 0"));
        assertEquals("", out("for i in range(3):\n    s = s + i\n"));
        assertEquals("3\n", out("s"));
    }

    @Test
    void matplotlibsValuesEchoAsMatplotlibShowsThem() {
        // matplotlib 3's reprs at Python's prompt: Figure.__repr__, and object.__repr__ of each Line2D plot returns.
        Result r = session.eval("import matplotlib.pyplot as plt\nplt.figure()\nplt.plot([1, 2], [3, 4])");
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals("<Figure size 640x480 with 0 Axes>", lines[0]);
        assertTrue(lines[1].matches("\\[<matplotlib\\.lines\\.Line2D object at 0x[0-9a-f]+>\\]"), lines[1]);
    }

    @Test
    void axisLimitsTakeAPairOneSideOrKeywordsAsMatplotlibDocumentsThem() {
        // matplotlib's set_xlim/set_ylim documentation: (left, right) or one tuple of them; a side left
        // out or None keeps its limit; the keywords left/right and bottom/top; a tuple that is not a
        // pair fails to unpack. (No matplotlib on this machine to run; its documented behaviour.)
        session.eval("import matplotlib.pyplot as plt\nplt.figure()");
        assertEquals("(0.0, 2.0)\n", out("plt.xlim(0, 2)"));
        assertEquals("(1.0, 2.0)\n", out("plt.xlim(1)"));
        assertEquals("(1.0, 5.0)\n", out("plt.xlim(right=5)"));
        assertEquals("(3.0, 4.0)\n", out("plt.xlim((3, 4))"));
        assertEquals("(3.0, 6.0)\n", out("plt.xlim(None, 6)"));
        assertEquals("(-1.0, 1.0)\n", out("plt.ylim(bottom=-1)"));
        Result r = session.eval("plt.xlim([1])");
        assertTrue(r.err().contains("ValueError: not enough values to unpack (expected 2, got 1)"), r.err());
    }
}
