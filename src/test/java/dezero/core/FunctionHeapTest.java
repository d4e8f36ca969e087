package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The queue of backward against DeZero's own: a list kept sorted by generation with Python's
 * stable sort, popped from the end, and a seen set.
 */
class FunctionHeapTest {
    /** A function standing for one of generation {@code g} (recorded by calling it on such an input). */
    private static Function ofGeneration(int g) {
        Variable x = new Variable(0.0);
        x.generation = g;
        Function f = new Function() {
            @Override
            public NDArray[] forward(NDArray... xs) {
                return outputs(xs[0]);
            }

            @Override
            public Variable[] backward(Variable... gys) {
                return grads(gys[0]);
            }
        };
        f.apply(x);
        return f;
    }

    /** DeZero's add_func and pop, in Java. */
    private static final class DezeroList {
        final List<Function> funcs = new ArrayList<>();
        final List<Function> seen = new ArrayList<>();

        void add(Function f) {
            if (!seen.contains(f)) {
                funcs.add(f);
                seen.add(f);
                funcs.sort(Comparator.comparingInt(Function::generation)); // List.sort is stable, as Python's
            }
        }

        Function pop() {
            return funcs.remove(funcs.size() - 1);
        }
    }

    @Test
    void popsLargestGenerationFirstAndTheLastAddedAmongEquals() {
        Function a = ofGeneration(1);
        Function b = ofGeneration(2);
        Function c = ofGeneration(1);
        FunctionHeap heap = new FunctionHeap();
        heap.add(a);
        heap.add(b);
        heap.add(c);
        assertSame(b, heap.pop());
        assertSame(c, heap.pop());
        assertSame(a, heap.pop());
        assertTrue(heap.isEmpty());
    }

    @Test
    void aFunctionAddedTwiceIsQueuedOnce() {
        Function a = ofGeneration(3);
        FunctionHeap heap = new FunctionHeap();
        heap.add(a);
        heap.add(a);
        assertEquals(1, heap.size());
        heap.pop();
        heap.add(a);
        assertTrue(heap.isEmpty(), "a function popped is still seen: DeZero's seen_set keeps it");
        heap.close();
        FunctionHeap another = new FunctionHeap();
        another.add(a);
        assertEquals(1, another.size(), "each heap (each backward) has its own seen set");
    }

    @Test
    void popFromEmptyHeapThrows() {
        assertThrows(IllegalStateException.class, () -> new FunctionHeap().pop());
    }

    @Test
    void sameOrderAsDezeroOnSeededInterleavings() {
        Random rng = new Random(12);
        for (int trial = 0; trial < 200; trial++) {
            List<Function> pool = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                pool.add(ofGeneration(rng.nextInt(6)));
            }
            FunctionHeap heap = new FunctionHeap();
            DezeroList list = new DezeroList();
            for (int step = 0; step < 120; step++) {
                if (rng.nextInt(3) > 0 || list.funcs.isEmpty()) {
                    Function f = pool.get(rng.nextInt(pool.size()));
                    heap.add(f);
                    list.add(f);
                } else {
                    assertSame(list.pop(), heap.pop(), "trial " + trial + " step " + step);
                }
                assertEquals(list.funcs.size(), heap.size());
            }
            while (!list.funcs.isEmpty()) {
                assertSame(list.pop(), heap.pop());
            }
        }
    }
}
