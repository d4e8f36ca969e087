# Sourced by the launchers: the JVM flags dezero-j runs with.
#
# DEZERO_JVM_FLAGS: every interactive mode (REPL, files, -e, JShell's execution engine). The
# engine makes many small objects, each Function with a weak reference to its outputs: under G1,
# the JDK's default collector, building a graph of 100,000 ops takes 4-10x as long as under
# ParallelGC (bench/collectors.sh measures G1, Parallel and Serial side by side). The heap is left
# to the JVM's defaults (a quarter of the memory at most), so a small machine is not asked for more.
# DEZERO_BENCH_FLAGS: `dezero bench`, with a fixed pre-touched heap so timings leave out heap growth.
DEZERO_JVM_FLAGS=(-XX:+UseParallelGC)
DEZERO_BENCH_FLAGS=(-XX:+UseParallelGC -Xms2g -Xmx2g -XX:+AlwaysPreTouch)

# True when the first argument is one of the others.
dezero_has_arg() {
    local wanted=$1 arg
    shift
    for arg in "$@"; do
        [ "$arg" = "$wanted" ] && return 0
    done
    return 1
}
