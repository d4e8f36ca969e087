package dezero.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A .dz demo and its .jsh twin teach the same numbers: each check picks values out of the
 * JShell demo's output and out of the .dz golden file (which DemosTest holds equal to the real
 * output) and both must be the expected list. Java prints {@code null} where Python prints
 * {@code None}. memory.jsh measures the heap and memory.dz counts collected graphs: they share no
 * printed value, so that pair is left to their own tests.
 */
class DemoTwinsTest {
    private static final Path DEMOS = JShellScript.HOME.resolve("scripts/demos");

    /** Values matched by {@code jsh} in the JShell output and by {@code dz} in the .dz output (groups joined by a space). */
    record Check(String jsh, String dz, List<String> expected) {}

    private static final Map<String, List<Check>> CHECKS = Map.of(
            "step11", List.of(
                    new Check("y\\.data: (.*)", "y\\.data: (.*)", List.of("5.0")),
                    new Check("f\\.inputs\\(\\): (.*)", "f\\.inputs: (.*)", List.of("[variable(2.0), variable(3.0)]")),
                    new Check("number of outputs: (\\d+)", "number of outputs: (\\d+)", List.of("1"))),
            "step12", List.of(
                    new Check("y = add\\(x0, x1\\): variable\\((.*)\\)", "y = variable\\((.*)\\)", List.of("5.0"))),
            "step13", List.of(
                    new Check("([xy])\\.grad: variable\\((.*)\\)", "([xy])\\.grad = variable\\((.*)\\)",
                            List.of("x 4.0", "y 6.0"))),
            "step14", List.of(
                    new Check(".*, x\\.grad: variable\\((.*)\\)", "x\\.grad = variable\\((.*)\\)",
                            List.of("2.0", "5.0", "3.0"))),
            "step15", List.of(
                    new Check("plain stack, x\\.grad: variable\\((\\S+)\\)  \\(wrong\\)"
                            + "|engine backward, x\\.grad: variable\\((\\S+)\\)",
                            "  x\\.grad = (\\S+)  \\(wrong\\)|x\\.grad = variable\\((\\S+)\\)", List.of("96.0", "64.0"))),
            "step16", List.of(
                    new Check("backward of \\w <(\\w+) gen=(\\d)>.*", "(\\w+)  gen=(\\d)  gy=.*",
                            List.of("Add 2", "Square 1", "Square 1", "Square 0")),
                    new Check("x\\.grad: variable\\((.*)\\)", "x\\.grad = variable\\((.*)\\)", List.of("64.0"))),
            "step17", List.of(
                    new Check("f\\.outputs\\(\\) (?:\\(weak\\)|now): (.*)", "f\\.outputs: (.*)",
                            List.of("[variable(4.0)]", "[None]")),
                    new Check("f\\.inputs\\(\\) (?:\\(strong\\)|still): (.*)", "f\\.inputs: (.*)",
                            List.of("[variable(2.0)]", "[variable(2.0)]"))),
            "step18", List.of(
                    new Check("backward(?:\\(\\)|\\(true\\)): y\\.grad (\\S+), t\\.grad (\\S+)",
                            "y\\.grad, t\\.grad: (\\S+) (\\S+)", List.of("None None", "variable(1.0) variable(1.0)")),
                    new Check("no_grad: y = .*, y\\.creator (\\S+), y\\.generation (\\d+)",
                            "no_grad: y\\.creator, y\\.generation: (\\S+) (\\d+)", List.of("None 0"))),
            "higher_order", List.of(
                    new Check("(f'+\\(2\\)) = variable\\((.*)\\)", "(f'+\\(2\\)) = variable\\((.*)\\)",
                            List.of("f'(2) 24.0", "f''(2) 44.0")),
                    new Check("(\\d) variable\\((.*)\\)", "(\\d) variable\\((.*)\\)", List.of("0 2.0",
                            "1 1.4545454545454546", "2 1.1510467893775467", "3 1.0253259289766978",
                            "4 1.0009084519430513", "5 1.0000012353089454", "6 1.000000000002289", "7 1.0"))));

    static Stream<String> pairs() {
        return CHECKS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void dzAndJshTwinsShowTheSameValues(String demo) throws IOException {
        List<String> jsh;
        try (JShellScript jshell = new JShellScript(JShellScript.Engine.LOCAL)) {
            jshell.evalFile(DEMOS.resolve(demo + ".jsh"));
            assertEquals(List.of(), jshell.problems(), demo);
            jsh = jshell.outputLines().stream().map(l -> l.replace("null", "None")).toList();
        }
        List<String> dz = Files.readAllLines(DEMOS.resolve(demo + ".out"), StandardCharsets.UTF_8);
        for (Check c : CHECKS.get(demo)) {
            assertEquals(c.expected(), values(c.jsh(), jsh), demo + ".jsh: " + c.jsh());
            assertEquals(c.expected(), values(c.dz(), dz), demo + ".dz: " + c.dz());
        }
    }

    private static List<String> values(String regex, List<String> lines) {
        Pattern p = Pattern.compile(regex);
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                List<String> groups = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        groups.add(m.group(g));
                    }
                }
                found.add(String.join(" ", groups));
            }
        }
        return found;
    }
}
