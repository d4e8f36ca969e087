package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.bench.Harness;
import dezero.bench.ResultLines;
import dezero.bench.Workload;
import dezero.bench.Workloads;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command over {@code workloads} with a one-run warm-up, capturing both streams. */
    private int run(List<Workload> workloads, String... args) {
        CommandLine cmd = new CommandLine(new BenchCommand(new Harness(1, 0), () -> workloads));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private int run(String... args) {
        return run(Workloads.all(), args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** A real workload run at other sizes, optionally with its check replaced by a failure. */
    private static Workload resized(Workload w, List<Integer> sizes, String failure) {
        return new Workload() {
            @Override
            public String name() {
                return w.name();
            }

            @Override
            public List<Integer> sizes() {
                return sizes;
            }

            @Override
            public void setUp(int n) {
                w.setUp(n);
            }

            @Override
            public long[] run() {
                return w.run();
            }

            @Override
            public List<String> phaseKeys() {
                return w.phaseKeys();
            }

            @Override
            public String check() {
                String real = w.check();
                return failure != null ? failure : real;
            }

            @Override
            public void tearDown() {
                w.tearDown();
            }

            @Override
            public Map<String, String> extras(int n, double median, double[] phaseMedians) {
                return w.extras(n, median, phaseMedians);
            }
        };
    }

    @Test
    void oneWorkloadPrintsExactlyOneLineOnStdout() {
        assertEquals(0, run("scalar_chain", "400", "--budget", "0"));
        assertEquals(1, outLines().size(), out.toString());
        Map<String, String> kv = ResultLines.parse(outLines().get(0), "scalar_chain", 400);
        assertEquals("ok", kv.get("check"));
        assertEquals(List.of(), errLines(), "nothing on stderr but the note on a slow collector");
    }

    @Test
    void launcherFlagsAreNamedOnTheLineAndSilenceTheCollectorNote() {
        assertEquals(0, run("scalar_chain", "400", "--budget", "0", "--launcher-flags"));
        Map<String, String> kv = ResultLines.parse(outLines().get(0), "scalar_chain", 400);
        assertEquals("launcher", kv.get("flags"));
        assertEquals("ok", kv.get("check"));
        assertEquals("", err.toString());
    }

    /** Stderr without the note printed under a collector other than ParallelGC. */
    private List<String> errLines() {
        return err.toString().lines().filter(l -> !l.startsWith("dezero bench: note: ")).toList();
    }

    @Test
    void failedCheckPrintsFailAndExitsNonZero() {
        Workload broken = resized(Workloads.all().get(1), List.of(50), "x.grad=99.0,expected=100.0");
        assertEquals(1, run(List.of(broken), "wide_fanin", "50", "--budget", "0"));
        Map<String, String> kv = ResultLines.parse(outLines().get(0), "wide_fanin", 50);
        assertEquals("FAIL(x.grad=99.0,expected=100.0)", kv.get("check"));
    }

    @Test
    void allRunsEveryCaseWithProgressOnStderr() {
        List<Workload> small = Workloads.all().stream()
                .map(w -> resized(w, List.of(20, 30), null)).toList();
        assertEquals(0, run(small, "all", "--budget", "0"));
        List<String> lines = outLines();
        assertEquals(18, lines.size(), out.toString());
        List<String> progress = errLines();
        assertEquals(18, progress.size(), err.toString());
        assertEquals("[1/18] scalar_chain 20", progress.get(0));
        assertEquals("[12/18] mlp_step 30", progress.get(11));
        assertEquals("[14/18] train_spiral 30", progress.get(13));
        assertEquals("[18/18] interp_calls 30", progress.get(17));
        ResultLines.parse(lines.get(0), "scalar_chain", 20);
        ResultLines.parse(lines.get(11), "mlp_step", 30);
    }

    @Test
    void allFailsWhenOneCaseFails() {
        List<Workload> small = Stream.concat(
                Stream.of(resized(Workloads.all().get(0), List.of(8), null)),
                Stream.of(resized(Workloads.all().get(1), List.of(8), "y=7.0,expected=8.0"))).toList();
        assertEquals(1, run(small, "all", "--budget", "0"));
        assertEquals(2, outLines().size());
        assertTrue(outLines().get(1).contains("check=FAIL(y=7.0,expected=8.0)"), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuch 100", "scalar_chain 1e4", "scalar_chain -5", "scalar_chain 0",
        "scalar_chain abc", "scalar_chain", "all 100", "scalar_chain 10 --budget x", "scalar_chain 10 --budget -1",
        "scalar_chain 99999999999"})
    void badNameNOrBudgetIsAOneLineUsageError(String args) {
        assertEquals(Main.EXIT_USAGE, run(args.split(" ")));
        assertEquals("", out.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("dezero bench: error: "), lines.get(0));
    }

    @Test
    void unknownNameListsTheWorkloads() {
        run("nosuch", "1");
        assertEquals("dezero bench: error: unknown workload 'nosuch' (workloads: scalar_chain, wide_fanin, "
                + "array_ops, no_grad, memory_loop, mlp_step, train_spiral, interp_loop, interp_calls, all)", err.toString().strip());
    }

    @Test
    void aSizeBeyondTheHeapIsAMemoryErrorAsNumpysNotARuntimeError() throws Exception {
        // In a JVM with a 256 MiB heap, 50,000,000 elements (381 MiB an array) are within the element
        // limit but not the heap: numpy's MemoryError, as the REPL says it.
        List<String> command = new java.util.ArrayList<>(ChildJvm.main(null, "bench", "array_ops", "50000000",
                "--budget", "0"));
        command.add(1, "-Xmx256m");
        ChildJvm.Run r = ChildJvm.run(command, java.nio.file.Path.of("."), "");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("dezero bench: array_ops 50000000 failed: MemoryError: "
                + "Unable to allocate 381 MiB")), r.err());
    }

    @Test
    void aRunThatThrowsIsReportedOnOneLine() {
        assertEquals(1, run("array_ops", "200000000", "--budget", "0"));
        assertEquals("", out.toString());
        assertEquals(1, errLines().size(), err.toString());
        assertTrue(errLines().get(0).startsWith("dezero bench: array_ops 200000000 failed: ValueError: array is too big"),
                err.toString());
    }

    @Test
    void helpListsTheWorkloadsAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: bench"), out.toString());
        assertTrue(out.toString().contains("mlp_step"), out.toString());
    }

    @Test
    void versionIsWhatVerCarries() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("dezero bench "), out.toString());
        assertTrue(out.toString().contains(";jdk"), out.toString());
    }
}
