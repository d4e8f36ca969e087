package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code x.data = expr}, the book's Newton step (step 33): only a Variable's data can be assigned. */
class DataAssignmentTest {
    private final Session session = new Session();

    private String out(String line) {
        Result r = session.eval(line);
        assertEquals("", r.err(), () -> "unexpected error for " + line);
        return r.out();
    }

    private String err(String line) {
        return session.eval(line).err();
    }

    @Test
    void parsesAsAnAssignmentToTheData() {
        Stmt.Program p = new Parser(Lexer.scan("x.data = x.data - 1", Set.of()::contains)).parseLine();
        assertEquals("(= (. x data) (- (. x data) 1))", AstPrinter.print(p));
        Stmt.SetData d = (Stmt.SetData) p.statements().get(0);
        assertEquals("x.data", d.target());
    }

    @Test
    void theTargetKeepsItsTextAsTyped() {
        Stmt.Program p = new Parser(Lexer.scan("y.creator.inputs[0].data = 5", Set.of()::contains)).parseLine();
        assertEquals("y.creator.inputs[0].data", ((Stmt.SetData) p.statements().get(0)).target());
    }

    @Test
    void oneNewtonStepReplacesTheDataAndEchoesIt() {
        out("x = Variable(np.array(2.0))");
        out("y = x ** 4 - 2 * x ** 2; y.backward(create_graph=True); gx = x.grad; x.cleargrad(); gx.backward()");
        out("gx2 = x.grad");
        // f'(2) = 4*8 - 4*2 = 24, f''(2) = 12*4 - 4 = 44: 2 - 24/44 = 1.4545454545454546 (Python).
        assertEquals("x.data = 1.4545454545454546\n", out("x.data = x.data - gx.data / gx2.data"));
        assertEquals("variable(1.4545454545454546)\n", out("x"));
        assertEquals("", out("x.data = 3;"), "a trailing ';' silences it");
        assertEquals("variable(3.0)\n", out("x"));
    }

    @Test
    void theDataMayTakeANewShapeFromAList() {
        out("x = 1");
        assertEquals("x.data = [1. 2. 3.]\n", out("x.data = [1, 2, 3]"));
        assertEquals("(3,)\n", out("x.shape"));
    }

    @Test
    void aShapeChangedUnderAGraphIsAValueErrorNamingItNotAnInternalError() {
        out("x = Variable(np.array([1.0, 2.0, 3.0]))");
        out("y = sum(reshape(x, (3, 1)))");
        out("x.data = np.ones(4)");
        Result r = session.eval("backward y");
        assertEquals(Result.Status.RUNTIME_ERROR, r.status());
        assertTrue(r.err().endsWith("ValueError: x.data changed shape from (3,) to (4,) after y was computed from it;"
                + " backward needs the shapes of the forward pass: compute y again\n"), r.err());
        assertEquals(null, session.variables().get("x").grad, "backward left no grad");
    }

    @Test
    void theAssignmentIsSavedLikeAnyStatement() {
        out("x = 1; x.data = 2");
        assertEquals(java.util.List.of("x = 1", "x.data = 2"), session.acceptedLines());
    }

    @Test
    void onlyAVariablesDataCanBeAssigned() {
        out("s = 'text'");
        assertTrue(err("s.data = 1").endsWith("AttributeError: 'str' object has no attribute 'data' to assign; "
                + "only a Variable's data can be assigned\n"));
        out("x = 1; y = x + 1");
        assertTrue(err("x.data = y").endsWith("TypeError: x.data must be an array, not a Variable (use its .data)\n"));
        assertEquals("variable(1.0)\n", out("x"), "a failed assignment leaves the data as it was");
        LangError e = assertThrows(LangError.class,
                () -> new Parser(Lexer.scan("x.grad = 3", Set.of()::contains)).parseLine());
        assertEquals(LangError.Kind.SyntaxError, e.kind());
    }
}
