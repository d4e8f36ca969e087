package dezero.bench;

import dezero.lang.library.PythonRuntime;
import dezero.lang.runtime.PyModule;
import java.util.List;
import java.util.Map;

/**
 * A Python program run by the interpreter, timed without the interpreter's start: {@code
 * interp_loop} (a loop of N iterations) and {@code interp_calls} (a function called N times).
 * The program's result {@code s} is checked against the sum computed here.
 */
final class InterpProgram implements Workload {
    private final String name;
    private final String template;
    private final java.util.function.LongUnaryOperator expected;
    private PythonRuntime python;
    private String source;
    private long n;

    private InterpProgram(String name, String template, java.util.function.LongUnaryOperator expected) {
        this.name = name;
        this.template = template;
        this.expected = expected;
    }

    /** {@code s = 0; for i in range(N): s = s + i * 2}. */
    static InterpProgram loop() {
        return new InterpProgram("interp_loop", "s = 0\nfor i in range(N):\n    s = s + i * 2\n", n -> n * (n - 1));
    }

    /** {@code def f(x): return x + 1}, called N times. */
    static InterpProgram calls() {
        return new InterpProgram("interp_calls", "def f(x):\n    return x + 1\ns = 0\nfor i in range(N):\n"
                + "    s = f(s)\n", n -> n);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Integer> sizes() {
        return List.of(1_000_000);
    }

    @Override
    public void setUp(int size) {
        n = size;
        python = new PythonRuntime(text -> { }, text -> { }, List.of(name));
        source = template.replace("N", Long.toString(size));
    }

    @Override
    public long[] run() {
        long t0 = System.nanoTime();
        python.interpreter().run(source, "<" + name + ">", python.main());
        return new long[] {System.nanoTime() - t0};
    }

    @Override
    public List<String> phaseKeys() {
        return List.of();
    }

    @Override
    public String check() {
        PyModule main = python.main();
        Object s = main.dict.get("s");
        long want = expected.applyAsLong(n);
        return s instanceof Long v && v == want ? null : "s = " + s + ", expected " + want;
    }

    @Override
    public Map<String, String> extras(int size, double median, double[] phaseMedians) {
        return Map.of("ns_per_iter", String.format("%.1f", median * 1e9 / size));
    }
}
