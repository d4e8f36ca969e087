package dezero.viz;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GraphsDotTest {
    private static final Pattern NODE = Pattern.compile("(?m)^(\\d+) \\[label=");

    @Test
    void diamondMatchesGolden() {
        Fixtures.Diamond d = Fixtures.diamond();
        assertEquals(Fixtures.golden("diamond.dot"), Graphs.dot(d.y(), d.names()));
    }

    @Test
    void squarePlusXDeclaresXOnce() {
        Fixtures.SquarePlusX g = Fixtures.squarePlusX();
        String dot = Graphs.dot(g.y(), g.names());
        assertEquals(Fixtures.golden("square-plus-x.dot"), dot);
        assertEquals(1, dot.split("label=\"x: ", -1).length - 1);
    }

    @Test
    void everyNodeIsDeclaredOnceAndEveryEdgeEndIsDeclared() {
        Fixtures.Diamond d = Fixtures.diamond();
        String dot = Graphs.dot(d.y(), d.names());
        Set<String> declared = new HashSet<>();
        Matcher m = NODE.matcher(dot);
        while (m.find()) {
            assertTrue(declared.add(m.group(1)), "declared twice: " + m.group(1));
        }
        // x, a, two squares of a, y; three Squares and an Add.
        assertEquals(9, declared.size());
        Matcher e = Pattern.compile("(?m)^(\\d+) -> (\\d+)$").matcher(dot);
        int edges = 0;
        while (e.find()) {
            assertTrue(declared.contains(e.group(1)) && declared.contains(e.group(2)), e.group());
            edges++;
        }
        // each function: one edge per input and one per output.
        assertEquals(2 + 1 + 3 * 2, edges);
    }

    @Test
    void sameGraphBuiltTwiceGivesTheSameText() {
        Fixtures.Diamond first = Fixtures.diamond();
        Fixtures.Diamond second = Fixtures.diamond();
        assertEquals(Graphs.dot(first.y(), first.names()), Graphs.dot(second.y(), second.names()));
    }

    @Test
    void variablesAreOrangeEllipsesAndFunctionsLightBlueBoxes() {
        String dot = Graphs.dot(Fixtures.diamond().y());
        assertTrue(dot.startsWith("digraph g {\n") && dot.endsWith("}\n"), dot);
        for (String line : dot.split("\n")) {
            if (line.contains("label=\"Square\"") || line.contains("label=\"Add\"")) {
                assertTrue(line.endsWith("color=lightblue, style=filled, shape=box]"), line);
            } else if (line.contains("label=")) {
                assertTrue(line.endsWith("color=orange, style=filled]"), line);
            }
        }
    }

    @Test
    void plainLabelsAreNamesOnlyAndUnnamedOnesEmpty() {
        Variable x = new Variable(NDArray.of(1, 2, 3), "x");
        Variable y = square(x);
        assertEquals("""
                digraph g {
                1 [label="", color=orange, style=filled]
                2 [label="Square", color=lightblue, style=filled, shape=box]
                3 [label="x", color=orange, style=filled]
                3 -> 2
                2 -> 1
                }
                """, Graphs.dot(y, Map.of(), false));
    }

    @Test
    void verboseLabelsCarryShapeAndDtypeAsDeZero() {
        Variable x = new Variable(NDArray.zeros(2, 3));
        String dot = Graphs.dot(add(x, x), Fixtures.names(x, "x"));
        assertTrue(dot.contains("[label=\"x: (2, 3) float64\""), dot);
        assertTrue(dot.contains("[label=\"(2, 3) float64\""), dot);
        assertEquals(2, dot.split(" -> 2\n", -1).length - 1, "x enters Add twice");
    }

    @Test
    void quotesInNamesAreEscaped() {
        Variable x = new Variable(1.0);
        String dot = Graphs.dot(x, Fixtures.names(x, "say \"hi\""), false);
        assertTrue(dot.contains("1 [label=\"say \\\"hi\\\"\""), dot);
    }

    @Test
    void deepChainWritesWithoutRecursion() {
        Variable c = new Variable(1.0);
        for (int i = 0; i < 300_000; i++) {
            c = add(c, 1.0);
        }
        String dot = Graphs.dot(c, Map.of(), false);
        // 300,001 variables, 300,000 constants (inputs of the graph, as in DeZero), 300,000 functions.
        assertEquals(900_001, dot.lines().filter(l -> l.contains("[label=")).count());
    }
}
