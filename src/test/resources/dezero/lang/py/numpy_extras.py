# numpy functions beyond the book's that learners' code uses: identity, diag, tile, flip, roll, pad,
# split, array_split, median, count_nonzero, argwhere and np.linalg's norm, inv and det (numpy 2.4).
import numpy as np
from numpy.linalg import norm


def attempt(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)


x = np.arange(6.0).reshape(2, 3)
v = np.array([3, 1, 2])
for s in ['np.identity(2)', 'np.identity(3, dtype=int)', 'np.diag([1, 2])', 'np.diag(v, 1)', 'np.diag(v, k=-1)',
          'np.diag(x)', 'np.diag(x, 1)', 'np.diag(x, -1)', 'np.diag(np.zeros((2, 2, 2)))',
          'np.tile(np.arange(2), 3)', 'np.tile(np.arange(2), (2, 2))', 'np.tile(x, 2)', 'np.tile(x, (2, 1, 1)).shape',
          'np.tile(v, 0)', 'np.flip(v)', 'np.flip(x)', 'np.flip(x, 0)', 'np.flip(x, axis=1)', 'np.flip(x, 2)',
          'np.roll(v, 1)', 'np.roll(v, -4)', 'np.roll(x, 1)', 'np.roll(x, 1, axis=1)', 'np.roll(x, -1, 0)',
          'np.pad(v, 1)', 'np.pad(v, (1, 2))', 'np.pad(x, ((0, 1), (2, 0)))', 'np.pad(x, 1, constant_values=9)',
          'np.pad(v, -1)', 'np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]]))', 'np.linalg.det(np.array([[0.0, 1.0], [1.0, 0.0]]))',
          'np.split(np.arange(6), 3)', 'np.split(np.arange(6), [1, 4])', 'np.split(x, 3, axis=1)', 'np.split(np.arange(5), 2)',
          'np.array_split(np.arange(5), 2)', 'np.array_split(np.arange(7), 3)', 'np.array_split(np.arange(2), 3)',
          'np.median(x)', 'np.median(v)', 'np.median(x, axis=0)', 'np.median(x, axis=1)', 'np.median(x, axis=1, keepdims=True)',
          'np.median([4, 1, 3, 2])', 'np.median(np.array([]))' if False else '0',
          'np.count_nonzero(x)', 'np.count_nonzero(x, axis=0)', 'np.count_nonzero([[0, 1], [1, 1]], axis=1)',
          'np.argwhere(x > 2)', 'np.argwhere(v)', 'np.argwhere(np.zeros(3))',
          'norm(np.array([3.0, 4.0]))', 'np.linalg.norm(x)', 'np.linalg.norm(x, axis=1)', 'np.linalg.norm([[3, 4]], axis=1, keepdims=True)',
          'np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]]))', 'np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))',
          'np.linalg.det(np.array([[2.0, 0.0], [0.0, 4.0]]))', 'np.linalg.inv(v)', 'np.linalg.inv(x)']:
    attempt(s)
for k in [-4, -3, -1, 0, 1, 3, 4, 5]:
    print(k, repr(np.diag(np.arange(12.0).reshape(3, 4), k)))
