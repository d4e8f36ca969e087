#!/usr/bin/env bash
# Regenerates the expected standard output of the book's steps (in ../shared/peers/dezero/steps)
# by running each under CPython 3.11, numpy 2.4 and Python DeZero (the oracle). matplotlib is a
# stand-in whose calls do nothing (the peers' own stub raises), so the steps that draw a figure
# still print their numbers. Writes stepNN.out here.
#   usage: src/test/resources/dezero/lang/book/generate.sh [../shared/peers]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
peers="$(cd "${1:-$here/../../../../../../../shared/peers}" && pwd)"
stub="$(mktemp -d)"
trap 'rm -rf "$stub"' EXIT
mkdir -p "$stub/matplotlib"
echo "" > "$stub/matplotlib/__init__.py"
printf 'def __getattr__(name):\n    return lambda *args, **kwargs: None\n' > "$stub/matplotlib/pyplot.py"
work="$(mktemp -d)"
cd "$work"
for n in $(cat "$here/steps.txt"); do
    PYTHONPATH="$peers/dezero:$stub:$peers/stubs" python3 -W ignore "$peers/dezero/steps/step$n.py" \
        > "$here/step$n.out" 2>/dev/null
    echo "step$n: exit $?"
done
# Steps 59 and 60 draw their data unseeded: they run seeded, for 5 epochs (BookStepsTest.seeded)
for n in 59 60; do
    { echo "import numpy as np; np.random.seed(0)"; sed 's/^max_epoch = 100$/max_epoch = 5/' \
        "$peers/dezero/steps/step$n.py"; } > "$work/step$n.py"
    PYTHONPATH="$peers/dezero:$stub:$peers/stubs" python3 -W ignore "$work/step$n.py" \
        > "$here/step$n-seeded.out" 2>/dev/null
    echo "step$n seeded: exit $?"
done
rm -rf "$work"
