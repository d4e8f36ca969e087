# numpy's functions called with too few or odd arguments: numpy 2.4's errors and one-argument forms (where, meshgrid, clip).
import numpy as np


def attempt(s):
    try:
        r = eval(s)
        print(s, '->', r)
    except Exception as e:
        print(s, '!!', type(e).__name__, e)


x = np.array([[0.0, 1.5], [-2.0, 3.0]])
for s in ['np.where(x > 0)', 'np.where(x > 0, x, 0)', 'np.where(x > 0, x)', 'np.where()', 'np.where(np.array([0, 2, 3]))',
          'np.clip(x)', 'np.clip(x, 0, 1)', 'np.clip(x, None, 1)', 'np.clip(x, a_min=-1, a_max=2)', 'np.clip()',
          'np.meshgrid()', 'np.meshgrid(np.arange(3))', 'np.meshgrid(np.arange(2), np.arange(3))',
          'np.reshape(x)', 'np.reshape()', 'np.reshape(x, (4,))', 'np.reshape(x, shape=(1, 4))', 'np.reshape(x, newshape=-1)',
          'np.add(x)', 'np.add()', 'np.add(x, 1)', 'np.maximum(x)', 'np.matmul(x)', 'np.power(2)', 'np.divide()',
          'np.dot(x)', 'np.outer(x)', 'np.outer(x, x).shape', 'np.full_like(x)', 'np.full_like(x, 7)',
          'np.full_like(x, 7, dtype=np.int64)', 'np.expand_dims(x)', 'np.expand_dims(x, 0).shape', 'np.expand_dims(x, axis=1).shape',
          'np.array_equal(x)', 'np.array_equal(x, x)', 'np.unravel_index(5)', 'np.unravel_index(5, (2, 3))',
          'np.iinfo(None)', 'np.iinfo(x)', 'np.iinfo(np.int64).max', 'np.iinfo()', 'np.iinfo(np.float32)']:
    attempt(s)
