# numpy 2.4's conversions of arrays and scalars: float()/int() take 0-d arrays only, arrays are unhashable,
# numpy's type names in CPython's messages (numpy.ndarray, numpy.float64)
import numpy as np
for f in (float, int, bool):
    for a in (np.array([1.5]), np.array([[2.0]]), np.array(3.0), np.array([], dtype=float), np.array([1,2])):
        try: print(f.__name__, a.shape, repr(f(a)))
        except Exception as e: print(f.__name__, a.shape, type(e).__name__, e)
try: print(range(10)[np.array([1])])
except Exception as e: print(type(e).__name__, e)
try: print('%d' % np.array([3]))
except Exception as e: print(type(e).__name__, e)
try: print('%.2f' % np.array([3]))
except Exception as e: print(type(e).__name__, e)
print('%.2f' % np.array(3.0))
try: print('{:.2f}'.format(np.array([3.0])))
except Exception as e: print(type(e).__name__, e)
import math
try: print(math.sqrt(np.array([4.0])))
except Exception as e: print(type(e).__name__, e)
print(math.sqrt(np.array(4.0)))
try: print(round(np.array([2.567]), 2))
except Exception as e: print(type(e).__name__, e)
a = np.array([1.5])
cases = [
    ("len(np.float64(1))", lambda: len(np.float64(1))),
    ("[1][a]", lambda: [1][a]),
    ("'%d' % a", lambda: '%d' % a),
    ("a()", lambda: a()),
    ("np.float64(1)()", lambda: np.float64(1)()),
    ("iter(np.float64(2))", lambda: iter(np.float64(2))),
    ("'{:.2f}'.format(a)", lambda: '{:.2f}'.format(a)),
    ("round(a, 2)", lambda: round(a, 2)),
    ("'%.2f' % np.array(3.0)", lambda: '%.2f' % np.array(3.0)),
    ("'%.2f' % a", lambda: '%.2f' % a),
    ("hash(a)", lambda: hash(a)),
    ("{a: 1}", lambda: {a: 1}),
    ("float(a)", lambda: float(a)),
    ("int(np.array([[2]]))", lambda: int(np.array([[2]]))),
    ("float(np.array(2.5))", lambda: float(np.array(2.5))),
    ("a.item()", lambda: a.item()),
]
for text, f in cases:
    try: print(text, '->', f())
    except Exception as e: print(text, '->', type(e).__name__, e)
