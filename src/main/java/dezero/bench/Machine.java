package dezero.bench;

import dezero.core.NDArray;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the result line says of the process: peak resident memory, version, JDK and heap flags. */
public final class Machine {
    /** The JVM flags the README's figures were measured with (the launcher passes them to {@code bench}). */
    public static final String BENCH_FLAGS = "-XX:+UseParallelGC -XX:LoopUnrollLimit=120 -Xms2g -Xmx2g -XX:+AlwaysPreTouch";
    private static final Path STATUS = Path.of("/proc/self/status");
    /** Looked up once: the first lookup creates objects that would count as held memory. */
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();

    private Machine() {}

    /** {@code VmHWM} of {@code /proc/self/status} in kB, or 0 where there is no such file. */
    public static long rssPeakKb() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /**
     * {@code 0.1.0;jdk17.0.15;-Xmx2g;ParallelGC;gemm=blas}: the version of dezero-j (from the
     * jar's manifest, {@code dev} when run from classes), the JDK, the heap flags given (or the
     * effective maximum heap when none was), the collector and the kernel of large matrix
     * products ({@code blas}: the system's, {@code java}: ours).
     */
    public static String version() {
        String v = Machine.class.getPackage().getImplementationVersion();
        List<String> parts = new ArrayList<>();
        parts.add(v == null ? "dev" : v);
        parts.add("jdk" + Runtime.version().toString().split("[+-]")[0]);
        List<String> flags = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xm") || arg.startsWith("-XX:+Use") && arg.endsWith("GC")
                    || arg.equals("-XX:+AlwaysPreTouch") || arg.startsWith("-XX:LoopUnrollLimit=")) {
                flags.add(arg);
            }
        }
        if (flags.stream().noneMatch(f -> f.startsWith("-Xmx"))) {
            flags.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m(default)");
        }
        parts.addAll(flags);
        if (flags.stream().noneMatch(f -> f.endsWith("GC"))) {
            parts.add(collector());
        }
        parts.add("gemm=" + NDArray.matmulKernel());
        return String.join(";", parts);
    }

    /** The collector in use, named as its {@code -XX:+Use...} flag: {@code ParallelGC}. */
    public static String collector() {
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
        String name = gcs.isEmpty() ? "" : gcs.get(0).getName();
        if (name.startsWith("PS ")) {
            return "ParallelGC";
        }
        if (name.startsWith("G1 ")) {
            return "G1GC";
        }
        if (name.equals("Copy")) {
            return "SerialGC";
        }
        return name.isEmpty() ? "unknownGC" : name.replace(" ", "");
    }

    /**
     * Bytes of heap in use right after a full collection (System.gc() twice, so weak references
     * clear): the heap pools' usage after their last collection, which leaves out what this
     * thread allocates afterwards (a fresh allocation buffer would add up to a megabyte).
     */
    public static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : HEAP_POOLS) {
            used += pool.getCollectionUsage().getUsed();
        }
        return used;
    }
}
