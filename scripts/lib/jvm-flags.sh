# Sourced by the launchers: the JVM flags dezero-j runs with.
#
# DEZERO_JVM_FLAGS: every interactive mode (REPL, files, -e, JShell's execution engine). The
# engine makes many small objects, each Function with a weak reference to its outputs: under G1,
# the JDK's default collector, building a graph of 100,000 ops takes 4-10x as long as under
# ParallelGC (bench/collectors.sh measures G1, Parallel and Serial side by side). The heap's
# maximum is left to the JVM's default (a quarter of the memory), so a small machine is not asked for more.
# LoopUnrollLimit=120 lets C2 unroll, and so vectorise, the matrix product's two-row loop
# (dezero.core.Gemm.Unrolling): mlp_step takes 17% less CPU, scalar_chain up to 10% more.
# -XX:NewSize=32m: a young generation that starts at 32 MiB. The engine makes a new array for
# every result (100 KB a training step in the book's step 43), and with the default young
# generation (a third of a heap sized for the machine) the first 100-200 MB of them each touched
# fresh memory: page faults cost a tenth of the CPU time of steps 43-49. It is a start, not a
# fixed size (-Xmn32m): a graph that stays alive (100,000 ops at the prompt, bench scalar_chain)
# survives collection after collection in 32 MiB, and took 190 ms to build against 46 ms when the
# collector may grow the young generation; the book's steps run 5-15% slower than with -Xmn32m.
# DEZERO_BENCH_FLAGS: `dezero bench`, with a fixed pre-touched heap so timings leave out heap growth.
# -XX:GCTimeRatio=4: the collector may take a fifth of the time (the default, 99, allows a
# hundredth) before it grows the heap. A training loop's garbage dies young and each collection
# takes a millisecond or two, yet under the default the young generation grew to 200 MB within a
# second, every new page faulted in by the kernel: a fifth of step 45's time was system time.
# With 4 the young generation stays small and warm: the book's steps 10-15% faster (medians of
# 5 interleaved runs: step43 0.81 -> 0.73 s, step46 0.61 -> 0.52, step49 0.47 -> 0.42), step 45
# run 5x as long 2.5-2.7 -> 2.2 s; a graph that stays alive still grows it (scalar_chain 100000,
# wide_fanin, array_ops and mlp_step under these flags unchanged).
# -XX:MaxTenuringThreshold=0: what survives a young collection goes to the old generation at once.
# What survives in a program is the interpreter's own state (modules, classes, parsed code: 1-6 MB)
# and the graph of the moment; under the default (up to 15 copies between survivor spaces) the
# young collections of step 43 copied that state again and again, 23-31 ms of pauses in all,
# 11-12 ms now. The book's steps 43-50 4-13 ms faster (interleaved medians of 5-9), bench
# scalar_chain, wide_fanin, mlp_step and memory_loop under these flags unchanged.
# -XX:-UsePerfData: no hsperfdata file, the shared memory the JVM keeps its counters in for jps
# and jstat (which then do not list dezero; jcmd still reaches it). The JVM creates and maps it at
# start and updates it at every collection and compilation: step 43 8-13 ms faster (medians of 15
# interleaved runs, three times: 446 -> 435 ms, 23 ms less CPU), -e unchanged (84.5 ms both).
DEZERO_JVM_FLAGS=(-XX:+UseParallelGC -XX:LoopUnrollLimit=120 -XX:NewSize=32m -XX:GCTimeRatio=4 -XX:MaxTenuringThreshold=0
    -XX:-UsePerfData)
