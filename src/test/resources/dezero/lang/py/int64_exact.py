# numpy's int64 is exact over its whole range: past 2**53 (where a double stops holding every
# integer) values, arithmetic, comparisons, reductions, copies and printing are numpy 2.4's.
import numpy as np

big = 2**62 + 1
a = np.array([big, 1, -big, 2**53 + 1])
print(a, repr(a), a.dtype)
print(np.int64(2**62) + 1, repr(np.int64(2**62) + 1), np.array(2**63 - 1), repr(np.array(-2**63)))
print(repr(np.array([[2**62, 1], [3, -2**63 + 7]])))

# limits
for t in (np.int64, np.int32, np.uint8, 'int64'):
    i = np.iinfo(t)
    print(repr(i), i.min, i.max, i.bits, repr(i.dtype), i.kind)
print(np.iinfo(np.int64))
print(np.iinfo(np.int64).max + 1, type(np.iinfo(np.int64).max).__name__)
for t in (np.float64, np.bool_):
    try: np.iinfo(t)
    except ValueError as e: print('ValueError', e)

# arithmetic with arrays, numpy scalars and (weak) Python ints, wrapping at 2**64
m = np.iinfo(np.int64).max
x = np.array([m, -m - 1, 2**53 + 1, -(2**60) - 3])
y = np.array([3, -1, 2**53 - 1, 7])
for name, r in [('+', x + y), ('-', x - y), ('*', x * y), ('//', x // y), ('%', x % y), ('**', x ** 3),
                ('neg', -x), ('abs', abs(x)), ('sign', np.sign(x)), ('square', np.square(x)),
                ('&', x & y), ('|', x | y), ('^', x ^ y), ('~', ~x), ('max', np.maximum(x, y)),
                ('min', np.minimum(x, y)), ('+1', x + 1), ('1-', 1 - x), ('*big', x * big),
                ('scalar', np.int64(m) + np.int64(1)), ('rfloordiv', big // y)]:
    print(name, r, r.dtype)

# comparisons between neighbours that are one double
p = np.array([2**53, 2**53 + 1, 2**53 + 2])
print(p == 2**53 + 1, p < 2**53 + 1, p >= np.int64(2**53 + 1), p != p[::-1], np.int64(2**53) == 2**53 + 1)
print(p == 2.0**53, p.astype(np.float64) == 2**53 + 1)

# reductions, with axes
r = np.array([[2**62, 2**62, 5], [-(2**53) - 1, 3, 2**53 + 1]])
print(r.sum(), r.sum(axis=0), r.sum(axis=1), r.prod(axis=1), r.cumsum(), r.cumsum(axis=0))
print(r.max(), r.min(axis=1), r.argmax(), r.argmin(axis=0), r.mean(), r.mean(axis=1), repr(r.max()))
print(np.array([2**53, 1, 1]).sum(), np.array([2**53 + 1, 2**53]).argmax())

# copies: views, fancy and mask indexing, setitem, shapes, joins
v = r[1]
print(v, r[:, 1:], r[[1, 0]], r[r > 3], r.T, r.reshape(3, 2), r.flatten(), r.ravel(), r.copy())
v[0] = 2**62 + 7
print(r)
r[0, 2] = -(2**61) - 9
print(v, r)
r[r < 0] = 2**63 - 1
print(r)
print(np.concatenate([r, p.reshape(1, 3)]), np.stack([p, p], axis=1), np.where(p > 2**53, p, -1))
print(np.sort(np.array([2**53 + 2, 2**53, 2**53 + 1])), np.unique(np.array([2**53 + 1, 2**53, 2**53 + 1])))
print(np.array([2**53 + 3, 2**53 + 1]).argsort())

# back to Python ints
print(p.tolist(), p[1].item(), p.item(2), int(p[1]), [int(e) for e in p], r.tolist())
print(np.array([np.int64(2**62 + 1), np.int64(3)]), np.full((2,), big), np.full(2, np.int64(big), dtype=np.int32))
try: np.full(2, big, dtype=np.int32)
except OverflowError as e: print('OverflowError', e)
print(np.arange(2**62, 2**62 + 3), np.arange(-2**63 + 1, 2**63 - 1, 2**62), np.arange(2**62 + 5, 2**62, -2))

# conversions
print(x.astype(np.int32), x.astype(np.uint8), x.astype(np.float64), x.astype(np.float32), x.astype(bool))
print(np.array([2.0**62, -2.0**63, 2.0**63, 1e19, -1e300]).astype(np.int64))
print(np.float32(1) + big, np.array([1.5], dtype=np.float32) * big)

# a Python int past int64
for f in (lambda: np.array([1]) + 2**63, lambda: np.array([1], dtype=np.int32) * 2**64,
          lambda: np.int64(1) - (-2**63 - 1), lambda: np.int64(2**63)):
    try: print(f())
    except OverflowError as e: print('OverflowError', e)
print(np.array([1]) < 2**64, np.array([1]) == 2**63, 2**64 > np.array([1]), np.array([1.0]) + 2**64)

# numpy scalars in Python's formatting, rounding and indexing; rows of an exact array
s = np.int64(2**62 + 1)
print(f"{s}", "%d" % s, "{:,}".format(s), round(s), hex(s), float(s), range(10)[np.int64(3)])
for row in np.array([[2**62 + 1, 2], [3, 4]]):
    print(row, row[0], np.cumsum(row), np.clip(row, 3, 2**62))
for f in (lambda: np.int32(2**40), lambda: np.array([2**40], dtype=np.int32), lambda: np.uint8(-1)):
    try: print(f())
    except OverflowError as e: print('OverflowError', e)
