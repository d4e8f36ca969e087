package dezero.jmh;

import dezero.core.NDArray;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.Well19937c;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code sum} (all, last axis, first axis), {@code sum_to} and {@code broadcast_to} on a 1000 x 100 matrix. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g"})
public class ReductionBench {
    NDArray matrix;
    NDArray row;

    @Setup
    public void setUp() {
        Well19937c rng = new Well19937c(2);
        matrix = NDArray.randn(rng, 1000, 100);
        row = NDArray.randn(rng, 100);
    }

    @Benchmark
    public NDArray sumAll() {
        return matrix.sum();
    }

    @Benchmark
    public NDArray sumLastAxis() {
        return matrix.sum(new int[] {1}, false);
    }

    @Benchmark
    public NDArray sumFirstAxis() {
        return matrix.sum(new int[] {0}, false);
    }

    @Benchmark
    public NDArray sumToRow() {
        return matrix.sumTo(100);
    }

    @Benchmark
    public NDArray broadcastRow() {
        return row.broadcastTo(1000, 100);
    }
}
