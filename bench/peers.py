#!/usr/bin/env python3
"""dezero-j beside its peers in one run: BENCH.md's workloads (or whole programs), interleaved.

Each round runs every engine once per workload, each in a process of its own, in an order that
rotates from round to round, so a noisy minute on a shared machine hits every engine alike. An
engine's figure is the median of its rounds' medians, with the range of those medians; the ratio
is against dezero-j in the same run. Engines that are not installed are left out, and say so.

Engines (paths from the environment):
  dezero-j           scripts/dezero bench (the benchmark's fixed heap)
  dezero-j launcher  scripts/dezero bench --launcher-flags (the REPL's flags)
  DeZero             Python DeZero from $DEZERO_PEERS/dezero, on $PYTHON
  PyTorch            $TORCH_PYTHON (default /usr/bin/python3, Debian's python3-torch)
  micrograd          $DEZERO_PEERS/micrograd, on $PYTHON (scalar workloads)
  numpy by hand      bench/peer_bench.py numpy, on $PYTHON, with OpenBLAS's default threads and
                     (mlp_step) with OPENBLAS_NUM_THREADS=1
$DEZERO_PEERS defaults to ../shared/peers beside the repository, $PYTHON to python3. The commands
that time numpy (numpy by hand and DeZero) run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset,
which some machines set for old OpenBLAS builds and which slow a current numpy; nothing else does.

With --programs, each program is timed as a whole, JVM start included: `scripts/dezero PROG`
against `$PYTHON PROG` with DeZero on PYTHONPATH and bench/stubs' no-op matplotlib before the
peers' stub (so the book's steps that plot run to the end; dezero-j still draws its figures).
"""
import argparse
import datetime
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = [("scalar_chain", 100000), ("wide_fanin", 10000), ("array_ops", 1000000), ("mlp_step", 1000)]
NUMPY_ENV_UNSET = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def peers_dir():
    return os.environ.get("DEZERO_PEERS", os.path.join(os.path.dirname(REPO), "shared", "peers"))


def python():
    return os.environ.get("PYTHON", "python3")


class Engine:
    """One column: how to run a workload, and whether it can here."""

    def __init__(self, name, command, env=None, workloads=None, unset=()):
        self.name, self.command, self.env, self.workloads, self.unset = name, command, env or {}, workloads, unset

    def runs(self, workload):
        return self.workloads is None or workload in self.workloads

    def run(self, workload, n, budget):
        env = dict(os.environ)
        env.update(self.env)
        for key in self.unset:
            env.pop(key, None)
        cmd = self.command(workload, n, budget)
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        lines = [l for l in p.stdout.splitlines() if l.startswith(f"{workload} {n} ")]
        if not lines:
            return None, f"no result (exit {p.returncode}): {p.stderr.strip()[-300:]}"
        return lines[-1], None


def peer_env():
    peers = peers_dir()
    return {"PYTHONPATH": os.pathsep.join([os.path.join(peers, "dezero"), os.path.join(peers, "stubs"),
                                          os.path.join(peers, "micrograd")])}


def peer(name, engine, interpreter, workloads=None, unset=(), env=None):
    script = os.path.join(REPO, "bench", "peer_bench.py")
    return Engine(name, lambda w, n, b: [interpreter, "-W", "ignore", script, engine, w, str(n), "--budget", str(b)],
                  env={**peer_env(), **(env or {})}, workloads=workloads, unset=unset)


def can_import(interpreter, module, env=None):
    if shutil.which(interpreter) is None:
        return False
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([interpreter, "-c", f"import {module}"], env=e, capture_output=True).returncode == 0


def engines(skipped):
    launcher = os.path.join(REPO, "scripts", "dezero")
    found = [Engine("dezero-j", lambda w, n, b: [launcher, "bench", w, str(n), "--budget", str(b)]),
             Engine("dezero-j launcher", lambda w, n, b: [launcher, "bench", w, str(n), "--budget", str(b),
                                                           "--launcher-flags"])]
    if can_import(python(), "dezero", peer_env()):
        found.append(peer("DeZero", "dezero", python(), unset=NUMPY_ENV_UNSET))
    else:
        skipped.append(f"DeZero (no dezero package under {peers_dir()})")
    torch_python = os.environ.get("TORCH_PYTHON", "/usr/bin/python3")
    if can_import(torch_python, "torch"):
        found.append(peer("PyTorch", "torch", torch_python))
    else:
        skipped.append(f"PyTorch ({torch_python} cannot import torch: apt-get install python3-torch)")
    if can_import(python(), "micrograd.engine", peer_env()):
        found.append(peer("micrograd", "micrograd", python(), workloads={"scalar_chain", "wide_fanin"}))
    else:
        skipped.append(f"micrograd (not under {peers_dir()})")
    if can_import(python(), "numpy"):
        found.append(peer("numpy by hand", "numpy", python(), workloads={"array_ops", "mlp_step"},
                          unset=NUMPY_ENV_UNSET))
        # OpenBLAS's threads spin while they wait: on a busy machine one thread can be the faster.
        found.append(peer("numpy by hand, 1 thread", "numpy", python(), workloads={"mlp_step"},
                          unset=NUMPY_ENV_UNSET, env={"OPENBLAS_NUM_THREADS": "1"}))
    else:
        skipped.append(f"numpy by hand ({python()} cannot import numpy)")
    return found


def fields(line):
    kv = {}
    for f in line.split()[3:]:
        k, _, v = f.partition("=")
        kv[k] = v
    return float(line.split()[2]), kv


def unit(seconds):
    """The scale and unit a median is printed in: s from 1 s, else ms."""
    return (1, "s") if seconds >= 1 else (1000, "ms")


