# Sorting along an axis (or none), reductions with numpy's parameters (dtype, ddof, keepdims), np.round,
# nonzero and swapaxes, against numpy 2.4.
import numpy as np


def attempt(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)


x = np.array([[3.0, 1.0, 2.0], [0.5, 9.0, -1.0]])
for s in ['x.argsort()', 'x.argsort(axis=0)', 'x.argsort(0)', 'x.argsort(axis=None)', 'np.argsort(x, axis=0)',
          'np.sort(x, axis=0)', 'np.sort(x, axis=None)', 'x.cumsum()', 'x.cumsum(axis=1)', 'np.cumsum(x, axis=0)',
          'x.round(1)', 'np.round(x, 1)', 'x.copy()', 'x.argmax(axis=1)', 'x.max(axis=(0, 1))', 'x.mean(axis=-1)',
          'x.sum(0)', 'x.std(ddof=1)', 'x.var(axis=0, ddof=1)', 'x.flatten()', 'x.ravel()', 'x.squeeze()', 'x.T',
          'x.swapaxes(0, 1)', 'x.tolist()', 'x.item(1)',
          'x.nonzero()', 'x.prod(axis=0)', 'x.min(keepdims=True)', 'x.ptp()' if hasattr(x, 'ptp') else '0',
          'x.argmin(axis=0)', 'x.any(axis=0)', 'x.sort()', 'x', 'x.sum(0, np.int64)', 'x.std(0, None, None, 1)',
          'x.max(0, None, True)', 'x.swapaxes(0, 5)', 'x.swapaxes(-3, 0)', 'np.sort(x[0])']:
    attempt(s)
