package dezero.jmh;

import dezero.core.NDArray;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.linear.BlockRealMatrix;
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

/**
 * {@code matmul} of an {@code m x k} by a {@code k x n} matrix beside Commons Math's
 * {@code BlockRealMatrix.multiply}; GFLOP/s = 2 m k n / (time in ns). The shapes are those of
 * {@code mlp_step} (forward, and the two products of its backward) and a square one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g"})
public class MatMulBench {
    @Param({"1000x100x100", "100x1000x100", "1000x100x10", "256x256x256"})
    String mkn;

    NDArray a;
    NDArray b;
    BlockRealMatrix ma;
    BlockRealMatrix mb;

    @Setup
    public void setUp() {
        String[] d = mkn.split("x");
        int m = Integer.parseInt(d[0]);
        int k = Integer.parseInt(d[1]);
        int n = Integer.parseInt(d[2]);
        Well19937c rng = new Well19937c(3);
        a = NDArray.randn(rng, m, k);
        b = NDArray.randn(rng, k, n);
        ma = new BlockRealMatrix(a.toRealMatrix().getData());
        mb = new BlockRealMatrix(b.toRealMatrix().getData());
    }

    @Benchmark
    public NDArray dezero() {
        return a.matmul(b);
    }

    @Benchmark
    public BlockRealMatrix commonsMath() {
        return ma.multiply(mb);
    }
}