def number(value):
    """Two significant digits (all the integer digits from 100), never in exponent form: 0.19, 5.6, 56, 204."""
    if value <= 0:
        return "0"
    return f"{value:.{max(0, 1 - math.floor(math.log10(value)))}f}"


def cell(medians, base):
    if not medians:
        return ""
    m = statistics.median(medians)
    scale, name = unit(m)
    text = f"{number(m * scale)} {name} ({number(min(medians) * scale)}-{number(max(medians) * scale)})"
    if base:
        text += f", {number(m / base)}x"
    return text


def workloads_table(args):
    skipped = []
    found = engines(skipped)
    cases = [(w, n) for w, n in WORKLOADS if not args.only or w in args.only]
    medians = {(e.name, w): [] for e in found for w, _ in cases}
    threads, failures = {}, []
    for r in range(args.rounds):
        for w, n in cases:
            order = [e for e in found if e.runs(w)]
            shift = r % len(order)
            for e in order[shift:] + order[:shift]:
                line, problem = e.run(w, n, args.budget)
                if problem:
                    failures.append(f"{e.name} {w} {n}: {problem}")
                    continue
                median, kv = fields(line)
                print(f"round {r + 1}: {e.name:18s} {line}", file=sys.stderr, flush=True)
                if kv.get("check") != "ok":
                    failures.append(f"{e.name} {w} {n}: check={kv.get('check')}")
                    continue
                medians[(e.name, w)].append(median)
                threads[e.name] = kv.get("threads", threads.get(e.name, "1"))
    names = [e.name for e in found]
    out = [f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC with "
           f"`bench/peers.sh --rounds {args.rounds} --budget {args.budget:g}"
           f"{' --only ' + ' '.join(args.only) if args.only else ''}`: median of {args.rounds} interleaved "
           "rounds (range of the rounds' medians), ratio to dezero-j.", ""]
    out.append("| bench | " + " | ".join(names) + " |")
    out.append("|---" * (len(names) + 1) + "|")
    for w, n in cases:
        base = statistics.median(medians[("dezero-j", w)]) if medians[("dezero-j", w)] else None
        out.append(f"| {w} {n} | " + " | ".join(cell(medians[(e, w)], base if e != "dezero-j" else None)
                                                for e in names) + " |")
    out.append("")
    out.append("Threads: " + "; ".join(f"{e} {threads_text(e, threads.get(e))}" for e in names
                                       if e in threads or e.startswith("dezero-j")) + ".")
    if skipped:
        out.append("Not run: " + "; ".join(skipped) + ".")
    for f in failures:
        out.append(f"FAILED: {f}")
    print("\n".join(out))
    return 1 if failures else 0


def threads_text(engine, value):
    if engine.startswith("dezero-j"):
        return "1 for graphs, up to min(cores, 4) = " + str(min(os.cpu_count() or 1, 4)) + \
            " for tanh and large matmuls (DEZERO_THREADS; large matmuls on the system's BLAS where the" + \
            " result line says gemm=blas, with its threads)"
    if not value:
        return "?"
    count, _, blas = value.partition(";")
    return f"{count}" + (f" ({blas.replace('blas=', '')})" if blas else "")


def programs_table(args):
    launcher = os.path.join(REPO, "scripts", "dezero")
    env = dict(os.environ)
    env.update(peer_env())
    # The book's steps end by plotting and the peers' matplotlib stub raises on every plt call:
    # bench/stubs/matplotlib, first on the path, makes those calls no-ops, so the Python side
    # times the training and skips the drawing.
    env["PYTHONPATH"] = os.pathsep.join([os.path.join(REPO, "bench", "stubs"), env["PYTHONPATH"]])
    for key in NUMPY_ENV_UNSET:
        env.pop(key, None)
    times = {(p, e): [] for p in args.programs for e in ("dezero-j", "Python")}
    for r in range(args.rounds):
        for prog in args.programs:
            path = os.path.abspath(prog)
            runs = [("dezero-j", [launcher, path]), ("Python", [python(), "-W", "ignore", path])]
            if r % 2:
                runs.reverse()
            for name, cmd in runs:
                t0 = time.perf_counter()
                p = subprocess.run(cmd, env=env if name == "Python" else None, capture_output=True, text=True,
                                   cwd=os.path.dirname(path))
                t = time.perf_counter() - t0
                if p.returncode != 0:
                    print(f"FAILED: {name} {prog} exit {p.returncode}: {p.stderr.strip()[-300:]}")
                    return 1
                times[(prog, name)].append(t)
                print(f"round {r + 1}: {name:9s} {prog} {t:.3f} s", file=sys.stderr, flush=True)
    print(f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC with "
          f"`bench/peers.sh --programs ...`: wall time of the whole program, start-up included, "
          f"median of {args.rounds} interleaved runs (range), ratio to Python.\n")
    print("| program | dezero-j (scripts/dezero) | Python + DeZero |")
    print("|---|---|---|")
    for prog in args.programs:
        py = statistics.median(times[(prog, "Python")])
        print(f"| {os.path.basename(prog)} | {cell(times[(prog, 'dezero-j')], py)} | {cell(times[(prog, 'Python')], None)} |")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    p.add_argument("--budget", type=float, default=1.0, help="seconds of timed repetitions per run (default 1)")
    p.add_argument("--only", nargs="+", metavar="WORKLOAD", help="run only these workloads")
    p.add_argument("--programs", nargs="+", metavar="PROG.py", help="time whole programs instead")
    args = p.parse_args()
    if args.rounds < 1:
        p.error("--rounds must be at least 1")
    return programs_table(args) if args.programs else workloads_table(args)


if __name__ == "__main__":
    sys.exit(main())
