"""Expected draws of numpy's legacy RandomState for RandomStateTest.

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/random_draws.py > src/test/resources/dezero/core/random_draws.tsv
Each line: seed, case name, SHA-256 of the results as little-endian float64 (or int64) bytes,
and the first and the last value. Each case starts from np.random.seed(seed).
"""
import hashlib

import numpy as np

N = 10_000
SEEDS = [0, 1, 42, 123456789, 2**31 + 5, 2**32 - 1]
P100 = np.arange(1, 101, dtype=np.float64) / 5050.0


def sequence():
    # cached gaussian carried between calls, then reset by reseeding
    a = np.random.randn(3)
    b = np.random.normal(2.0, 3.0, 4)
    c = np.random.rand(2)
    d = np.random.randn(1)
    return np.concatenate([a, b, c, d])


def shuffled_rows():
    x = np.arange(2 * N, dtype=np.float64).reshape(N, 2)
    np.random.shuffle(x)
    return x


CASES = {
    "rand": lambda: np.random.rand(N),
    "random_sample": lambda: np.random.random_sample((100, N // 100)),
    "randn": lambda: np.random.randn(N),
    "standard_normal_odd": lambda: np.random.standard_normal(N - 1),
    "normal": lambda: np.random.normal(1.5, 2.0, N),
    "uniform": lambda: np.random.uniform(-3.0, 5.0, N),
    "randint_small": lambda: np.random.randint(0, 10, N),
    "randint_negative": lambda: np.random.randint(-7, 3, N),
    "randint_full32": lambda: np.random.randint(0, 2**32, N),
    "randint_wide": lambda: np.random.randint(-1000, 2**40, N),
    "permutation": lambda: np.random.permutation(N),
    "permutation_array": lambda: np.random.permutation(np.arange(N, dtype=np.float64) * 0.5),
    "shuffle_rows": shuffled_rows,
    "choice": lambda: np.random.choice(100, N),
    "choice_p": lambda: np.random.choice(100, N, p=P100),
    "choice_noreplace": lambda: np.random.choice(N, N // 2, replace=False),
    "choice_noreplace_p": lambda: np.random.choice(100, 60, replace=False, p=P100),
    "choice_array": lambda: np.random.choice(np.arange(100, dtype=np.float64) * 0.25, N),
    "sequence": sequence,
}


def main():
    for seed in SEEDS:
        for name, f in CASES.items():
            np.random.seed(seed)
            r = np.asarray(f())
            if r.dtype.kind == "f":
                raw = r.astype("<f8").tobytes()
                first, last = repr(float(r.flat[0])), repr(float(r.flat[-1]))
            else:
                raw = r.astype("<i8").tobytes()
                first, last = str(int(r.flat[0])), str(int(r.flat[-1]))
            digest = hashlib.sha256(raw).hexdigest()
            print(f"{seed}\t{name}\t{digest}\t{first}\t{last}")


if __name__ == "__main__":
    main()
