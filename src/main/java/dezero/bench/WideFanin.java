package dezero.bench;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.square;

import dezero.core.Variable;
import java.util.List;
import java.util.Map;

/**
 * {@code wide_fanin}: N squares of one scalar leaf summed in a chain, then backward: the
 * backward queue holds N functions of one generation at once (DeZero re-sorts it per insert).
 */
final class WideFanin extends ForwardBackward {
    private int n;
    /** Package-private so tests can spoil a result and see the check fail. */
    Variable x;

    @Override
    public String name() {
        return "wide_fanin";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(1_000, 10_000, 30_000, 100_000);
    }

    @Override
    public void setUp(int n) {
        this.n = n;
        x = new Variable(1.0);
    }

    @Override
    Variable forward() {
        Variable v = square(x);
        for (int i = 1; i < n; i++) {
            v = add(v, square(x));
        }
        return v;
    }

    /** At x = 1 each square is 1 and contributes 2 to the gradient: y == N, x.grad == 2N. */
    @Override
    public String check() {
        return Checks.firstFailure(
                Checks.equal("y", y.data.item(), n),
                Checks.equal("x.grad", x.grad == null ? Double.NaN : x.grad.data.item(), 2.0 * n));
    }

    @Override
    public void tearDown() {
        x = null;
        y = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        return Map.of("us_per_node", Result.decimal(median / (2.0 * n) * 1e6, 4));
    }
}
