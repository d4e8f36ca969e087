package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.functions.Op;
import dezero.functions.Ops;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every op of DeZero's F has its binding in the language, a {@code help()} page and a README row:
 * adding an op is one class and one registry entry, and this test says what else is missing.
 */
class FunctionTableTest {
    private static String readme;

    static Stream<Op> ops() throws IOException {
        readme = Files.readString(Path.of("README.md"));
        return Ops.ALL.stream();
    }

    static String run(String program) {
        StringBuilder out = new StringBuilder();
        PythonRuntime python = new PythonRuntime(out::append, out::append, List.of("<test>"));
        python.interpreter().run(program, "<test>", python.main());
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void hasABindingAHelpPageAndAReadmeRow(Op op) {
        String help = run("import dezero.functions as F\nhelp(F." + op.name() + ")\n");
        assertTrue(help.contains(op.signature()) && help.contains(op.doc()), help);
        assertTrue(readme.contains("| `" + op.signature() + "` | " + op.doc() + " |"),
                "README has no row for " + op.signature());
    }
}
