package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.BackwardListener;
import dezero.core.Config;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final Session session = new Session();

    private String out(String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), () -> "unexpected error for " + line);
        return r.out();
    }

    @Test
    void goldenTranscriptOfIssue3() {
        Transcript t = Transcript.load("golden-issue3.txt");
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
        // y = 2 x^4, so y = 32 and dy/dx = 8 x^3 = 64 at x = 2.
        assertEquals("32.0\n", out("print(y.data)"));
        assertEquals("variable(64.0)\n", out("print(x.grad)"));
    }

    @Test
    void secondDerivativeThroughCreateGraph() {
        String o = out("x = 2; y = x ** 4 - 2 * x ** 2; y.backward(create_graph=True); gx = x.grad; "
                + "x.cleargrad(); gx.backward()");
        // y' = 4x^3 - 4x = 24 and y'' = 12x^2 - 4 = 44 at x = 2.
        assertEquals("x = variable(2.0)\ny = variable(8.0)\nx.grad = variable(24.0)\ngx = variable(24.0)\n"
                + "x.grad = variable(44.0)\n", o);
    }

    @Test
    void listBecomesAVariableAndSumGradientIsTwiceIt() {
        assertEquals("x = variable([1. 2. 3.])\ny = variable(14.0)\nx.grad = variable([2. 4. 6.])\n",
                out("x = [1, 2, 3]; y = sum(x * x); backward y"));
    }

    @Test
    void backwardRetainKeepsIntermediateGrads() {
        out("x = 3; a = square(x); y = a * 2");
        // dy/da = 2, dy/dx = 2 * 2x = 12; dy/dy = 1.
        assertEquals("x.grad = variable(12.0)\na.grad = variable(2.0)\ny.grad = variable(1.0)\n",
                out("backward y retain"));
        out("cleargrad");
        assertEquals("x.grad = variable(12.0)\na.grad = variable(2.0)\ny.grad = variable(1.0)\n",
                out("y.backward(retain_grad=True)"));
    }

    @Test
    void withoutRetainOnlyLeavesKeepGrads() {
        out("x = 3; a = square(x); y = a * 2");
        assertEquals("x.grad = variable(12.0)\n", out("backward y"));
        assertEquals("", out("a.grad"));
    }

    @Test
    void trailingSemicolonSilencesEchoesButNotPrint() {
        assertEquals("", out("a = 1; b = 2;"));
        assertEquals("a = variable(1.0)\nb = variable(2.0)\n", out("a = 1; b = 2"));
        assertEquals("", out("y = a * b; y.backward();"));
        assertEquals("1\n", out("print(1);"));
    }

    @Test
    void matricesPrintAlignedUnderTheName() {
        assertEquals("m = variable([[1. 2.]\n              [3. 4.]])\n", out("m = [[1, 2], [3, 4]]"));
        assertEquals("variable([[1. 2.]\n          [3. 4.]])\n", out("m"));
    }

    @Test
    void valuesPrintAsPythonAndNumpy() {
        assertEquals("variable(0.3333333333333333)\n", out("Variable(1) / 3"));
        assertEquals("x = variable(1e-05)\n", out("x = 1e-5"));
        assertEquals("(3,)\n", out("Variable([1, 2, 3]).shape"));
        assertEquals("(2, 3)\n", out("ones((2, 3)).shape"));
        assertEquals("1024\n0.5\n'a'\nTrue\n", out("2 ** 10; 2 ** -1; 'a'; True"));
        assertEquals("", out("None"));
    }

    @Test
    void longArraysAreSummarised() {
        String o = out("arange(1001)");
        assertTrue(o.contains("..."), o);
        assertEquals(1, o.split("\n").length);
    }

    @Test
    void functionsPrintWithTheirGeneration() {
        out("x = 3; y = square(x)");
        assertEquals("<Square gen=0>\n", out("y.creator"));
        assertEquals("[variable(3.0)]\n[variable(9.0)]\n0\n", out("y.creator.inputs; y.creator.outputs; "
                + "y.creator.generation"));
    }

    @Test
    void variablesAreExposedInDefinitionOrder() {
        out("b = 1; a = 2; s = 'text'; b = 3");
        assertEquals(List.of("b", "a"), new ArrayList<>(session.variables().keySet()));
        assertEquals(List.of("b", "a", "s"), new ArrayList<>(session.values().keySet()));
        assertEquals("b", session.variables().get("b").name);
    }

    @Test
    void nogradModeIsTheSessionsAndIsAppliedOnTheEvaluatingThread() {
        out("nograd on");
        assertTrue(session.isNograd());
        assertTrue(Config.isBackpropEnabled(), "the caller's thread mode is restored after the line");
        out("x = 3; y = square(x)");
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
        out("x = 3; y = exp(square(x)); y.backward()");
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
    void resetForgetsEverything() {
        out("x = 1; nograd on");
        out("reset");
        assertTrue(session.values().isEmpty());
        assertTrue(session.acceptedLines().isEmpty());
        assertFalse(session.isNograd());
    }

    @Test
    void peekFollowsAttributesWithoutEvaluatingCalls() {
        out("x = 3; y = square(x)");
        assertEquals("Square", ((Value.Fn) session.peek(List.of("y", "creator"))).function().name());
        assertTrue(session.peek(List.of("np", "random")) instanceof Value.Module);
        assertNull(session.peek(List.of("nothing")));
    }

    @Test
    void importsOfNumpyAndDezeroAreAccepted() {
        assertEquals("", out("import numpy as np; from dezero import Variable"));
    }

    @Test
    void continuationLinesJoinWhileBracketsAreOpen() {
        out("x = 3");
        assertEquals("y = variable(12.0)\n", out("y = add(square(x),\n        x)"));
    }
}
