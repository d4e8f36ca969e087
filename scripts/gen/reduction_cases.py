"""Expected results of numpy's reductions, sorts and cumulative sums for ReductionCasesTest.

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/reduction_cases.py
It writes src/test/resources/dezero/core/reduction_cases.tsv.gz: seed, dtype, shape, function,
axis (None or an integer), keepdims (0/1), then the result as "DTYPE|SHAPE|VALUES" (values are
Python reprs of float(v)) or "ERROR|Class: message". The input is
((np.random.RandomState(seed).rand(*shape) - 0.5) * 6).astype(dtype) for float dtypes and
np.random.RandomState(seed).randint(LOW, HIGH, shape).astype(dtype) for the others
(LOW, HIGH = 0, 2 for bool, 0, 11 for uint8, -5, 6 otherwise), so the Java test builds the
same input with dezero.core.RandomState.
"""
import gzip
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = "src/test/resources/dezero/core/reduction_cases.tsv.gz"
DTYPES = ["float64", "float32", "int64", "int32", "uint8", "bool"]
SHAPES = [(5,), (3, 4), (2, 3, 4), (1, 7), (130,), (4, 33), (0, 3), (6, 1, 2)]
BOUNDS = {"bool": (0, 2), "uint8": (0, 11)}


def make(seed, dtype, shape):
    rs = np.random.RandomState(seed)
    if dtype.startswith("float"):
        return ((rs.rand(*shape) - 0.5) * 6).astype(dtype)
    lo, hi = BOUNDS.get(dtype, (-5, 6))
    return rs.randint(lo, hi, shape).astype(dtype)


FUNCS = {
    "sum": lambda x, a, k: x.sum(axis=a, keepdims=k),
    "mean": lambda x, a, k: x.mean(axis=a, keepdims=k),
    "max": lambda x, a, k: x.max(axis=a, keepdims=k),
    "min": lambda x, a, k: x.min(axis=a, keepdims=k),
    "prod": lambda x, a, k: x.prod(axis=a, keepdims=k),
    "var": lambda x, a, k: x.var(axis=a, keepdims=k),
    "std": lambda x, a, k: x.std(axis=a, keepdims=k),
    "argmax": lambda x, a, k: x.argmax(axis=a, keepdims=k),
    "argmin": lambda x, a, k: x.argmin(axis=a, keepdims=k),
    "cumsum": lambda x, a, k: x.cumsum(axis=a),
    "sort": lambda x, a, k: np.sort(x, axis=-1 if a is None else a),
    "argsort": lambda x, a, k: np.argsort(x, axis=-1 if a is None else a, kind="stable"),
    "unique": lambda x, a, k: np.unique(x),
}


def main():
    rs = np.random.RandomState(7)
    lines = []
    for i in range(1500):
        seed = int(rs.randint(0, 2**31))
        dtype = DTYPES[i % len(DTYPES)]
        shape = SHAPES[rs.randint(len(SHAPES))]
        name = list(FUNCS)[rs.randint(len(FUNCS))]
        axis = None if rs.rand() < 0.3 else int(rs.randint(-len(shape), len(shape)))
        keep = int(rs.rand() < 0.3)
        x = make(seed, dtype, shape)
        try:
            r = np.asarray(FUNCS[name](x, axis, bool(keep)))
            vals = " ".join(repr(float(v)) for v in r.ravel())
            res = f"{r.dtype}|{','.join(map(str, r.shape))}|{vals}"
        except Exception as e:  # the error is the expected outcome
            res = f"ERROR|{type(e).__name__}: {e}"
        lines.append(f"{seed}\t{dtype}\t{','.join(map(str, shape))}\t{name}\t{axis}\t{keep}\t{res}")
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode())


if __name__ == "__main__":
    main()
