package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names a classroom tries to take: builtins, modules, commands, constants and Python's
 * keywords each give the SyntaxError {@code help names} documents, and the session is unchanged;
 * every other name, unicode included, can be assigned.
 */
class NamesTest {
    private final Session session = new Session();

    @BeforeEach
    void defineX() {
        assertEquals("", session.eval("x = 3").err());
    }

    @AfterEach
    void sessionIsUnchangedAndBuiltinsStillWork() {
        assertEquals(List.of("x"), List.copyOf(session.variables().keySet()));
        assertEquals("variable(9.0)\n", session.eval("square(x)").out());
        assertEquals("[1. 1.]\n", session.eval("np.ones(2)").out());
        assertEquals("nograd is off: the graph is recorded\n", session.eval("nograd").out());
    }

    private String error(String line) {
        Result r = session.eval(line);
        assertEquals("", r.out(), line);
        assertEquals(Result.Status.SYNTAX_ERROR, r.status(), r.err());
        String[] lines = r.err().split("\n");
        return lines[lines.length - 1];
    }

    @ParameterizedTest(name = "{0} = 3")
    @CsvSource(delimiter = '|', value = {
        "square|a builtin function", "print|a builtin function", "Variable|a builtin function",
        "ones|a builtin function", "np|a module", "random|a module", "vars|a command", "backward|a command",
        "load|a command", "help|a command", "quit|a command"})
    void takenNamesCannotBeAssigned(String name, String what) {
        assertEquals("SyntaxError: cannot assign to '" + name + "': it is " + what + "; choose another name",
                error(name + " = 3"));
    }

    @Test
    void constantsAndKeywordsCannotBeAssigned() {
        assertEquals("SyntaxError: cannot assign to True; only 'NAME = expression' assigns", error("True = 1"));
        assertEquals("SyntaxError: cannot assign to None; only 'NAME = expression' assigns", error("None = 0"));
        assertEquals("SyntaxError: 'for' is not supported in the dezero language; the REPL has no loops (write each "
                + "line, or 'load' a script)", error("for = 1"));
        assertEquals("SyntaxError: 'lambda' is not supported in the dezero language; the REPL has no user-defined "
                + "functions", error("lambda = 1"));
        assertEquals("SyntaxError: invalid syntax: 'import' is a keyword and cannot be assigned", error("import = 3"));
        assertEquals("SyntaxError: invalid syntax: 'from' is a keyword and cannot be assigned", error("from = 3"));
        assertEquals("SyntaxError: invalid syntax: 'import' can only start an import statement", error("y = import"));
        assertEquals("SyntaxError: cannot assign to attribute 'grad'; only 'NAME = expression' assigns",
                error("x.grad = 1"));
    }

    @Test
    void keywordsWrittenInFullWidthLettersAreStillKeywords() {
        // NFKC turns the full-width letters into ASCII ones, as Python reads them.
        assertTrue(error("ｆｏｒ = 1").startsWith("SyntaxError: 'for' is not supported"));
        assertEquals("True\n", session.eval("Ｔｒｕｅ").out());
    }

    @Test
    void namesThatLookTakenButAreNotCanBeAssigned() {
        Result r = session.eval("data = 1; grad = 2; Square = 3; np2 = 4; _ = 5; varsity = 6; reset_ = 7; α = 8");
        assertEquals("", r.err());
        session.eval("reset; x = 3");
    }

    @Test
    void aNameCanBeAssignedAgainWithAnotherKindOfValue() {
        assertEquals("x = variable([1. 2.])\nx = 'text'\nx = variable(3.0)\n",
                session.eval("x = [1, 2]; x = 'text'; x = 3").out());
    }

    @Test
    void helpNamesDocumentsEveryRule() {
        String help = session.eval("help names").out();
        for (String rule : List.of("α = 2", "NFKC", "square = 3", "np = 1", "vars = 1", "True = 1", "for", "import")) {
            assertTrue(help.contains(rule), () -> "help names lacks " + rule + ":\n" + help);
        }
    }
}
