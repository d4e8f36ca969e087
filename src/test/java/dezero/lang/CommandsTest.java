package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REPL's commands, the first word of a line. Their outputs are the REPL's own; the values in
 * them (grads, reprs) are those of {@code src/test/resources/dezero/lang/repl_oracle.py} for the same
 * lines (CPython 3.11 + DeZero): y = x^2 at x = 3 has dy/dx = 6; y = x * w has dy/dx = w, dy/dw = x.
 */
class CommandsTest {
    private final Session session = new Session();

    private String out(String line) {
        return Eval.out(session, line);
    }

    @Test
    void quitStopsTheRestOfItsLine() {
        // Python's quit() raises SystemExit at once: the statements after it on the line do not run.
        assertEquals("", out("quit(); x = 3"));
        assertTrue(session.isQuitRequested());
        assertTrue(session.values().isEmpty(), session.values().toString());
    }

    @Test
    void theQuitCommandEndsTheSession() {
        out("quit");
        assertTrue(session.isQuitRequested());
    }

    @Test
    void aRegisteredCommandRunsAndShowsInHelp() {
        session.commands().register(new Command("count", "count", "counts the variables", List.of(), false,
                ctx -> ctx.print(ctx.session().variables().size() + " variables")));
        assertEquals("x = variable(1.0)\n1 variables\n", out("x = Variable(np.array(1.0))\ncount"));
        assertTrue(out("help").contains("  count "));
        assertEquals("count\n    counts the variables\n", out("help count"));
        assertEquals("1 variables\n", out(":count"));
    }

    @Test
    void aHelpTopicCanBeAdded() {
        session.commands().addTopic("units", "numbers have none");
        assertEquals("numbers have none\n", out("help units"));
    }

    @Test
    void helpOfAFunctionShowsItsSignature() {
        // DeZero's source: def add(x0, x1) in dezero/core.py, def sum(x, axis=None, keepdims=False) in functions.py.
        assertTrue(out("help add").contains("add(x0, x1)\n"));
        assertTrue(out("help F.sum").contains("sum(x, axis=None, keepdims=False)\n"));
    }

    @Test
    void helpListsTheCommandsAndPythonsHelp() {
        String help = out("help");
        for (String usage : List.of("backward NAME [retain] [create_graph]", "cleargrad [NAME ...]", "nograd [on|off]",
                "vars", "load FILE", "save FILE [force]", "reset", "help [TOPIC]", "quit", "exit",
                "Python: help(NAME)", "Other topics: syntax limits")) {
            assertTrue(help.contains(usage), usage);
        }
    }

    @Test
    void helpOfAnUnknownTopicSuggests() {
        assertTrue(session.eval("help bakward").err().endsWith(
                "NameError: no help for 'bakward'; did you mean 'backward'? (help alone lists everything)\n"));
    }

    @Test
    void varsIsAnAlignedTableOfEveryName() {
        out("x = Variable(np.array(3.0))\ny = square(x)\nbackward y\ns = 'hi'\nn = 3");
        assertEquals("""
                name  shape  value  grad  creator  gen
                x     ()     3.0    6.0   -        0
                y     ()     9.0    -     Square   1
                s     -      'hi'   -     -        -
                n     -      3      -     -        -
                """, out("vars"));
    }

    @Test
    void varsSummarisesLongArrays() {
        out("a = np.arange(100)");
        assertTrue(out("vars").contains("100 values in [0.0, 99.0]"));
    }

    @Test
    void cleargradOfNamedVariablesOnly() {
        out("x = Variable(np.array(3.0)); w = Variable(np.array(2.0)); y = x * w\nbackward y");
        assertEquals("", out("cleargrad x"));
        assertEquals("", out("x.grad"));
        assertEquals("variable(3.0)\n", out("w.grad"));
    }

    @Test
    void cleargradWithAnUnknownNameClearsNothing() {
        out("x = Variable(np.array(3.0)); w = Variable(np.array(2.0)); y = x * w\nbackward y");
        assertTrue(session.eval("cleargrad x nothing").err().endsWith("NameError: name 'nothing' is not defined\n"));
        assertEquals("variable(2.0)\n", out("x.grad"));
    }

    @Test
    void backwardNeedsAVariable() {
        out("s = 'text'");
        assertTrue(session.eval("backward s").err().endsWith("TypeError: 's' is a str, not a Variable\n"));
        assertTrue(session.eval("backward").err().endsWith(
                "ValueError: usage: backward NAME [retain] [create_graph]\n"));
    }

    @Test
    void aCommandNameTheUserBoundIsPython() {
        // vars = 3 is Python; from then on 'vars' is the name (python3 echoes 3) and ':vars' the command.
        assertEquals("vars = 3\n", out("vars = 3"));
        assertEquals("3\n", out("vars"));
        assertTrue(out(":vars").startsWith("name "));
    }
}
