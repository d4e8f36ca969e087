#!/usr/bin/env bash
# dezero-j beside Python DeZero, PyTorch, micrograd and numpy by hand, interleaved in one run;
# prints one table of medians and ratios (bench/peers.py --help says more).
#   bench/peers.sh [--rounds R] [--budget S] [--only WORKLOAD...]
#   bench/peers.sh --programs prog.py...      whole programs: scripts/dezero prog.py against python3 prog.py
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
source "$here/../scripts/lib/ensure-jar.sh"
dezero_ensure_jar
exec "${PYTHON:-python3}" "$here/peers.py" "$@"
