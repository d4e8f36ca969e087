package dezero.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private final Session session = new Session();

    @Test
    void quitStopsTheRestOfItsLine() {
        // Python's quit() leaves at once; the statements after it on the line used to run first.
        assertEquals("", session.eval("quit; x = 3").out());
        assertTrue(session.isQuitRequested());
        assertTrue(session.variables().isEmpty(), session.variables().toString());
    }

    @Test
    void aRegisteredCommandRunsAndShowsInHelp() {
        session.commands().register(new Command("mem", "mem", "live variables and functions", List.of(), false,
                ctx -> ctx.print(ctx.session().variables().size() + " variables")));
        assertEquals("x = variable(1.0)\n1 variables\n", session.eval("x = 1; mem").out());
        assertTrue(session.eval("help").out().contains("  mem "));
        assertEquals("mem\n    live variables and functions\n", session.eval("help mem").out());
        assertEquals("1 variables\n", session.eval(":mem").out());
    }

    @Test
    void aHelpTopicCanBeAdded() {
        session.commands().addTopic("limits", "arrays hold at most 100000000 elements");
        assertEquals("arrays hold at most 100000000 elements\n", session.eval("help limits").out());
    }

    @Test
    void helpOfAFunctionShowsSignatureDocAndExample() {
        assertEquals("add(x0, x1)\n    x0 + x1, broadcasting; a number stays a constant\n"
                + "    example: add(square(x), x) at x=3 is variable(12.0)\n", session.eval("help add").out());
        assertTrue(session.eval("help sum").out().startsWith("sum(x, axis=None, keepdims=False)\n"
                + "    sum of all elements, or along axis (an int or a tuple)\n"
                + "    example: sum([1, 2, 3]) is variable(6.0)\nVariable.sum(axis=None, keepdims=False)\n"));
    }

    @Test
    void helpListsCommandsAndFunctionGroups() {
        String help = session.eval("help").out();
        for (String word : List.of("backward NAME [retain] [create_graph]", "cleargrad [NAME ...]", "nograd [on|off]",
                "vars", "load FILE", "save FILE [force]", "reset", "help [TOPIC]", "quit", "exit",
                "functions:  add sub mul div neg pow square", "arrays:     array ones zeros", "python:     print")) {
            assertTrue(help.contains(word), word);
        }
    }

    @Test
    void helpOfAnUnknownTopicSuggests() {
        assertTrue(session.eval("help sqare").err().endsWith(
                "NameError: no help for 'sqare'; did you mean 'square'? (help alone lists everything)\n"));
    }

    @Test
    void varsIsAnAlignedTable() {
        session.eval("x = 3; y = square(x); backward y; s = 'hi'");
        assertEquals("""
                name  shape  value  grad  creator  gen
                x     ()     3.0    6.0   -        0
                y     ()     9.0    -     Square   1
                s     -      'hi'   -     -        -
                """, session.eval("vars").out());
    }

    @Test
    void varsSummarisesLongArrays() {
        session.eval("a = arange(100)");
        assertTrue(session.eval("vars").out().contains("100 values in [0.0, 99.0]"));
    }

    @Test
    void cleargradOfNamedVariablesOnly() {
        session.eval("x = 3; w = 2; y = x * w; backward y");
        assertEquals("", session.eval("cleargrad x").out());
        assertEquals("", session.eval("x.grad").out());
        assertEquals("variable(3.0)\n", session.eval("w.grad").out());
    }

    @Test
    void cleargradWithAnUnknownNameClearsNothing() {
        session.eval("x = 3; w = 2; y = x * w; backward y");
        assertTrue(session.eval("cleargrad x nothing").err().endsWith("NameError: name 'nothing' is not defined\n"));
        assertEquals("variable(2.0)\n", session.eval("x.grad").out());
    }

    @Test
    void backwardNeedsAVariable() {
        session.eval("s = 'text'");
        assertTrue(session.eval("backward s").err().endsWith("TypeError: 's' is a str, not a Variable\n"));
        assertTrue(session.eval("backward").err().endsWith(
                "ValueError: usage: backward NAME [retain] [create_graph]\n"));
    }
}
