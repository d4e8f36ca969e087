package dezero.cli;

import dezero.bench.Harness;
import dezero.bench.Machine;
import dezero.bench.Result;
import dezero.bench.Workload;
import dezero.bench.Workloads;
import dezero.core.MemoryException;
import dezero.core.ShapeException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dezero bench NAME N [--budget S]}: runs one workload of BENCH.md in-process and prints
 * its result line; {@code dezero bench all} runs every size of the table in turn.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BenchCommand.Version.class,
        description = {"Runs a benchmark workload and prints one result line (see BENCH.md).",
            "Workloads: scalar_chain, wide_fanin, array_ops, no_grad, memory_loop, mlp_step, or all."},
        exitCodeOnInvalidInput = Main.EXIT_USAGE, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed or the run failed", "64:bad NAME, N or --budget"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "The workload, or 'all' for every size of the table.")
    private String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N",
            description = "The size, a positive integer such as 10000 (not with 'all').")
    private String size;

    @Option(names = "--budget", paramLabel = "S",
            description = "Seconds of timed repetitions after warm-up (default: ${DEFAULT-VALUE}); 3 to 15 repetitions.")
    private String budget = String.valueOf(Harness.DEFAULT_BUDGET);

    @Option(names = "--launcher-flags",
            description = {"Measure under the JVM flags the REPL, files and -e run with: scripts/dezero then starts",
                "the JVM as for those (no fixed heap) instead of with the benchmark's fixed heap;",
                "the result line says flags=launcher."})
    private boolean launcherFlags;

    private final Harness harness;
    private final Supplier<List<Workload>> workloads;

    /** {@code --version}: what the result lines carry in {@code ver=}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dezero bench " + Machine.version()};
        }
    }

    /** The command with BENCH.md's warm-up and workloads. */
    public BenchCommand() {
        this(new Harness(), Workloads::all);
    }

    /** The command with another harness and workloads (tests use a short warm-up and small sizes). */
    BenchCommand(Harness harness, Supplier<List<Workload>> workloads) {
        this.harness = harness;
        this.workloads = workloads;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = validate();
        if (problem != null) {
            err.println("dezero bench: error: " + problem);
            err.flush();
            return Main.EXIT_USAGE;
        }
        double seconds = Double.parseDouble(budget);
        if (!launcherFlags && !"ParallelGC".equals(Machine.collector())) {
            // G1 pays for every weak reference and humongous array: up to 10x slower on these graphs.
            err.println("dezero bench: note: running under " + Machine.collector() + "; the README's figures were "
                    + "measured with " + Machine.BENCH_FLAGS);
            err.flush();
        }
        if ("all".equals(name)) {
            return runAll(seconds, out, err);
        }
        Workload w = find(name).orElseThrow();
        return runOne(w, Integer.parseInt(size), seconds, out, err) ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /** A one-line reason when NAME, N or the budget is wrong, else null. */
    private String validate() {
        String known = String.join(", ", workloads.get().stream().map(Workload::name).toList()) + ", all";
        if (name == null) {
            return "missing NAME (workloads: " + known + ")";
        }
        Optional<Workload> w = find(name);
        if (w.isEmpty() && !"all".equals(name)) {
            return "unknown workload '" + name + "' (workloads: " + known + ")";
        }
        if ("all".equals(name)) {
            if (size != null) {
                return "'all' runs the table's sizes and takes no N (got '" + size + "')";
            }
        } else if (size == null) {
            return "missing N for " + name + " (the table runs " + sizes(w.get()) + ")";
        } else if (!size.matches("[0-9]{1,9}") || Integer.parseInt(size) < 1) {
            return "invalid N '" + size + "': a positive integer such as 10000, not 1e4 (workloads: " + known + ")";
        }
        double b;
        try {
            b = Double.parseDouble(budget);
        } catch (NumberFormatException e) {
            return "invalid --budget '" + budget + "': seconds, such as 5 or 0.5";
        }
        if (!(b >= 0) || Double.isInfinite(b)) {
            return "invalid --budget '" + budget + "': seconds, such as 5 or 0.5";
        }
        return null;
    }

    private Optional<Workload> find(String wanted) {
        return workloads.get().stream().filter(w -> w.name().equals(wanted)).findFirst();
    }

    private static String sizes(Workload w) {
        return w.sizes().stream().map(String::valueOf).reduce((a, b) -> a + " and " + b).orElse("");
    }

    private int runAll(double seconds, PrintWriter out, PrintWriter err) {
        List<Workload> all = workloads.get();
        int cases = all.stream().mapToInt(w -> w.sizes().size()).sum();
        int done = 0;
        boolean ok = true;
        for (Workload w : all) {
            for (int n : w.sizes()) {
                err.println("[" + ++done + "/" + cases + "] " + w.name() + " " + n);
                err.flush();
                ok &= runOne(w, n, seconds, out, err);
            }
        }
        return ok ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /** Python's name for what went wrong: {@code ValueError}, {@code MemoryError}, {@code RuntimeError}. */
    private static String pythonName(Throwable e) {
        if (e instanceof OutOfMemoryError || e instanceof MemoryException) {
            return "MemoryError";
        }
        return e instanceof IllegalArgumentException || e instanceof ShapeException ? "ValueError" : "RuntimeError";
    }

    /** Measures one case and prints its line; a run that throws is reported on one line. */
    private boolean runOne(Workload w, int n, double seconds, PrintWriter out, PrintWriter err) {
        Result r;
        try {
            r = harness.measure(w, n, seconds);
        } catch (RuntimeException | OutOfMemoryError e) {
            w.tearDown();
            err.println("dezero bench: " + w.name() + " " + n + " failed: " + pythonName(e) + ": " + e.getMessage());
            err.flush();
            return false;
        }
        if (launcherFlags) {
            Map<String, String> extras = new LinkedHashMap<>(r.extras());
            extras.put("flags", "launcher");
            r = new Result(r.bench(), r.n(), r.median(), r.reps(), r.min(), r.max(), extras, r.failure(),
                    r.rssPeakKb(), r.ver());
        }
        out.println(r.line());
        out.flush();
        return r.ok();
    }
}
