package dezero.jmh;

import static dezero.functions.Functions.add;
import static dezero.functions.Functions.mul;

import dezero.core.Config;
import dezero.core.Variable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's bookkeeping on scalars, per op: building the graph ({@code Function.call}
 * recording inputs, weak outputs, generation), the same with recording off, and backward per node.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g"})
public class GraphBench {
    static final int OPS = 1000;

    Variable x = new Variable(1.0);

    /** A fresh recorded chain for each backward (a graph's intermediate grads are cleared by backward). */
    @State(Scope.Thread)
    public static class Chain {
        Variable x;
        Variable y;

        @Setup(Level.Invocation)
        public void setUp() {
            x = new Variable(1.0);
            y = build(x);
        }
    }

    static Variable build(Variable x) {
        Variable y = x;
        for (int i = 0; i < OPS; i += 2) {
            y = add(mul(y, 0.5), 0.5);
        }
        return y;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public Variable graphBuildPerOp() {
        return build(x);
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public Variable noGradForwardPerOp() {
        try (var scope = Config.noGrad()) {
            return build(x);
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public Variable backwardPerNode(Chain chain) {
        chain.y.backward();
        return chain.x;
    }
}
