package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names as Python has them: any identifier can be bound, the preloaded ones ({@code square},
 * {@code np}) and builtins ({@code print}) included; only keywords and constants cannot. Echoes are
 * {@code src/test/resources/dezero/lang/repl_oracle.py}'s for the same lines; SyntaxError texts are
 * CPython 3.11's ({@code compile()} of each line).
 */
class NamesTest {
    private final Session session = new Session();

    private String out(String line) {
        return Eval.out(session, line);
    }

    @ParameterizedTest(name = "{0} = 3")
    @CsvSource({"square", "print", "Variable", "np", "F", "sum", "backward", "vars", "help", "load"})
    void preloadedNamesBuiltinsAndCommandNamesCanBeRebound(String name) {
        assertEquals(name + " = 3\n", out(name + " = 3"));
        assertEquals("3\n", out(name));
        out("reset");
        assertEquals("[1. 1.]\n", out("print(np.ones(2))"), "reset brings the prelude back");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "None = 0|SyntaxError: cannot assign to None",
        "for = 1|SyntaxError: invalid syntax",
        "lambda = 1|SyntaxError: invalid syntax",
        "import = 3|SyntaxError: invalid syntax",
        "from = 3|SyntaxError: invalid syntax",
        "y = import|SyntaxError: invalid syntax",
        "x² = 1|SyntaxError: invalid character '²' (U+00B2)",
        "😀 = 1|SyntaxError: invalid character '😀' (U+1F600)"})
    void keywordsConstantsAndOtherCharactersCannotBeAssigned(String line, String error) {
        out("x = 3");
        Result r = session.eval(line);
        assertEquals(Result.Status.SYNTAX_ERROR, r.status(), r.err());
        assertEquals(error, Eval.lastLine(r.err()));
        assertEquals(List.of("x"), List.copyOf(session.values().keySet()), "the session is unchanged");
    }

    @Test
    void namesThatLookTakenButAreNotCanBeAssigned() {
        assertEquals("data = 1\ngrad = 2\nSquare = 3\nnp2 = 4\n_ = 5\nvarsity = 6\nreset_ = 7\nα = 8\n",
                out("data = 1; grad = 2; Square = 3; np2 = 4; _ = 5; varsity = 6; reset_ = 7; α = 8"));
    }

    @Test
    void aNameCanBeAssignedAgainWithAnotherKindOfValue() {
        assertEquals("x = [1, 2]\nx = 'text'\nx = 3\n", out("x = [1, 2]; x = 'text'; x = 3"));
    }

    /** CPython 3.11 names the constant it refuses as written, and compares names after NFKC. */
    @Test
    void constantsAndNormalisedNames() {
        assertEquals("SyntaxError: cannot assign to True", Eval.error(session, "True = 1"));
        // CPython normalises identifiers to NFKC after the keyword check: ﬁ is fi, Ｔｒｕｅ the builtin name True.
        assertEquals("fi = 3\n", out("ﬁ = 3"));
        assertEquals("3\n", out("fi"));
        assertEquals("True\n", out("Ｔｒｕｅ"));
    }
}
