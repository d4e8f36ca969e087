package dezero.lang;

import dezero.core.NDArray;
import java.util.List;

/** numpy's array makers, float64 only; each works with or without the {@code np.} prefix. */
final class ArrayBuiltins {
    private static final String G = "arrays";

    private ArrayBuiltins() {}

    static void addTo(List<Builtin> all) {
        all.add(Builtin.of("array", G, "object", "an array from a number or (nested) lists",
                "np.array([[1, 2], [3, 4]]) is a 2x2 array", a -> arr(a.array("object"))));
        all.add(Builtin.of("ones", G, "shape", "an array of ones; shape is an int or a tuple",
                "np.ones((2, 3)) prints [[1. 1. 1.] [1. 1. 1.]]", a -> arr(NDArray.ones(a.shape("shape")))));
        all.add(Builtin.of("zeros", G, "shape", "an array of zeros; shape is an int or a tuple",
                "np.zeros(3) prints [0. 0. 0.]", a -> arr(NDArray.zeros(a.shape("shape")))));
        all.add(Builtin.of("arange", G, "start, stop=None, step=1", "evenly spaced values in [start, stop)",
                "np.arange(3) prints [0. 1. 2.]", ArrayBuiltins::arange));
        all.add(Builtin.of("linspace", G, "start, stop, num=50", "num evenly spaced values from start to stop",
                "np.linspace(0, 1, 5) prints [0.   0.25 0.5  0.75 1.  ]",
                a -> arr(NDArray.linspace(a.number("start"), a.number("stop"), a.integer("num")))));
        all.add(Builtin.of("randn", G, "*shape", "standard normal samples (np.random.randn)",
                "np.random.seed(0); np.random.randn(2, 3) is a 2x3 array", a -> arr(NDArray.randn(a.restShape()))));
        all.add(Builtin.of("seed", G, "seed", "seeds the generator behind randn (np.random.seed)",
                "np.random.seed(0) makes randn repeatable", a -> {
                    NDArray.seed(a.integer("seed"));
                    return Value.NONE;
                }));
    }

    private static Value arange(Args a) {
        if (a.number("step") == 0) {
            throw new LangError(LangError.Kind.ZeroDivisionError, "division by zero (arange's step is 0)",
                    a.spanOf("step"));
        }
        if (a.isNone("stop")) {
            return arr(NDArray.arange(0, a.number("start"), a.number("step")));
        }
        return arr(NDArray.arange(a.number("start"), a.number("stop"), a.number("step")));
    }

    private static Value arr(NDArray a) {
        return new Value.Array(a);
    }
}
