package dezero.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** startup.jsh in a JShell set up as scripts/jshell sets up the tool (one session for the class). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupScriptTest {
    private JShellScript jshell;

    @BeforeAll
    void openSession() {
        jshell = new JShellScript(JShellScript.Engine.TOOL);
    }

    @AfterAll
    void closeSession() {
        jshell.close();
    }

    private String valueOf(String code) {
        jshell.eval(code);
        assertEquals(List.of(), jshell.problems(), code);
        return jshell.lastValue();
    }

    @Test
    void startupEvaluatesWithoutRejectedSnippets() {
        assertEquals(List.of(), jshell.problems());
    }

    @Test
    void teachersLineShowsTheDiamondGradient() {
        // y = 2 x^4, dy/dx = 8 x^3 = 64 at x = 2 (the book's step 16 check).
        String line = "var x = variable(2.0); var a = square(x); var y = add(square(a), square(a)); y.backward(); x.grad";
        assertEquals("variable(64.0)", valueOf(line));
    }

    @Test
    void variableHelpersMakeScalarsVectorsAndMatrices() {
        // numpy: str(np.array(3.0)), str(np.array([1., 2., 3.])), str(np.array([[1., 2.], [3., 4.]]))
        assertEquals("variable(3.0)", valueOf("variable(3.0)"));
        assertEquals("0", valueOf("variable(3.0).ndim()"));
        assertEquals("variable([1. 2. 3.])", valueOf("variable(1, 2, 3)"));
        assertEquals("variable([[1. 2.]\n          [3. 4.]])", valueOf("variable(new double[][] {{1, 2}, {3, 4}})"));
    }

    @Test
    void showPrintsValueAndGradient() {
        valueOf("var s = variable(3.0); show(s); square(s).backward(); s.name = \"s\"; show(s);");
        List<String> lines = jshell.outputLines();
        assertTrue(lines.contains("variable(3.0)  grad: None"), lines::toString);
        assertTrue(lines.contains("s = variable(3.0)  grad: variable(6.0)"), lines::toString);
    }

    @Test
    void noGradBlockRecordsNoCreatorAndRestoresTheMode() {
        valueOf("Variable z; try (var g = Config.noGrad()) { z = square(variable(2.0)); }");
        assertEquals("variable(4.0)", valueOf("z"));
        assertEquals("true", valueOf("z.creator == null"));
        assertEquals("true", valueOf("Config.isBackpropEnabled()"));
    }

    @Test
    void cleargradStartsTheNextBackwardFromZero() {
        // Step 14: d(x + x)/dx = 2, then d(x + x + x)/dx = 3 added to it, or alone after cleargrad.
        valueOf("var w = variable(3.0); add(w, w).backward(); add(add(w, w), w).backward();");
        assertEquals("variable(5.0)", valueOf("w.grad"));
        valueOf("w.cleargrad(); add(add(w, w), w).backward();");
        assertEquals("variable(3.0)", valueOf("w.grad"));
    }

    @Test
    void backpropModeSetInOneSnippetHoldsInTheNext() {
        valueOf("Config.setBackpropEnabled(false);");
        assertEquals("true", valueOf("square(variable(2.0)).creator == null"));
        valueOf("Config.setBackpropEnabled(true);");
        assertEquals("<Square gen=0>", valueOf("square(variable(2.0)).creator"));
    }

    @Test
    void functionMeansTheEnginesFunctionDespiteJavaUtilFunction() {
        assertEquals("<Square gen=0>", valueOf("Function f = square(variable(1.0)).creator"));
    }

    @Test
    void startupSurvivesBeingEvaluatedTwiceAsOnReset() {
        jshell.evalFile(JShellScript.HOME.resolve("startup.jsh"));
        assertEquals("variable(6.0)", valueOf("var r = variable(3.0); square(r).backward(); r.grad"));
    }

    @Test
    void tabAfterOpenParenShowsSignaturesWithParameterNames() {
        // What the jshell tool shows on the first Tab after "square(".
        List<String> signatures = jshell.shell().sourceCodeAnalysis().documentation("square(", 7, false).stream()
                .map(SourceCodeAnalysis.Documentation::signature)
                .toList();
        assertEquals(List.of("Variable dezero.functions.Functions.square(Variable x)"), signatures);
    }
}
