"""Expected results of numpy 2 for int64 values past 2^53, where a double stops holding every
integer: the tests of dezero.core.NDArray's exact int64 values (Int64ExactTest).

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/int64_cases.py
It writes two tab-separated tables under src/test/resources/dezero/core/. Values are written
exactly: integers as Python ints, floats as repr(float), booleans as True/False, space-separated;
newlines in printed text as \\n.
  int64_cases.tsv    the numpy expression, the operation, its operands (kind and values: an
                     int64 array, a weak Python int, or an array of another dtype), then the
                     result's dtype, shape, values and str(), or ERROR and the exception.
                     Edge values (the limits, 2^53 and its neighbours) through every integer
                     kernel: binary ops, unary ops, reductions with axes, casts.
  int64_random.tsv   seed, op, left values, right values, result values: random int64
                     operands over the whole range (np.random.default_rng(seed)), for the
                     seeded property test of + - * // % max min == < & | ^ with wrap-around.
"""
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = "src/test/resources/dezero/core/"
MAX = 2**63 - 1
MIN = -2**63
EDGE = [MAX, MIN, MIN + 1, 2**53, 2**53 + 1, -(2**53) - 1, 2**62 + 1, -(2**62) - 3, 2**53 - 1, -1, 0, 7]
RIGHT = [3, -1, 2**53 + 1, 7, MAX, MIN, -7, 2**61 + 5, 1, 2**32 + 1, 5, -(2**53) - 1]
BINARY = {
    "add": "+", "subtract": "-", "multiply": "*", "floor_divide": "//", "remainder": "%",
    "maximum": None, "minimum": None, "equal": "==", "not_equal": "!=", "less": "<",
    "less_equal": "<=", "greater": ">", "greater_equal": ">=", "bitwise_and": "&",
    "bitwise_or": "|", "bitwise_xor": "^",
}
UNARY = ["negative", "absolute", "sign", "square", "invert"]
REDUCE = ["sum", "prod", "max", "min", "argmax", "argmin", "cumsum", "mean"]
CASTS = ["int32", "uint8", "float32", "float64", "bool"]


def values(a):
    a = np.asarray(a)
    if a.dtype.kind in "iu":
        return " ".join(str(int(v)) for v in a.ravel())
    if a.dtype.kind == "b":
        return " ".join(str(bool(v)) for v in a.ravel())
    return " ".join(repr(float(v)) for v in a.ravel())


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def result(f):
    try:
        r = np.asarray(f())
        return f"{r.dtype}\t{' '.join(map(str, r.shape))}\t{values(r)}\t{esc(str(r))}"
    except Exception as e:  # the error is the expected outcome
        return f"ERROR\t{type(e).__name__}: {e}\t\t"


def operand_text(kind, vals):
    if kind == "weak":
        return str(vals)
    if kind == "int64":
        return f"np.array({vals})"
    return f"np.array({vals}, dtype=np.{kind})"


def row(expr, op, lkind, lvals, rkind, rvals, f):
    lv = " ".join(map(str, lvals if isinstance(lvals, list) else [lvals]))
    rv = " ".join(map(str, rvals if isinstance(rvals, list) else [rvals]))
    return f"{expr}\t{op}\t{lkind}\t{lv}\t{rkind}\t{rv}\t{result(f)}"


def binary_expr(op, left, right):
    sym = BINARY[op]
    return f"{left} {sym} {right}" if sym else f"np.{op}({left}, {right})"


def edge_cases():
    rows = []
    a = np.array(EDGE)
    b = np.array(RIGHT)
    for op in BINARY:
        f = getattr(np, op)
        rows.append(row(binary_expr(op, operand_text("int64", EDGE), operand_text("int64", RIGHT)),
                        op, "int64", EDGE, "int64", RIGHT, lambda: f(a, b)))
        for w in (2**53 + 1, MIN, -3, MAX):
            rows.append(row(binary_expr(op, operand_text("int64", EDGE), w), op, "int64", EDGE, "weak", w,
                            lambda: f(a, w)))
        small = [3, -2, 100, 7, 1, 0, -5, 2, 9, 4, 11, -1]
        for kind in ("int32", "uint8", "bool"):
            vals = [abs(v) % 2 for v in small] if kind == "bool" else [abs(v) for v in small] if kind == "uint8" else small
            vals = [bool(v) for v in vals] if kind == "bool" else vals
            other = np.array(vals, dtype=kind)
            rows.append(row(binary_expr(op, operand_text("int64", EDGE), operand_text(kind, vals)),
                            op, "int64", EDGE, kind, vals, lambda: f(a, other)))
    exps = [0, 1, 2, 3, 5, 63, 64, 1, 2, 7, 3, 2]
    rows.append(row(f"{operand_text('int64', EDGE)} ** {operand_text('int64', exps)}", "power", "int64", EDGE,
                    "int64", exps, lambda: a ** np.array(exps)))
    rows.append(row(f"{operand_text('int64', EDGE)} ** 3", "power", "int64", EDGE, "weak", 3, lambda: a ** 3))
    for op in UNARY:
        f = getattr(np, op)
        rows.append(row(f"np.{op}({operand_text('int64', EDGE)})", op, "int64", EDGE, "none", "", lambda: f(a)))
    m = a.reshape(3, 4)
    for op in REDUCE:
        for axis in (None, 0, 1):
            rows.append(row(f"{operand_text('int64', EDGE)}.reshape(3, 4).{op}(axis={axis})", op, "int64", EDGE,
                            "axis", "" if axis is None else axis, lambda: getattr(m, op)(axis=axis)))
    for t in CASTS:
        rows.append(row(f"{operand_text('int64', EDGE)}.astype(np.{t})", "astype", "int64", EDGE, "dtype", t,
                        lambda: a.astype(t)))
    floats = [2.0**62, -2.0**63, 2.0**63, 1e19, -1e300, 2.0**53 + 2, float("nan"), -0.0, 9.007199254740993e15,
              1.5, -2.5, 4e18]
    rows.append(row(f"np.array({floats}).astype(np.int64)", "astype", "float64", floats, "dtype", "int64",
                    lambda: np.array(floats).astype(np.int64)))
    return rows


RANDOM_OPS = ["add", "subtract", "multiply", "floor_divide", "remainder", "maximum", "minimum", "equal",
              "less", "bitwise_and", "bitwise_or", "bitwise_xor"]


def random_int64(rng, n):
    """Values over the whole range, mixed with values near 2^53 and small ones (divisors, equal pairs)."""
    whole = rng.integers(MIN, MAX, size=n, endpoint=True, dtype=np.int64)
    near = (2**53 + rng.integers(-8, 9, size=n)).astype(np.int64) * rng.choice([-1, 1], size=n)
    small = rng.integers(-20, 21, size=n, dtype=np.int64)
    pick = rng.integers(0, 3, size=n)
    return np.where(pick == 0, whole, np.where(pick == 1, near, small))


def random_cases():
    rows = []
    for seed in range(200):
        rng = np.random.default_rng(seed)
        op = RANDOM_OPS[seed % len(RANDOM_OPS)]
        a = random_int64(rng, 16)
        b = random_int64(rng, 16)
        r = getattr(np, op)(a, b)
        rows.append(f"{seed}\t{op}\t{values(a)}\t{values(b)}\t{r.dtype}\t{values(r)}")
    return rows


def write(name, rows):
    with open(OUT + name, "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    write("int64_cases.tsv", edge_cases())
    write("int64_random.tsv", random_cases())
