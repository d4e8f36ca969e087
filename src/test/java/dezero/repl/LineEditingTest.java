package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import org.junit.jupiter.api.Test;

/** What Tab and Enter do for a front end without JLine (a notebook cell), by the prompt's own rules. */
class LineEditingTest {
    private final Session session = new Session();

    private LineEditing.Completions at(String text) {
        return LineEditing.complete(session, text, text.length());
    }

    @Test
    void aTopLevelLineOfACellCompletesCommandsAndNames() {
        assertTrue(at("x = 1\nclearg").matches().contains("cleargrad"));
        assertEquals(java.util.List.of("relu"), at("y = F.rel").matches());
    }

    @Test
    void anIndentedLineSeesItsBlockTheLoopVariableAndSelf() {
        assertEquals(java.util.List.of("idx"), at("x = 1\nfor idx in range(2):\n\n    print(id").matches()
                .stream().filter(m -> m.startsWith("idx")).toList());
        LineEditing.Completions self = at("class Net(Model):\n    def __init__(self):\n        super().__init__()\n"
                + "        self.hidden = L.Linear(3)\n\n    def forward(self, x):\n        return self.hid");
        assertEquals(java.util.List.of("hidden"), self.matches());
        assertTrue(at("for i in range(2):\n    clearg").matches().isEmpty(), "no command inside a block");
    }

    @Test
    void enterContinuesABlockUntilABlankLine() {
        assertEquals(LineEditing.Completeness.INCOMPLETE, LineEditing.completeness(session, "for i in range(2):"));
        assertEquals(LineEditing.Completeness.INCOMPLETE, LineEditing.completeness(session,
                "for i in range(2):\n    print(i)"));
        assertEquals(LineEditing.Completeness.COMPLETE, LineEditing.completeness(session,
                "for i in range(2):\n    print(i)\n"));
        assertEquals(LineEditing.Completeness.COMPLETE, LineEditing.completeness(session, "backward y"));
    }
}
