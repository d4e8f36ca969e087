#!/usr/bin/env bash
# Regenerates the expected outputs of the programs in this folder by running them under CPython
# 3.11 with numpy 2.4 and Python DeZero (the oracle): NAME.out is standard output, NAME.err
# standard error with this folder's path written as <dir>, NAME.code the exit status.
#   usage: src/test/resources/dezero/lang/py/generate.sh [../shared/peers]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
peers="$(cd "${1:-$here/../../../../../../../shared/peers}" && pwd)"
export PYTHONPATH="$peers/dezero:$peers/stubs"
cd "$here"
for f in *.py; do
    name="${f%.py}"
    python3 -W ignore "$here/$f" > "$name.out" 2> "$name.err.tmp"
    echo $? > "$name.code"
    sed "s#$here#<dir>#g" "$name.err.tmp" > "$name.err"
    rm -f "$name.err.tmp"
    [ -s "$name.err" ] || rm -f "$name.err"
done