# C2 only for the large matrix product's kernels (scripts/lib/c2-directives.json): a program of
# the book runs for a second or two, and C2 compiling the interpreter, the engine and the library
# took as much CPU as the program itself (2 s of C2 for step 43's 1 s: huge methods such as
# Interpreter.execOne take 100-400 ms each, and recompile after deoptimising as a program moves
# from forward to backward to plotting), which on a machine with two cores is time the program
# waits. Under C1 alone the book's steps 43-50 take 40-50% less CPU and 20-40% less wall time,
# step 48 (4 s) included; but products like MNIST's 100x784 @ 784x1000 run 2.5x slower without
# C2's vectorised loops, so those loops keep C2 (only products above 4096 multiply-adds take
# them). Everything else tries C2 after few calls (the low Tier4 thresholds), is refused, and
# settles in C1's full-speed code instead of staying in C1's slower profiling code. A pure
# Python loop (bench interp_loop) runs at C1's speed, 2x slower than under C2 once warm.
# -DisplayVMOutput keeps the JVM from printing its notes on the directives ("... compiler
# directives added") into the program's output. Left out when the file is missing (a partial copy of the launchers), since the JVM
# refuses to start without it.
# Where the system has a BLAS library, the large products run on it (dezero.core.NativeBlas) and
# the loops kept for C2 go unused: C1 alone then, without its profiling tier (-XX:TieredStopAtLevel=1),
# runs the book's steps 3-5% faster (step43 0.81 s against 0.85, step49 0.48 against 0.50, medians
# of 5 interleaved runs) and graph building no slower. The same paths as the dynamic linker's.
_dezero_blas=
if [ "${DEZERO_BLAS:-native}" = native ]; then
    for _dezero_lib in "/usr/lib/${HOSTTYPE:-x86_64}-linux-gnu/libblas.so.3" "/lib/${HOSTTYPE:-x86_64}-linux-gnu/libblas.so.3" \
            /usr/lib64/libblas.so.3 /usr/lib/libblas.so.3; do
        if [ -e "$_dezero_lib" ]; then
            _dezero_blas=1
            break
        fi
    done
    unset _dezero_lib
fi
_dezero_directives="${DEZERO_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}/scripts/lib/c2-directives.json"
if [ -n "$_dezero_blas" ]; then
    DEZERO_JVM_FLAGS+=(-XX:TieredStopAtLevel=1)
elif [ -f "$_dezero_directives" ]; then
    DEZERO_JVM_FLAGS+=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$_dezero_directives"
        -XX:-DisplayVMOutput
        -XX:Tier4InvocationThreshold=60 -XX:Tier4MinInvocationThreshold=20 -XX:Tier4CompileThreshold=200)
fi
unset _dezero_directives _dezero_blas
DEZERO_BENCH_FLAGS=(-XX:+UseParallelGC -XX:LoopUnrollLimit=120 -Xms2g -Xmx2g -XX:+AlwaysPreTouch)
# DEZERO_THREADS=N caps the threads of large matrix products and tanh (default: the cores, at most 4),
# as OPENBLAS_NUM_THREADS does for numpy; it caps the system BLAS's threads too.
if [ -n "${DEZERO_THREADS:-}" ]; then
    DEZERO_JVM_FLAGS+=("-Ddezero.threads=$DEZERO_THREADS")
    DEZERO_BENCH_FLAGS+=("-Ddezero.threads=$DEZERO_THREADS")
    export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-$DEZERO_THREADS}"
fi
# DEZERO_BLAS=java keeps large matrix products on dezero-j's own kernel instead of the system's
# BLAS (dezero.core.NativeBlas).
if [ -n "${DEZERO_BLAS:-}" ]; then
    DEZERO_JVM_FLAGS+=("-Ddezero.blas=$DEZERO_BLAS")
    DEZERO_BENCH_FLAGS+=("-Ddezero.blas=$DEZERO_BLAS")
fi
# OpenBLAS's threads spin for 2^28 cycles (about 0.1 s) after each product before they sleep, and
# spinning they hold the second core that tanh's helper thread then waits for: mlp_step's forward
# took 1.07 ms against 0.81 with 2^16 cycles (20 us), which still covers back-to-back products.
export OPENBLAS_THREAD_TIMEOUT="${OPENBLAS_THREAD_TIMEOUT:-16}"

# True when the first argument is one of the others.
dezero_has_arg() {
    local wanted=$1 arg
    shift
    for arg in "$@"; do
        [ "$arg" = "$wanted" ] && return 0
    done
    return 1
}
