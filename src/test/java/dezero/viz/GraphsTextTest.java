package dezero.viz;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.square;
import static dezero.functions.Functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphsTextTest {

    @Test
    void diamondTreeInUnicodeMatchesGolden() {
        Fixtures.Diamond d = Fixtures.diamond();
        d.y().backward();
        assertEquals(Fixtures.golden("diamond-tree-unicode.txt"), Graphs.text(d.y(), d.names(), true));
    }

    @Test
    void diamondTreeInAsciiMatchesGolden() {
        Fixtures.Diamond d = Fixtures.diamond();
        d.y().backward();
        assertEquals(Fixtures.golden("diamond-tree-ascii.txt"), Graphs.text(d.y(), d.names(), false));
    }

    @Test
    void gradsAreShownOnlyWhenSet() {
        Fixtures.Diamond d = Fixtures.diamond();
        String before = Graphs.text(d.y(), d.names(), true);
        assertFalse(before.contains("grad"), before);
        d.y().backward(true);
        String after = Graphs.text(d.y(), d.names(), true);
        assertTrue(after.startsWith("y = 32.0   grad = 1.0\n"), after);
        assertTrue(after.contains("a = 4.0   grad = 16.0\n"), after);
    }

    @Test
    void sharedVariableIsPrintedOnceThenReferredTo() {
        Fixtures.Diamond d = Fixtures.diamond();
        String tree = Graphs.text(d.y(), d.names(), true);
        assertEquals(1, count(tree, "a = 4.0"));
        assertEquals(1, count(tree, "a  (see above)"));
        assertEquals(1, count(tree, "x = 2.0"));
    }

    @Test
    void withoutNamesVariablesUseTheirOwnNameElsePlaceholders() {
        Variable x = new Variable(NDArray.scalar(3.0), "x");
        Variable y = add(square(x), x);
        assertEquals("""
                x1 = 12.0
                └─ <Add gen=1>
                   ├─ x2 = 9.0
                   │  └─ <Square gen=0>
                   │     └─ x = 3.0
                   └─ x  (see above)
                """, Graphs.text(y));
    }

    @Test
    void placeholdersSkipSessionNames() {
        Variable v = new Variable(1.0);
        Variable y = add(square(v), v);
        String tree = Graphs.text(y, Fixtures.names(v, "x1"), true);
        assertTrue(tree.startsWith("x2 = 2.0\n"), tree);
        assertTrue(tree.contains("x3 = 1.0\n"), tree);
        assertTrue(tree.contains("x1 = 1.0\n"), tree);
    }

    @Test
    void arraysShowShapeAndFirstValues() {
        Variable w = new Variable(NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        Variable z = sum(mul(w, w));
        z.backward();
        assertEquals("""
                z = 91.0
                └─ <Sum gen=1>
                   └─ x1 = (2, 3) [1.0 4.0 9.0 ...]
                      └─ <Mul gen=0>
                         ├─ w = (2, 3) [1.0 2.0 3.0 ...]   grad = (2, 3) [2.0 4.0 6.0 ...]
                         └─ w  (see above)
                """, Graphs.text(z, Fixtures.names(w, "w", z, "z"), true));
    }

    @Test
    void leafIsOneLine() {
        Variable x = new Variable(2.0);
        assertEquals("x = 2.0\n", Graphs.text(x, Fixtures.names(x, "x"), true));
    }

    @Test
    void millionDeepChainIsCappedAndCountsTheRest() {
        Variable c = new Variable(1.0);
        for (int i = 0; i < 1_000_000; i++) {
            c = add(c, 1.0);
        }
        String tree = Graphs.text(c, Map.of(), true, 6);
        // 1,000,001 variables + 1,000,000 constants (inputs, as in DeZero) + 1,000,000 functions, 6 shown.
        assertTrue(tree.endsWith("\n... 2999995 more nodes not shown (limit: 6 lines)\n"), tree);
        assertEquals(7, tree.lines().count());
        assertTrue(tree.startsWith("x1 = 1000001.0\n└─ <Add gen=999999>\n   ├─ x2 = 1000000.0\n"), tree);
    }

    @Test
    void nonPositiveLimitIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Graphs.text(new Variable(1.0), Map.of(), true, 0));
        assertEquals("maxLines must be at least 1, got 0", e.getMessage());
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
