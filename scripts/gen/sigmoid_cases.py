"""Expected values of DeZero's sigmoid, np.tanh(x * 0.5) * 0.5 + 0.5, under numpy 2: the test of
dezero.core's sigmoid kernel (SigmoidCasesTest).

Run with the python3 on the PATH (numpy 2.4), from the repository root:
    python3 scripts/gen/sigmoid_cases.py
It writes src/test/resources/dezero/core/sigmoid_cases.tsv: x and DeZero's sigmoid of x, both as
float.hex, for 3,000 inputs drawn from np.random.RandomState(1) at three scales (a layer's small
inputs, larger ones, saturated ones) and a few edges (zeros, the limits, infinities, nan).
"""
import numpy as np

rng = np.random.RandomState(1)
x = np.concatenate([rng.randn(1500) * 0.5, rng.randn(1000) * 3, rng.randn(500) * 20,
                    [0.0, -0.0, 1e-300, -1e-300, 5e-324, 1.25, -1.25, 44.0, -44.0, 1e308, -1e308,
                     np.inf, -np.inf, np.nan]])
with np.errstate(all="ignore"):
    y = np.tanh(x * 0.5) * 0.5 + 0.5
with open("src/test/resources/dezero/core/sigmoid_cases.tsv", "w") as f:
    for a, b in zip(x, y):
        f.write(f"{float(a).hex()}\t{float(b).hex()}\n")
