package dezero.jmh;

import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code Math} against Commons Math's {@code FastMath} for the functions the ops use, per element. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g"})
public class MathBench {
    static final int N = 4096;

    double[] x = new double[N];
    double[] r = new double[N];

    @Setup
    public void setUp() {
        Well19937c rng = new Well19937c(4);
        for (int i = 0; i < N; i++) {
            x[i] = rng.nextGaussian();
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mathExp() {
        for (int i = 0; i < N; i++) {
            r[i] = Math.exp(x[i]);
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] fastMathExp() {
        for (int i = 0; i < N; i++) {
            r[i] = FastMath.exp(x[i]);
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mathTanh() {
        for (int i = 0; i < N; i++) {
            r[i] = Math.tanh(x[i]);
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] fastMathTanh() {
        for (int i = 0; i < N; i++) {
            r[i] = FastMath.tanh(x[i]);
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mathLog() {
        for (int i = 0; i < N; i++) {
            r[i] = Math.log(Math.abs(x[i]));
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] fastMathLog() {
        for (int i = 0; i < N; i++) {
            r[i] = FastMath.log(Math.abs(x[i]));
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mathSin() {
        for (int i = 0; i < N; i++) {
            r[i] = Math.sin(x[i]);
        }
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] fastMathSin() {
        for (int i = 0; i < N; i++) {
            r[i] = FastMath.sin(x[i]);
        }
        return r;
    }
}
