package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Function contract, with test-local functions so that no op of dezero.functions is involved. */
class FunctionTest {
    /** {@code 2 x}. */
    static final class Twice extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0].mul(2));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(new Variable(gys[0].data.mul(2)));
        }
    }

    /** {@code (x, -x)}: two outputs. */
    static final class PlusMinus extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0], xs[0].neg());
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(new Variable(gys[0].data.sub(gys[1].data)));
        }
    }

    /** A broken backward that returns a gradient of the wrong shape. */
    static final class WrongShape extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs[0]);
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return grads(new Variable(NDArray.zeros(7)));
        }
    }

    @Test
    void callingAFunctionInstanceTwiceThrows() {
        Twice f = new Twice();
        Variable x = new Variable(3.0);
        Variable y = f.apply(x);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.apply(x));
        assertEquals("Twice instance already called: a Function records the inputs and outputs of one call for "
                + "backward, so a second call would corrupt the first one's gradients; create a new instance "
                + "for each call", e.getMessage());
        y.backward();
        assertEquals(NDArray.scalar(2), x.grad.data);
    }

    @Test
    void callRecordsInputsWeakOutputsAndGeneration() {
        Variable x = new Variable(3.0);
        Twice first = new Twice();
        Variable y = first.apply(x);
        Twice second = new Twice();
        Variable z = second.apply(y);
        assertSame(first, y.creator);
        assertEquals(List.of(x), first.inputs());
        assertEquals(List.of(y), first.outputs());
        assertEquals(0, first.generation());
        assertEquals(1, y.generation);
        assertEquals(1, second.generation());
        assertEquals(2, z.generation);
        assertEquals("<Twice gen=1>", second.toString());
        assertEquals("Twice", second.name());
        assertEquals(NDArray.scalar(12), z.data);
    }

    @Test
    void outputsAreHeldWeakly() {
        Twice f = new Twice();
        Variable x = new Variable(NDArray.zeros(1000));
        callAndDrop(f, x);
        Gc.awaitCollected("the output of Twice", () -> f.outputs().get(0) == null);
        assertEquals(List.of(x), f.inputs());
    }

    private static void callAndDrop(Function f, Variable x) {
        assertEquals(1, f.call(x).length);
    }

    @Test
    void underNoGradNothingIsRecorded() {
        Twice f = new Twice();
        Variable y;
        try (Config.Scope scope = Config.noGrad()) {
            y = f.apply(new Variable(2.0));
        }
        assertNull(y.creator);
        assertEquals(0, y.generation);
        assertEquals(List.of(), f.inputs());
        assertEquals(List.of(), f.outputs());
        assertEquals(NDArray.scalar(4), y.data);
    }

    @Test
    void applyOnATwoOutputFunctionThrows() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PlusMinus().apply(new Variable(1.0)));
        assertEquals("PlusMinus has 2 outputs; use call()", e.getMessage());
    }

    @Test
    void gradientOfTheWrongShapeIsReportedWithBothShapes() {
        Variable y = new WrongShape().apply(new Variable(NDArray.zeros(2, 3)));
        GradientShapeException e = assertThrows(GradientShapeException.class, y::backward);
        assertEquals("WrongShape.backward gave a gradient of shape (7,) for input 0 of shape (2,3): the input's data"
                + " changed shape after the forward pass, or the backward is wrong", e.getMessage());
        assertTrue(Config.isBackpropEnabled(), "backward must restore the mode after a failure");
    }
}
