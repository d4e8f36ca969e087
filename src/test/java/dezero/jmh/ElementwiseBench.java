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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Element-wise kernels: same shapes, a constant, and row broadcasting ({@code (n/100, 100) + (100,)}). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g"})
public class ElementwiseBench {
    @Param({"1000", "1000000"})
    int n;

    NDArray a;
    NDArray b;
    NDArray matrix;
    NDArray row;

    @Setup
    public void setUp() {
        Well19937c rng = new Well19937c(1);
        a = NDArray.randn(rng, n);
        b = NDArray.randn(rng, n);
        matrix = NDArray.randn(rng, n / 100, 100);
        row = NDArray.randn(rng, 100);
    }

    @Benchmark
    public NDArray addSameShape() {
        return a.add(b);
    }

    @Benchmark
    public NDArray mulSameShape() {
        return a.mul(b);
    }

    @Benchmark
    public NDArray mulConstant() {
        return a.mul(2.0);
    }

    @Benchmark
    public NDArray square() {
        return a.square();
    }

    @Benchmark
    public NDArray squareGradientFused() {
        return a.scaleMul(2.0, b);
    }

    @Benchmark
    public NDArray squareGradientTwoOps() {
        return a.mul(2.0).mul(b);
    }

    @Benchmark
    public NDArray addBroadcastRow() {
        return matrix.add(row);
    }

    @Benchmark
    public NDArray tanh() {
        return a.tanh();
    }

    @Benchmark
    public NDArray onesLike() {
        return NDArray.onesLike(a);
    }
}
