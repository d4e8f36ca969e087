package dezero.jmh;

import dev.ludovic.netlib.blas.BLAS;
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
 * {@code matmul} of an {@code m x k} by a {@code k x n} matrix beside the candidates: the plain
 * i-k-j loop, Commons Math's {@code BlockRealMatrix.multiply} and netlib's {@code dgemm}
 * ({@code dev.ludovic.netlib:blas}: the system's native BLAS through JNI when there is one, else
 * its Java code; the set-up prints which on stderr); GFLOP/s = 2 m k n / (time in ns). The shapes
 * are those of {@code mlp_step} (forward, and the two products of its backward) and a square one.
 * Our kernel's threads follow {@code -Ddezero.threads} (run with {@code -jvmArgsAppend -Ddezero.threads=1}
 * for one); OpenBLAS's follow {@code OPENBLAS_NUM_THREADS}.
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
    double[] ra;
    double[] rb;
    int m;
    int k;
    int n;
    BlockRealMatrix ma;
    BlockRealMatrix mb;

    @Setup
    public void setUp() {
        String[] d = mkn.split("x");
        m = Integer.parseInt(d[0]);
        k = Integer.parseInt(d[1]);
        n = Integer.parseInt(d[2]);
        Well19937c rng = new Well19937c(3);
        a = NDArray.randn(rng, m, k);
        b = NDArray.randn(rng, k, n);
        ma = new BlockRealMatrix(a.toRealMatrix().getData());
        mb = new BlockRealMatrix(b.toRealMatrix().getData());
        ra = a.toArray();
        rb = b.toArray();
        System.err.println("netlib BLAS: " + BLAS.getInstance().getClass().getName());
    }

    @Benchmark
    public NDArray dezero() {
        return a.matmul(b);
    }

    @Benchmark
    public BlockRealMatrix commonsMath() {
        return ma.multiply(mb);
    }

    /** The i-k-j loop every path of our kernel must match bit for bit. */
    @Benchmark
    public double[] plainLoop() {
        double[] x = a.toArray();
        double[] y = b.toArray();
        double[] r = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double xip = x[i * k + p];
                for (int j = 0; j < n; j++) {
                    r[i * n + j] += xip * y[p * n + j];
                }
            }
        }
        return r;
    }

    /** Row-major {@code r = a b} as column-major {@code r^T = b^T a^T}. */
    @Benchmark
    public double[] netlib() {
        double[] r = new double[m * n];
        BLAS.getInstance().dgemm("N", "N", n, m, k, 1.0, rb, n, ra, k, 0.0, r, n);
        return r;
    }
}
