package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The methods of str, list, tuple, dict, set, int and float called with 0 to 5 positional arguments say what
 * CPython 3.11 says about a wrong count, and take the counts it takes. The expected messages were
 * made by CPython (src/test/resources/dezero/lang/library/gen_method_arity.py, whose samples and
 * arguments the program below repeats).
 */
class MethodArityTest {
    private static final Path TABLE = Path.of("src/test/resources/dezero/lang/library/method_arity.tsv");
    private static final Map<String, String> SAMPLES = Map.of("str", "'a b'", "list", "[3, 1, 2]", "tuple", "(3, 1, 2)",
            "dict", "{'a': 1}", "set", "{1, 2}", "int", "(7)", "float", "(2.5)");
    /** The words of a count message, any of CPython's four styles (as the generator's filter). */
    private static final Pattern ARITY = Pattern.compile("takes no arguments|takes exactly one argument"
            + "|expected at (least|most) \\d+ arguments?, got|takes at (least|most) \\d+ arguments? \\(\\d+ given\\)"
            + "|expected \\d+ arguments?, got");

    /** One method and CPython's outcome for 0, 1, ... 5 positional arguments. */
    record Method(String type, String name, List<String> outcomes) {
        @Override
        public String toString() {
            return type + "." + name;
        }
    }

    static Stream<Method> methods() throws IOException {
        Map<String, Method> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            byName.computeIfAbsent(f[0] + "." + f[1], k -> new Method(f[0], f[1], new ArrayList<>())).outcomes().add(f[3]);
        }
        return byName.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void wrongCountsAreCPythonsTypeErrorAndRightOnesPass(Method m) {
        String sample = SAMPLES.get(m.type());
        String program = "if not hasattr(" + sample + ", '" + m.name() + "'):\n"
                + "    print('missing')\n"
                + "else:\n"
                + "    for n in range(6):\n"
                + "        try:\n"
                + "            " + sample + "." + m.name() + "(*([0] * n))\n"
                + "            print('other')\n"
                + "        except TypeError as e:\n"
                + "            print(e)\n"
                + "        except Exception:\n"
                + "            print('other')\n";
        List<String> ours = List.of(FunctionTableTest.run(program).split("\n"));
        Assumptions.assumeFalse(ours.get(0).equals("missing"), m + " is not bound (a gap of its own)");
        for (int n = 0; n < 6; n++) {
            String cpython = m.outcomes().get(n);
            if (cpython.equals("other")) {
                assertFalse(ARITY.matcher(ours.get(n)).find(), m + " with " + n + " arguments: CPython takes them, we said "
                        + ours.get(n));
            } else {
                assertEquals(cpython, ours.get(n), m + " with " + n + " arguments");
            }
        }
    }
}
