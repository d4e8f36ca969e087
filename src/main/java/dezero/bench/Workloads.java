package dezero.bench;

import java.util.List;
import java.util.function.Supplier;

/** The workloads of BENCH.md, in the order of its table; each lookup makes a fresh instance. */
public final class Workloads {
    private static final List<Supplier<Workload>> ALL = List.of(
            ScalarChain::new, WideFanin::new, ArrayOps::new, NoGrad::new, MemoryLoop::new, MlpStep::new,
            TrainSpiral::new, InterpProgram::loop, InterpProgram::calls);

    private Workloads() {}

    /** Fresh instances of every workload, in table order. */
    public static List<Workload> all() {
        return ALL.stream().map(Supplier::get).toList();
    }
}
