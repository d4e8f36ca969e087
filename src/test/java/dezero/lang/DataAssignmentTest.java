package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code x.data = expr}, the book's Newton step (step 33): an attribute assignment, echoed as
 * {@code x.data = repr(value)}. Expected outputs: {@code src/test/resources/dezero/lang/repl_oracle.py}
 * on the same lines (CPython 3.11 + DeZero).
 */
class DataAssignmentTest {
    private final Session session = new Session();

    private String out(String line) {
        return Eval.out(session, line);
    }

    @Test
    void oneNewtonStepReplacesTheDataAndEchoesIt() {
        out("x = Variable(np.array(2.0))");
        out("y = x ** 4 - 2 * x ** 2; y.backward(create_graph=True); gx = x.grad; x.cleargrad(); gx.backward()");
        out("gx2 = x.grad");
        // f'(2) = 24, f''(2) = 44: 2 - 24/44, in place as the book writes it (the data stays a 0-d array).
        assertEquals("x.data = array(1.45454545)\n", out("x.data -= gx.data / gx2.data"));
        assertEquals("variable(1.4545454545454546)\n", out("x"));
        assertEquals("", out("x.data = np.array(3.0);"), "a trailing ';' silences it");
        assertEquals("variable(3.0)\n", out("x"));
    }

    @Test
    void theDataMayTakeANewShape() {
        out("x = Variable(np.array(1.0))");
        assertEquals("x.data = array([1., 2., 3.])\n", out("x.data = np.array([1.0, 2.0, 3.0])"));
        assertEquals("(3,)\n", out("x.shape"));
    }

    @Test
    void aSubscriptAssignmentChangesTheDataWithoutAnEcho() {
        out("x = Variable(np.array([1.0, 2.0, 3.0]))");
        assertEquals("", out("x.data[0] = 7.0"));
        assertEquals("variable([7. 2. 3.])\n", out("x"));
    }

    @Test
    void aGradCanBeAssignedAsInPython() {
        out("x = Variable(np.array(1.0))");
        assertEquals("x.grad = variable(5.0)\n", out("x.grad = Variable(np.array(5.0))"));
    }

    @Test
    void aShapeChangedUnderAGraphIsAValueErrorNamingIt() {
        // Python's y.backward() fails in Reshape's backward (cannot reshape array of size 3 into
        // shape (4,)); the backward command names the variable and what to do instead.
        out("x = Variable(np.array([1.0, 2.0, 3.0]))");
        out("y = F.sum(reshape(x, (3, 1)))");
        out("x.data = np.ones(4)");
        Result r = session.eval("backward y");
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
        assertTrue(r.err().endsWith("ValueError: x.data changed shape from (3,) to (4,) after y was computed from it;"
                + " backward needs the shapes of the forward pass: compute y again\n"), r.err());
        assertEquals(null, session.variables().get("x").grad, "backward left no grad");
    }

    @Test
    void theAssignmentIsSavedLikeAnyStatement() {
        out("x = Variable(np.array(1.0))");
        out("x.data = np.array(2.0)");
        assertEquals(List.of("x = Variable(np.array(1.0))", "x.data = np.array(2.0)"), session.acceptedLines());
    }

    @Test
    void anObjectWithoutTheAttributeIsPythonsAttributeError() {
        out("s = 'text'");
        assertEquals("AttributeError: 'str' object has no attribute 'data'", Eval.error(session, "s.data = 1"));
    }
}
