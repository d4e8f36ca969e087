package dezero.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableTest {
    @Test
    void backwardOnLeafSetsOnes() {
        Variable x = new Variable(NDArray.of(new double[] {1, 2, 3, 4}, 2, 2));
        List<Function> seen = new ArrayList<>();
        try (Config.Scope scope = Config.listening((f, g, gys, gxs) -> seen.add(f))) {
            x.backward();
        }
        assertEquals(NDArray.ones(2, 2), x.grad.data);
        assertNull(x.grad.creator);
        assertNull(x.creator);
        assertEquals(List.of(), seen);
    }

    @Test
    void backwardOnLeafKeepsAHandSetGrad() {
        Variable x = new Variable(NDArray.of(1, 2));
        Variable seed = new Variable(NDArray.of(5, 6));
        x.grad = seed;
        x.backward();
        assertSame(seed, x.grad);
        assertEquals(NDArray.of(5, 6), seed.data);
    }

    @Test
    void cleargradForgetsTheGradient() {
        Variable x = new Variable(2.0);
        x.backward();
        x.cleargrad();
        assertNull(x.grad);
    }

    @Test
    void shapeNdimAndSizeDescribeTheData() {
        Variable x = new Variable(NDArray.zeros(2, 3, 4), "x");
        assertArrayEquals(new int[] {2, 3, 4}, x.shape());
        assertEquals(3, x.ndim());
        assertEquals(24, x.size());
        assertEquals("x", x.name);
        assertEquals(0, new Variable(1.0).ndim());
    }

    @Test
    void leafHasGenerationZeroAndNoCreator() {
        Variable x = new Variable(3.0);
        assertEquals(0, x.generation);
        assertNull(x.creator);
        assertNull(x.grad);
    }

    @Test
    void leafRequiresData() {
        assertThrows(NullPointerException.class, () -> new Variable((NDArray) null));
    }

    @Test
    void toStringIsDezeroRepr() {
        assertEquals("variable(3.0)", new Variable(3.0).toString());
        assertEquals("variable([1. 2. 3.])", new Variable(NDArray.of(1, 2, 3)).toString());
    }
}
