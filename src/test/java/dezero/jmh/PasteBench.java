package dezero.jmh;

import dezero.lang.Session;
import dezero.repl.PasteProbe;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A line pasted without bracketed paste (one keystroke per character) read by the REPL's line
 * reader: the time should grow in proportion to the length (it was quadratic: 35 s for 40 KB).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class PasteBench {
    @Param({"40000", "400000", "1000000"})
    int chars;

    @Benchmark
    public String pasteWithoutBrackets() throws IOException {
        return PasteProbe.readPasted(new Session(), "x = [" + "1, ".repeat(chars / 3) + "1]");
    }
}
