#!/usr/bin/env bash
# Compares the JVM's collectors on the graph-building workloads, as the launcher would start
# them (no fixed heap): each round runs every collector once per workload, so a noisy minute
# hits all of them alike; prints each run's median and, at the end, the median of the rounds.
# Usage: bench/collectors.sh [ROUNDS [BUDGET_SECONDS [FLAGS...]]]
#   FLAGS: one argument per configuration, e.g. '-XX:+UseG1GC -Xmn128m' (default: G1, Parallel, Serial)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/ensure-jar.sh
dezero_ensure_jar
rounds="${1:-3}"
budget="${2:-1}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
shift $(( $# > 2 ? 2 : $# ))
collectors=("$@")
[ ${#collectors[@]} -gt 0 ] || collectors=("-XX:+UseG1GC" "-XX:+UseParallelGC" "-XX:+UseSerialGC")
workloads=("scalar_chain 100000" "wide_fanin 10000" "mlp_step 1000")
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for ((r = 1; r <= rounds; r++)); do
    for w in "${workloads[@]}"; do
        for gc in "${collectors[@]}"; do
            # shellcheck disable=SC2086
            line="$("$JAVA" $gc -jar "$DEZERO_JAR" bench $w --budget "$budget" 2>/dev/null)" || true
            median="$(awk '{print $3}' <<<"$line")"
            rss="$(grep -o 'rss_peak_kb=[0-9]*' <<<"$line" || true)"
            echo "round $r: $w $gc ${median:-failed} s $rss"
            echo "$w|$gc|${median:-nan}" >> "$results"
        done
    done
done
echo
echo "median of $rounds rounds (seconds; range):"
python3 - "$results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    w, gc, m = line.strip().split("|")
    rows.setdefault((w, gc), []).append(float(m))
for (w, gc), ms in rows.items():
    print(f"{w:22s} {gc:40s} {statistics.median(ms):.5f} ({min(ms):.5f}-{max(ms):.5f})")
PY
