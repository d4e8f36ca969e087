package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the Python prompt runs what was typed, as CPython's interactive mode does. */
class PythonInputTest {
    @Test
    void aSimpleStatementRunsAtOnce() {
        assertTrue(PythonInput.isComplete("x = 1"));
        assertTrue(PythonInput.isComplete("print(x)"));
    }

    @Test
    void aLineEndingInAColonOpensABlockThatABlankLineCloses() {
        assertFalse(PythonInput.isComplete("def f(x):"));
        assertFalse(PythonInput.isComplete("def f(x):\n    return x"));
        assertTrue(PythonInput.isComplete("def f(x):\n    return x\n"));
        assertTrue(PythonInput.isComplete("def f(x):\n    return x\n    "));
    }

    @Test
    void openBracketsAndStringsAskForMore() {
        assertFalse(PythonInput.isComplete("x = (1,"));
        assertFalse(PythonInput.isComplete("s = '''abc"));
        assertFalse(PythonInput.isComplete("x = 1 + \\"));
        assertTrue(PythonInput.isComplete("x = (1,\n2)"));
    }

    @Test
    void aSyntaxErrorRunsSoItIsReported() {
        assertTrue(PythonInput.isComplete("x = = 1"));
        // python3's prompt reports 'def f(:' (invalid syntax at the colon) without asking for a body.
        assertTrue(PythonInput.isComplete("def f(:"));
    }

    @Test
    void theNextLineIsIndentedAsIPythonDoes() {
        assertEquals(1, PythonInput.nextIndent("def f(x):"));
        assertEquals(2, PythonInput.nextIndent("def f(x):\n    for i in range(3):"));
        assertEquals(1, PythonInput.nextIndent("def f(x):\n    y = x"));
        assertEquals(0, PythonInput.nextIndent("x = (1,"));
    }
}
