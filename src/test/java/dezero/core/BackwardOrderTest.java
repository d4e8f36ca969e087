package dezero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackwardOrderTest {
    /** {@code x0 + x1} (or the identity of one input), so random graphs need no op package. */
    private static final class Plus extends Function {
        @Override
        public NDArray[] forward(NDArray... xs) {
            return outputs(xs.length == 1 ? xs[0] : xs[0].add(xs[1]));
        }

        @Override
        public Variable[] backward(Variable... gys) {
            return inputsRef().length == 1 ? grads(gys[0]) : grads(gys[0], gys[0]);
        }
    }

    /** DeZero's core.py: append unseen creators, stable sort by generation, pop the last. */
    private static List<Function> dezeroOrder(Variable start) {
        List<Function> funcs = new ArrayList<>();
        Set<Function> seen = new HashSet<>();
        List<Function> order = new ArrayList<>();
        funcs.add(start.creator);
        seen.add(start.creator);
        while (!funcs.isEmpty()) {
            Function f = funcs.remove(funcs.size() - 1);
            order.add(f);
            for (Variable x : f.inputsRef()) {
                Function c = x.creator;
                if (c != null && seen.add(c)) {
                    funcs.add(c);
                    funcs.sort(Comparator.comparingInt(Function::generation));
                }
            }
        }
        return order;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomGraphsRunInDezerosOrder(int seed) {
        Well19937c rng = new Well19937c(seed);
        List<Variable> pool = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pool.add(new Variable(i + 1.0));
        }
        Variable y = null;
        for (int i = 0; i < 300; i++) {
            Variable a = pool.get(rng.nextInt(pool.size()));
            y = rng.nextInt(4) == 0 ? new Plus().apply(a) : new Plus().apply(a, pool.get(rng.nextInt(pool.size())));
            pool.add(y);
        }
        List<Function> expected = dezeroOrder(y);
        List<Function> actual = new ArrayList<>();
        try (Config.Scope s = Config.listening((f, generation, gys, gxs) -> actual.add(f))) {
            y.backward();
        }
        assertEquals(expected, actual);
    }
}
