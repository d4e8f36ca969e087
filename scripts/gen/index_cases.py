"""Expected results of numpy indexing for IndexingTest (random shapes and index expressions).

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/index_cases.py
It writes src/test/resources/dezero/core/index_cases.tsv.gz, one case a line, tab-separated:
  shape              e.g. 3,4 (empty for a 0-d array)
  index              components separated by ';': i:K (integer), s:START,STOP,STEP (None for
                     absent), N (np.newaxis), E (...), a:SHAPE|VALUES (int64 array),
                     b:SHAPE|VALUES (bool mask, 0/1)
  get                x[index] for x = np.arange(size).reshape(shape): "SHAPE|VALUES", or
                     "ERROR|Class: message"
  set                y = x.copy(); y[index] = -1 - np.arange(selected size).reshape(selected shape):
                     y's values, or "ERROR|..." (only when get succeeded)
  add_at             z = np.zeros(shape); np.add.at(z, index, 1.0): z's values
Values are space-separated integers.
"""
import gzip

import numpy as np

OUT = "src/test/resources/dezero/core/index_cases.tsv.gz"


def enc_array(a, kind):
    return f"{kind}:{','.join(map(str, a.shape))}|{' '.join(str(int(v)) for v in a.ravel())}"


def random_index(rng, shape):
    parts, objs = [], []
    n = rng.randint(1, 4)
    dim = 0
    for _ in range(n):
        r = rng.rand()
        size = shape[dim] if dim < len(shape) else 3
        if r < 0.25:
            k = int(rng.randint(-size - 1, size + 1)) if size > 0 else 0
            parts.append(f"i:{k}")
            objs.append(k)
            dim += 1
        elif r < 0.55:
            def part():
                return None if rng.rand() < 0.4 else int(rng.randint(-size - 2, size + 3))
            start, stop = part(), part()
            step = None if rng.rand() < 0.5 else int(rng.choice([-3, -2, -1, 1, 2, 3]))
            parts.append(f"s:{start},{stop},{step}")
            objs.append(slice(start, stop, step))
            dim += 1
        elif r < 0.62:
            parts.append("N")
            objs.append(np.newaxis)
        elif r < 0.68:
            parts.append("E")
            objs.append(Ellipsis)
        elif r < 0.88:
            ashape = [(), (2,), (3,), (2, 2), (1, 3)][rng.randint(5)]
            hi = max(size, 1)
            a = rng.randint(-hi, hi + (1 if rng.rand() < 0.1 else 0), ashape).astype(np.int64)
            parts.append(enc_array(a, "a"))
            objs.append(a)
            dim += 1
        else:
            k = 1 if rng.rand() < 0.7 or dim + 1 >= len(shape) else 2
            mshape = tuple(shape[dim:dim + k]) if dim + k <= len(shape) else (2,)
            if rng.rand() < 0.1:
                mshape = tuple(d + 1 for d in mshape)
            m = rng.rand(*mshape) < 0.5
            parts.append(enc_array(m.astype(np.int64), "b"))
            objs.append(m)
            dim += k
    return ";".join(parts), tuple(objs)


def attempt(f):
    try:
        r = np.asarray(f())
        return r, f"{','.join(map(str, r.shape))}|{' '.join(str(int(v)) for v in r.ravel())}"
    except Exception as e:  # the error is the expected outcome
        return None, f"ERROR|{type(e).__name__}: {e}"


def main():
    rng = np.random.RandomState(2024)
    shapes = [(), (5,), (4,), (3, 4), (2, 3, 4), (4, 1, 3), (0,), (3, 0), (2, 2, 2, 2)]
    lines = []
    for _ in range(3000):
        shape = shapes[rng.randint(len(shapes))]
        text, idx = random_index(rng, shape)
        x = np.arange(int(np.prod(shape)), dtype=np.float64).reshape(shape)
        got, get_text = attempt(lambda: x[idx])
        set_text = add_text = "-"
        if got is not None:
            def do_set():
                y = x.copy()
                y[idx] = -1 - np.arange(got.size).reshape(got.shape)
                return y
            set_text = attempt(do_set)[1].split("|", 1)[1] if not attempt(do_set)[1].startswith("ERROR") else attempt(do_set)[1]

            def do_add():
                z = np.zeros(shape)
                np.add.at(z, idx, 1.0)
                return z
            add_text = attempt(do_add)[1]
            add_text = add_text if add_text.startswith("ERROR") else add_text.split("|", 1)[1]
        lines.append(f"{','.join(map(str, shape))}\t{text}\t{get_text}\t{set_text}\t{add_text}")
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode())


if __name__ == "__main__":
    main()
