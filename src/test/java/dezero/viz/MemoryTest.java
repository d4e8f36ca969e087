package dezero.viz;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;
import static dezero.functions.Functions.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryTest {

    @Test
    void diamondHasFiveVariablesFourFunctionsAndFortyBytes() {
        Fixtures.Diamond d = Fixtures.diamond();
        Memory.Census c = Memory.census(List.of(d.x(), d.a(), d.y()));
        assertEquals(3, c.roots());
        assertEquals(5, c.variables());
        assertEquals(0, c.grads());
        assertEquals(4, c.functions());
        assertEquals(5 * 8, c.arrayBytes());
        assertTrue(c.heapUsedBytes() > 0);
    }

    @Test
    void gradsCountAsVariablesAndBytes() {
        Fixtures.Diamond d = Fixtures.diamond();
        d.y().backward();
        Memory.Census c = Memory.census(List.of(d.y()));
        assertEquals(6, c.variables());
        assertEquals(1, c.grads());
        assertEquals(6 * 8, c.arrayBytes());
    }

    @Test
    void rootsAndArraysAreCountedOnce() {
        Variable w = new Variable(NDArray.zeros(2, 3));
        Variable same = new Variable(w.data);
        Variable y = mul(w, same);
        Memory.Census c = Memory.census(Arrays.asList(y, y, w, null));
        assertEquals(2, c.roots());
        assertEquals(3, c.variables());
        assertEquals(1, c.functions());
        // w and same share one array of 6; y holds another 6.
        assertEquals(12 * 8, c.arrayBytes());
    }

    @Test
    void outputsAreNotFollowedFromInputs() {
        Variable x = new Variable(2.0);
        Variable y = square(x);
        Memory.Census c = Memory.census(List.of(x));
        assertEquals(1, c.variables());
        assertEquals(0, c.functions());
        assertEquals(4.0, y.data.item());
    }

    @Test
    void millionDeepChainIsCountedWithoutRecursion() {
        Variable c = new Variable(1.0);
        for (int i = 0; i < 1_000_000; i++) {
            c = add(c, 1.0);
        }
        Memory.Census census = Memory.census(List.of(c));
        // The constant 1.0 of each add is a variable of the graph, as in DeZero.
        assertEquals(2_000_001, census.variables());
        assertEquals(1_000_000, census.functions());
    }

    @Test
    void formatSaysCountsHeapAndDroppedGraphs() {
        Memory.Census c = new Memory.Census(3, 6, 1, 4, 48, 5_000_000);
        assertEquals("""
                6 Variables (1 is a grad), 4 Functions reachable from 3 names; arrays hold 48 bytes
                heap in use after GC: 4.8 MB
                dropped graphs: 10, collected: 9
                """, Memory.format(c, new DropTracker.Report(10, 9)));
        assertEquals("""
                1 Variable, 0 Functions reachable from 1 name; arrays hold 8 bytes
                heap in use after GC: 1023 bytes
                """, Memory.format(new Memory.Census(1, 1, 0, 0, 8, 1023), new DropTracker.Report(0, 0)));
    }

    @Test
    void bytesUseBinaryUnits() {
        assertEquals("1 byte", Memory.bytes(1));
        assertEquals("1.0 KB", Memory.bytes(1024));
        assertEquals("1.5 MB", Memory.bytes(3 * 512 * 1024));
        assertEquals("2.0 GB", Memory.bytes(2L << 30));
    }
}
