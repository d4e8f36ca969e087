package dezero.bench;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;

import dezero.core.Variable;
import java.util.List;
import java.util.Map;

/** {@code scalar_chain}: from a scalar leaf, N ops cycling {@code *2, +1, *0.5, +(-0.5)}, then backward. */
final class ScalarChain extends ForwardBackward {
    private int n;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable x;

    @Override
    public String name() {
        return "scalar_chain";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(10_000, 100_000);
    }

    @Override
    public void setUp(int n) {
        this.n = n;
        x = new Variable(1.0);
    }

    @Override
    Variable forward() {
        Variable v = x;
        for (int i = 0; i < n; i++) {
            v = switch (i & 3) {
                case 0 -> mul(v, 2.0);
                case 1 -> add(v, 1.0);
                case 2 -> mul(v, 0.5);
                default -> add(v, -0.5);
            };
        }
        return v;
    }

    /** The same cycle on plain doubles: y is 1.0 and dy/dx is 1.0 after every full cycle. */
    @Override
    public String check() {
        double value = 1.0;
        double slope = 1.0;
        for (int i = 0; i < n; i++) {
            switch (i & 3) {
                case 0 -> { value *= 2.0; slope *= 2.0; }
                case 1 -> value += 1.0;
                case 2 -> { value *= 0.5; slope *= 0.5; }
                default -> value += -0.5;
            }
        }
        return Checks.firstFailure(
                Checks.equal("y", y.data.item(), value),
                Checks.equal("x.grad", x.grad == null ? Double.NaN : x.grad.data.item(), slope));
    }

    @Override
    public void tearDown() {
        x = null;
        y = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of("us_per_op", Result.decimal(median / n * 1e6, 4));
    }
}
