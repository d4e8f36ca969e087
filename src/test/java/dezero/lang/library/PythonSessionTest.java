package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Python's interactive mode: what CPython 3.11 prints for the same inputs typed at its prompt
 * (python3 -i, by hand), values echoed as their repr, errors reported and the session kept.
 */
class PythonSessionTest {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final PythonSession session = new PythonSession(out::append, err::append);

    @Test
    void anExpressionEchoesItsReprAndNoneNothing() {
        assertTrue(session.run("x = 2"));
        assertTrue(session.run("x * 3"));
        assertTrue(session.run("'a' + 'b'"));
        assertTrue(session.run("print('hi')"));
        assertTrue(session.run("None"));
        assertEquals("6\n'ab'\nhi\n", out.toString());
    }

    @Test
    void theBooksLinesWorkAsTyped() {
        session.run("import numpy as np\nfrom dezero import Variable");
        session.run("def f(x):\n    return x ** 2 + x\n");
        session.run("x = Variable(np.array(3.0))");
        session.run("y = f(x)\ny.backward()");
        session.run("x.grad");
        assertEquals("variable(7.0)\n", out.toString());
    }

    @Test
    void anErrorIsReportedAndTheNamesStay() {
        session.run("a = 1");
        assertFalse(session.run("z + 1"));
        assertEquals("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                + "NameError: name 'z' is not defined\n", err.toString());
        session.run("a");
        assertEquals("1\n", out.toString());
    }

    @Test
    void aSyntaxErrorShowsTheLineAndACaret() {
        assertFalse(session.run("x = (1,"));
        assertEquals("  File \"<stdin>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                err.toString());
    }

    @Test
    void tabOffersNamesKeywordsAndAttributesAfterADot() {
        session.run("import numpy as np\nvalue = 1");
        // numpy's own names that start so (numpy 2.4 has ravel_multi_index too, not bound here)
        assertEquals(java.util.List.of("np.rad2deg", "np.radians", "np.random", "np.ravel"), session.completions("np.ra"));
        assertTrue(session.completions("np.random.ra").containsAll(java.util.List.of("np.random.rand",
                "np.random.randn", "np.random.randint")));
        assertTrue(session.completions("val").contains("value"));
        assertTrue(session.completions("whi").contains("while"));
        assertEquals(java.util.List.of(), session.completions("nothing.x"));
    }

    @Test
    void exitEndsTheSessionWithItsCode() {
        session.run("exit(3)");
        assertTrue(session.exitRequested());
        assertEquals(3, session.exitCode());
    }
}
