package dezero.bench;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The workloads of BENCH.md, in the order of its table; each lookup makes a fresh instance. */
public final class Workloads {
    private static final List<Supplier<Workload>> ALL = List.of(
            ScalarChain::new, WideFanin::new, ArrayOps::new, NoGrad::new, MemoryLoop::new, MlpStep::new);

    private Workloads() {}

    /** The names, in table order: {@code scalar_chain, wide_fanin, ...}. */
    public static List<String> names() {
        return ALL.stream().map(s -> s.get().name()).toList();
    }

    /** Fresh instances of every workload, in table order. */
    public static List<Workload> all() {
        return ALL.stream().map(Supplier::get).toList();
    }

    /** A fresh instance of the workload called {@code name}, if there is one. */
    public static Optional<Workload> byName(String name) {
        return all().stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
