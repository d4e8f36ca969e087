#!/usr/bin/env python3
"""BENCH.md's workloads under a Python engine, printing dezero bench's result line.

    peer_bench.py ENGINE WORKLOAD N [--budget SECONDS]

ENGINE is one of:
  dezero     Python DeZero (the `dezero` package on PYTHONPATH, e.g. /work/shared/peers/dezero)
  micrograd  karpathy's micrograd (on PYTHONPATH); scalar workloads only
  torch      PyTorch, float64 tensors, its default thread count
  numpy      numpy by hand: the forward and every gradient written out (BENCH.md's "numpy by hand")

The line has BENCH.md's format with impl=ENGINE, so bench/peers.py reads ours and theirs alike.
Timed region: forward (graph build) and backward only; inputs are made before it. There is no JIT
to warm up here, so the warm-up is one run, more while under 1 s, at most 5 (a DeZero run of
wide_fanin 10000 takes seconds); then repetitions until the budget (at least 3, at most 15),
gc.collect() between them, outside the timed region. check=ok after the values were compared with
a closed form or numpy by hand; check=FAIL(...) and exit 1 otherwise.
"""
import argparse
import gc
import os
import platform
import resource
import statistics
import sys
import threading
import time

MIN_REPS, MAX_REPS = 3, 15
HIDDEN, IN, OUT = 100, 100, 10


def close(actual, expected, rtol):
    import numpy as np

    return bool(np.allclose(actual, expected, rtol=rtol, atol=0.0))


# ---------------------------------------------------------------- the workloads per engine


class ScalarChain:
    """x = 1.0; N ops cycling *2, +1, *0.5, +(-0.5); backward. y == 1, dy/dx == 1."""

    def __init__(self, engine, n):
        self.engine, self.n = engine, n

    def setup(self):
        e = self.engine
        if e == "dezero":
            import numpy as np
            from dezero import Variable

            self.x = Variable(np.array(1.0))
        elif e == "torch":
            import torch

            self.x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
        elif e == "micrograd":
            from micrograd.engine import Value

            self.x = Value(1.0)
        else:
            raise Unsupported()

    def run(self):
        y = self.x
        for i in range(self.n):
            r = i & 3
            if r == 0:
                y = y * 2.0
            elif r == 1:
                y = y + 1.0
            elif r == 2:
                y = y * 0.5
            else:
                y = y + (-0.5)
        y.backward()
        self.y = y

    def check(self):
        return scalar_check(self.engine, self.y, self.x, 1.0, 1.0)


class WideFanin:
    """y = square(x) summed N times; backward. y == N, x.grad == 2N."""

    def __init__(self, engine, n):
        self.engine, self.n = engine, n

    def setup(self):
        ScalarChain.setup(self)

    def run(self):
        e, x = self.engine, self.x
        if e == "torch":
            import torch

            sq = torch.square
        else:
            sq = square
        y = sq(x)
        for _ in range(1, self.n):
            y = y + sq(x)
        y.backward()
        self.y = y

    def check(self):
        return scalar_check(self.engine, self.y, self.x, float(self.n), 2.0 * self.n)


def square(v):
    """DeZero's package and micrograd have no square function: x ** 2 (their pow, derivative 2x)."""
    return v ** 2


def scalar_check(engine, y, x, want_y, want_grad):
    if engine == "micrograd":
        got_y, got_grad = y.data, x.grad
    elif engine == "torch":
        got_y, got_grad = y.item(), x.grad.item()
    else:
        got_y, got_grad = float(y.data), float(x.grad.data)
    if got_y != want_y:
        return f"y={got_y},expected={want_y}"
    if got_grad != want_grad:
        return f"x.grad={got_grad},expected={want_grad}"
    return None


class ArrayOps:
    """y = square(square(square(x))) over N normal samples; every element of y and x.grad checked."""

    def __init__(self, engine, n):
        import numpy as np

        self.engine, self.n = engine, n
        if engine == "micrograd":
            raise Unsupported()
        self.data = np.random.default_rng(6).standard_normal(n)

    def setup(self):
        e = self.engine
        if e == "dezero":
            from dezero import Variable

            self.x = Variable(self.data)
        elif e == "torch":
            import torch

            self.x = torch.tensor(self.data, dtype=torch.float64, requires_grad=True)
        else:
            self.x = self.data

    def run(self):
        e, x = self.engine, self.x
        if e == "numpy":
            a = x * x
            b = a * a
            y = b * b
            # backward of the three squares, the chain rule written out
            gb = 2.0 * b
            ga = gb * (2.0 * a)
            gx = ga * (2.0 * x)
            self.y, self.gx = y, gx
            return
        if e == "dezero":
            sq = square
        else:
            import torch

            sq = torch.square
        y = sq(sq(sq(x)))
        if e == "torch":
            y.backward(torch.ones_like(y))
        else:
            y.backward()
        self.y = y

    def check(self):
        import numpy as np

        d = self.data
        if self.engine == "numpy":
            y, g = self.y, self.gx
        elif self.engine == "torch":
            y, g = self.y.detach().numpy(), self.x.grad.numpy()
        else:
            y, g = self.y.data, self.x.grad.data
        if not close(y, d ** 8, 1e-12):
            return "y!=x**8"
        if not close(g, 8 * d ** 7, 1e-12):
            return "x.grad!=8x**7"
        return None


