package dezero.bench;

import static dezero.functions.Functions.square;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;

/** {@code array_ops}: {@code y = square(square(square(x)))} over N standard normal samples, then backward. */
final class ArrayOps extends ForwardBackward {
    /** Bytes one run must move at least: 16 passes over 8N bytes (BENCH.md's {@code eff_gbs}). */
    static final int PASSES = 16;

    /** Package-private so tests can spoil a result and see the check fail. */
    Variable x;

    @Override
    public String name() {
        return "array_ops";
    }

    @Override
    public List<Integer> sizes() {
        return List.of(1_000_000);
    }

    @Override
    public void setUp(int n) {
        x = new Variable(input(n));
    }

    /** The input: seeded standard normal samples from Commons Math. */
    static NDArray input(int n) {
        return NDArray.randn(new Well19937c(6), n);
    }

    @Override
    Variable forward() {
        return square(square(square(x)));
    }

    @Override
    public String check() {
        return Checks.firstFailure(eighthPower(x.data, y.data),
                x.grad == null ? "x.grad=None" : derivative(x.data, x.grad.data));
    }

    /** y == x**8 on every element, against {@code Math.pow} (one rounding, not three squarings). */
    static String eighthPower(NDArray x, NDArray y) {
        if (y.size() != x.size()) {
            return "y.size=" + y.size() + ",expected=" + x.size();
        }
        double[] xs = x.toArray();
        double[] ys = y.toArray();
        for (int i = 0; i < xs.length; i++) {
            String f = Checks.close("y[" + i + "]", ys[i], Math.pow(xs[i], 8), 1e-12);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** grad == 8 x**7 on every element. */
    static String derivative(NDArray x, NDArray grad) {
        if (grad.size() != x.size()) {
            return "x.grad.size=" + grad.size() + ",expected=" + x.size();
        }
        double[] xs = x.toArray();
        double[] gs = grad.toArray();
        for (int i = 0; i < xs.length; i++) {
            String f = Checks.close("x.grad[" + i + "]", gs[i], 8 * Math.pow(xs[i], 7), 1e-12);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Override
    public void tearDown() {
        x = null;
        y = null;
    }

    @Override
    public Map<String, String> extras(int n, double median, double[] phaseMedians) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("eff_gbs", Result.decimal(PASSES * 8.0 * n / median / 1e9, 4));
        return m;
    }
}
