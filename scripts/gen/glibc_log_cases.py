"""Inputs and glibc's log of them, for GlibcLogTest.

Run with the python3 on the PATH (math.log calls the C library's log), from the repository root:
    python3 scripts/gen/glibc_log_cases.py | gzip -n > src/test/resources/dezero/core/glibc_log.tsv.gz
Each line: x and math.log(x) as hex floats. The inputs: what numpy's polar method feeds log
(x1*x1 + x2*x2 inside the unit circle), the band around 1 where glibc switches to its second
polynomial, doubles of every binade, and subnormals.
"""
import math
import random

random.seed(20261130)
xs = []
while len(xs) < 6000:
    a, b = random.uniform(-1, 1), random.uniform(-1, 1)
    r2 = a * a + b * b
    if 0 < r2 < 1:
        xs.append(r2)
xs += [random.uniform(1 - 2**-4 - 2**-8, 1 + float.fromhex("0x1.09p-4") + 2**-8) for _ in range(2000)]
xs += [math.ldexp(random.uniform(0.5, 1), random.randint(-1021, 1024)) for _ in range(2000)]
xs += [math.ldexp(random.uniform(0.5, 1), random.randint(-1074, -1022)) for _ in range(200)]
xs += [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0, 2.0, 0.5, math.e,
       1 - 2**-4, 1 + float.fromhex("0x1.09p-4"), math.nextafter(1, 0), math.nextafter(1, 2)]
for x in xs:
    print(f"{x.hex()}\t{math.log(x).hex()}")