class MlpStep:
    """loss = sum(y*y), y = tanh(x @ W1 + b1) @ W2 + b2; every gradient checked against numpy by hand."""

    def __init__(self, engine, n):
        import numpy as np

        if engine == "micrograd":
            raise Unsupported()
        self.engine, self.n = engine, n
        rng = np.random.default_rng(42)
        self.data = [rng.standard_normal((n, IN)), rng.standard_normal((IN, HIDDEN)) * 0.1,
                     rng.standard_normal(HIDDEN) * 0.1, rng.standard_normal((HIDDEN, OUT)) * 0.1,
                     rng.standard_normal(OUT) * 0.1]
        self.expected = numpy_mlp(*self.data)

    def setup(self):
        e = self.engine
        if e == "dezero":
            from dezero import Variable

            self.params = [Variable(d) for d in self.data]
        elif e == "torch":
            import torch

            self.params = [torch.tensor(d, dtype=torch.float64, requires_grad=True) for d in self.data]
        else:
            self.params = self.data

    def run(self):
        e = self.engine
        if e == "numpy":
            self.got = numpy_mlp(*self.params)
            return
        x, w1, b1, w2, b2 = self.params
        if e == "dezero":
            import dezero.functions as F

            y = F.matmul(F.tanh(F.matmul(x, w1) + b1), w2) + b2
            loss = F.sum(y * y)
        else:
            import torch

            y = torch.tanh(x @ w1 + b1) @ w2 + b2
            loss = (y * y).sum()
        loss.backward()
        if e == "torch":
            self.got = [loss.item()] + [p.grad.numpy() for p in self.params]
        else:
            self.got = [float(loss.data)] + [p.grad.data for p in self.params]

    def check(self):
        names = ["loss", "x.grad", "W1.grad", "b1.grad", "W2.grad", "b2.grad"]
        for name, got, want in zip(names, self.got, self.expected):
            if not close(got, want, 1e-9):
                return f"{name}_differs_from_numpy_by_hand"
        return None


def numpy_mlp(x, w1, b1, w2, b2):
    """numpy by hand: [loss, gx, gW1, gb1, gW2, gb2] of loss = sum(y*y), y = tanh(x W1 + b1) W2 + b2."""
    h = (x @ w1 + b1)
    import numpy as np

    h = np.tanh(h)
    y = h @ w2 + b2
    loss = float((y * y).sum())
    gy = 2.0 * y
    gw2 = h.T @ gy
    gb2 = gy.sum(axis=0)
    gh = (gy @ w2.T) * (1.0 - h * h)
    gw1 = x.T @ gh
    gb1 = gh.sum(axis=0)
    gx = gh @ w1.T
    return [loss, gx, gw1, gb1, gw2, gb2]


class Unsupported(Exception):
    """The engine has no such workload (micrograd has scalars only)."""


WORKLOADS = {"scalar_chain": ScalarChain, "wide_fanin": WideFanin, "array_ops": ArrayOps, "mlp_step": MlpStep}


# ---------------------------------------------------------------- the harness


def once(w):
    w.setup()
    gc.collect()
    t0 = time.perf_counter()
    w.run()
    t = time.perf_counter() - t0
    return t, w.check()


def measure(w, budget):
    failure = None
    start = time.perf_counter()
    runs = 0
    while runs < 1 or (runs < 5 and time.perf_counter() - start < 1.0):
        _, f = once(w)
        failure = failure or f
        runs += 1
    times = []
    start = time.perf_counter()
    while len(times) < MIN_REPS or (len(times) < MAX_REPS and time.perf_counter() - start < budget):
        t, f = once(w)
        failure = failure or f
        times.append(t)
    return times, failure


def threads(engine):
    """What the engine computes with: BLAS threads and kernel for numpy, intra-op threads for torch."""
    if engine == "torch":
        import torch

        return f"threads={torch.get_num_threads()}"
    if engine in ("numpy", "dezero"):
        return "threads=" + numpy_blas()
    return "threads=1"


def numpy_blas():
    """OpenBLAS's thread count and kernel as numpy's bundled library reports them, else '?'."""
    import ctypes
    import glob

    import numpy as np

    for lib in glob.glob(os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs", "*openblas*")):
        try:
            so = ctypes.CDLL(lib)
        except OSError:
            continue
        for suffix in ("64_", ""):
            for prefix in ("scipy_openblas", "openblas"):
                count = getattr(so, f"{prefix}_get_num_threads{suffix}", None)
                core = getattr(so, f"{prefix}_get_corename{suffix}", None)
                if count is not None and core is not None:
                    core.restype = ctypes.c_char_p
                    return f"{count()};blas=OpenBLAS-{core().decode()}"
    return "?"


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("engine", choices=["dezero", "micrograd", "torch", "numpy"])
    p.add_argument("workload", choices=sorted(WORKLOADS))
    p.add_argument("n", type=int)
    p.add_argument("--budget", type=float, default=5.0)
    args = p.parse_args()
    try:
        w = WORKLOADS[args.workload](args.engine, args.n)
        w.setup()
    except Unsupported:
        print(f"peer_bench: {args.engine} has no {args.workload}", file=sys.stderr)
        return 3
    times, failure = measure(w, args.budget)
    median = statistics.median(times)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    check = "ok" if failure is None else f"FAIL({failure})"
    print(f"{args.workload} {args.n} {median:.4g} impl={args.engine} reps={len(times)} min_s={min(times):.4g} "
          f"max_s={max(times):.4g} check={check} rss_peak_kb={rss} {threads(args.engine)} "
          f"ver=python{platform.python_version()}")
    return 0 if failure is None else 1


def deep(fn):
    """Runs fn on a thread with a large stack: micrograd's backward recurses once per node."""
    sys.setrecursionlimit(10_000_000)
    threading.stack_size(1 << 29)
    result = []
    t = threading.Thread(target=lambda: result.append(fn()))
    t.start()
    t.join()
    return result[0] if result else 1


if __name__ == "__main__":
    sys.exit(deep(main))
