"""Expected dtypes, values and printing of numpy 2 for the dtype tests of dezero.core.

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/dtype_cases.py
It writes three tables under src/test/resources/dezero/core/ (tab-separated; values are
space-separated Python reprs of float(v), exact for every dtype used; newlines in printed
text are written as \\n):
  binary_ops.tsv  op, left dtype, left values, right dtype or weak_int/weak_float, right values,
                  then the result dtype and values, or ERROR, the exception class and message.
                  Every op over every pair of dtypes: the promotion table in full.
  print_cases.tsv.gz dtype, shape, values, str(a), repr(a), for random arrays of every dtype.
  unary_f32.tsv.gz function, float32 inputs, numpy's float32 outputs.
  broadcast_ops.tsv seed, op, left dtype and shape, right dtype and shape, then the result's
                  dtype, shape and values (or ERROR ...): broadcasting through every kernel. The
                  operands are np.random.RandomState(seed).randint(-4, 5, shape).astype(dtype),
                  left then right, so the Java test rebuilds them with dezero.core.RandomState.
"""
import gzip
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = "src/test/resources/dezero/core/"
DTYPES = ["bool", "uint8", "int32", "int64", "float32", "float64"]
LEFT = {
    "bool": [True, False, True, True],
    "uint8": [0, 7, 200, 255],
    "int32": [-5, 7, 2147483647, 100000],
    "int64": [-5, 7, 3, 100000],
    "float32": [0.1, -2.5, 3.0, 1e-3],
    "float64": [0.1, -2.5, 3.0, 7.0],
}
RIGHT = {
    "bool": [True, True, False, True],
    "uint8": [3, 0, 100, 2],
    "int32": [3, -2, 2, 100000],
    "int64": [3, -2, 5, 7],
    "float32": [0.3, 2.0, -0.5, 0.0],
    "float64": [0.3, 2.0, -0.5, 0.0],
}
OPS = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "divide": np.true_divide,
    "floor_divide": np.floor_divide, "remainder": np.remainder, "power": np.power,
    "maximum": np.maximum, "minimum": np.minimum, "equal": np.equal, "less": np.less,
    "greater_equal": np.greater_equal, "bitwise_and": np.bitwise_and, "bitwise_or": np.bitwise_or,
}


def values(a):
    return " ".join(repr(float(v)) for v in np.asarray(a).ravel())


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def result(f):
    try:
        r = np.asarray(f())
        return f"{r.dtype}\t{values(r)}"
    except Exception as e:  # the error is the expected outcome
        return f"ERROR\t{type(e).__name__}: {e}"


def binary_ops():
    rows = []
    for op, f in OPS.items():
        for da in DTYPES:
            a = np.array(LEFT[da], dtype=da)
            for db in DTYPES:
                b = np.array(RIGHT[db], dtype=db)
                rows.append(f"{op}\t{da}\t{values(a)}\t{db}\t{values(b)}\t{result(lambda: f(a, b))}")
            for kind, scalars in (("weak_int", [2, -1, 300]), ("weak_float", [2.5, 0.1])):
                for s in scalars:
                    rows.append(f"{op}\t{da}\t{values(a)}\t{kind}\t{s!r}\t{result(lambda: f(a, s))}")
    return rows


def print_cases():
    rng = np.random.RandomState(1234)
    rows = []
    shapes = [(), (0,), (1,), (4,), (3, 2), (2, 3, 4), (30,), (7, 11), (12, 9), (0, 3)]
    for i in range(300):
        if i % 25 == 0:
            shape = (1001,)
        dt = DTYPES[i % len(DTYPES)]
        if i % 25 != 0:
            shape = shapes[rng.randint(len(shapes))]
        n = int(np.prod(shape))
        scale = 10.0 ** rng.randint(-6, 10)
        if dt == "bool":
            a = rng.rand(n) < rng.rand()
        elif dt == "uint8":
            a = rng.randint(0, 256, n)
        elif dt == "int32":
            a = rng.randint(-(2**31), 2**31, n) // (10 ** rng.randint(0, 9))
        elif dt == "int64":
            a = rng.randint(-1000, 1000, n) * (10 ** rng.randint(0, 6))
        else:
            a = rng.randn(n) * scale
            if rng.rand() < 0.3:
                a = np.round(a)
            if rng.rand() < 0.1 and n > 2:
                a[1] = np.nan
                a[2] = -np.inf
        a = np.asarray(a).astype(dt).reshape(shape)
        shape_text = ",".join(str(d) for d in shape)
        rows.append(f"{dt}\t{shape_text}\t{values(a)}\t{esc(str(a))}\t{esc(repr(a))}")
    return rows


def unary_f32():
    rng = np.random.RandomState(99)
    x = np.concatenate([rng.randn(500) * 3, rng.rand(300) * 80 - 40, rng.rand(200) * 1e-3]).astype(np.float32)
    pos = np.abs(x) + np.float32(1e-6)
    rows = []
    for name, f, arg in (("exp", np.exp, x), ("log", np.log, pos), ("sqrt", np.sqrt, pos),
                         ("tanh", np.tanh, x), ("sin", np.sin, x), ("cos", np.cos, x)):
        rows.append(f"{name}\t{values(arg)}\t{values(f(arg))}")
    return rows


def broadcast_ops():
    rng = np.random.RandomState(77)
    pairs = [((3,), (3,)), ((2, 3), (3,)), ((2, 1), (1, 3)), ((4, 1, 2), (3, 1)), ((), (2, 2)),
             ((1,), (5,)), ((2, 3), (2, 1)), ((3,), (4,)), ((2, 0), (1,)), ((1, 2, 1), (2, 1, 3))]
    names = ["add", "subtract", "multiply", "divide", "floor_divide", "remainder", "maximum", "less",
             "equal", "bitwise_or"]
    rows = []
    for i in range(600):
        seed = int(rng.randint(0, 2**31))
        op = names[rng.randint(len(names))]
        sa, sb = pairs[rng.randint(len(pairs))]
        if rng.rand() < 0.5:
            sa, sb = sb, sa
        da, db = DTYPES[rng.randint(len(DTYPES))], DTYPES[rng.randint(len(DTYPES))]
        rs = np.random.RandomState(seed)
        a = rs.randint(-4, 5, sa).astype(da)
        b = rs.randint(-4, 5, sb).astype(db)
        res = result(lambda: OPS[op](a, b))
        if not res.startswith("ERROR"):
            r = np.asarray(OPS[op](a, b))
            res = f"{r.dtype}\t{','.join(map(str, r.shape))}\t{values(r)}"
        rows.append(f"{seed}\t{op}\t{da}\t{','.join(map(str, sa))}\t{db}\t{','.join(map(str, sb))}\t{res}")
    return rows


def main():
    for name, rows in (("binary_ops.tsv", binary_ops()), ("print_cases.tsv.gz", print_cases()),
                       ("unary_f32.tsv.gz", unary_f32()), ("broadcast_ops.tsv", broadcast_ops())):
        text = "\n".join(rows) + "\n"
        if name.endswith(".gz"):
            with gzip.GzipFile(OUT + name, "wb", mtime=0) as out:
                out.write(text.encode())
        else:
            with open(OUT + name, "w") as out:
                out.write(text)


if __name__ == "__main__":
    main()
