# Sourced by the launchers: the JVM flags dezero-j runs with.
#
# DEZERO_JVM_FLAGS: every interactive mode (REPL, files, -e, JShell's execution engine). The
# engine makes many small objects, each Function with a weak reference to its outputs: under G1,
# the JDK's default collector, building a graph of 100,000 ops takes 4-10x as long as under
# ParallelGC (bench/collectors.sh measures G1, Parallel and Serial side by side). The heap is left
# to the JVM's defaults (a quarter of the memory at most), so a small machine is not asked for more.
# LoopUnrollLimit=120 lets C2 unroll, and so vectorise, the matrix product's two-row loop
# (dezero.core.Gemm.Unrolling): mlp_step takes 17% less CPU, scalar_chain up to 10% more.
# DEZERO_BENCH_FLAGS: `dezero bench`, with a fixed pre-touched heap so timings leave out heap growth.
DEZERO_JVM_FLAGS=(-XX:+UseParallelGC -XX:LoopUnrollLimit=120)
# C2 only for the engine and the interpreter's core (scripts/lib/c2-directives.json: dezero.core,
# dezero.functions, dezero.lang.runtime): a program of the book runs for a second or two, and C2
# compiling the library bindings and the JDK cost 10-20% of its CPU time for code that C1 makes
# nearly as fast; the engine keeps C2's code (vectorised kernels: large matrix products run 3x
# slower without it; graph building: scalar_chain 3.5x slower without it), and so does the
# interpreter (a Python loop, bench interp_loop: 112 ns per turn under C1, 42-51 under C2). The low Tier4 thresholds make every
# other method try C2 early, be refused, and settle in C1's code instead of staying in the
# slower profiled code. CompileCommand=quiet and -DisplayVMOutput keep the JVM from printing its
# notes on the directives ("... compiler directives added", "### Excluding compile") into the
# program's output. Left out when the file is missing (a partial copy of the launchers), since
# the JVM refuses to start without it.
_dezero_directives="${DEZERO_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}/scripts/lib/c2-directives.json"
if [ -f "$_dezero_directives" ]; then
    DEZERO_JVM_FLAGS+=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$_dezero_directives"
        -XX:CompileCommand=quiet -XX:-DisplayVMOutput
        -XX:Tier4InvocationThreshold=300 -XX:Tier4MinInvocationThreshold=100 -XX:Tier4CompileThreshold=1000)
fi
unset _dezero_directives
DEZERO_BENCH_FLAGS=(-XX:+UseParallelGC -XX:LoopUnrollLimit=120 -Xms2g -Xmx2g -XX:+AlwaysPreTouch)
# DEZERO_THREADS=N caps the threads of large matrix products and tanh (default: the cores, at most 4),
# as OPENBLAS_NUM_THREADS does for numpy.
if [ -n "${DEZERO_THREADS:-}" ]; then
    DEZERO_JVM_FLAGS+=("-Ddezero.threads=$DEZERO_THREADS")
    DEZERO_BENCH_FLAGS+=("-Ddezero.threads=$DEZERO_THREADS")
fi

# True when the first argument is one of the others.
dezero_has_arg() {
    local wanted=$1 arg
    shift
    for arg in "$@"; do
        [ "$arg" = "$wanted" ] && return 0
    done
    return 1
}
