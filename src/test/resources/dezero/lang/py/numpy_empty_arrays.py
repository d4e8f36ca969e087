# Empty arrays through numpy's reductions and operations (any of nothing is False, all of nothing True), as numpy 2.4.
import numpy as np


def attempt(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)


e = np.array([])
z = np.zeros((0, 3))
for s in ['np.all(e)', 'np.any(e)', 'e.all()', 'e.any()', 'np.sum(e)', 'e.sum()', 'np.prod(e)', 'np.max(e)', 'np.min(e)',
          'np.argmax(e)', 'np.argmin(e)', 'np.cumsum(e)', 'z.sum(axis=0)', 'z.sum(axis=1)', 'z.max(axis=1)', 'z.max(axis=0)',
          'z.all(axis=0)', 'z.any(axis=1)', 'np.all(z)', 'np.any([])', 'np.all([])', 'np.all([[]])', 'np.array_equal(e, e)',
          'e.size', 'z.shape', 'len(z)', 'list(z)', 'z.T.shape', 'np.concatenate([z, z]).shape', 'e + 1', 'e * e', 'e @ e',
          'np.dot(z.T, z)', 'z.reshape(3, 0).shape', 'np.sort(e)', 'np.argsort(e)', 'np.unique(e)' if hasattr(np, 'unique') else '0',
          'e.mean()', 'e.std()', 'np.exp(e)', 'np.zeros(0).dtype', 'np.arange(0)', 'np.linspace(0, 1, 0)', 'e.tolist()', 'str(z)']:
    attempt(s)
x = np.array([[0.0, np.nan, 2.0], [1.0, 1.0, 0.0]])
print(x.any(), x.all(), np.any(x, axis=0), np.all(x, axis=1), x.any(axis=1, keepdims=True), np.all(x > -1), np.any(x > 5))
print(np.all(np.array([True, True])), np.any(np.array([False])), type(np.all(x)).__name__)
