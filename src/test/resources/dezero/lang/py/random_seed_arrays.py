# np.random.seed and RandomState with a sequence of words (numpy's init_by_array), an array squeezed
# to one integer, and the seeds numpy refuses, as numpy 2.4 answers them.
import numpy as np


def attempt(seed):
    try:
        np.random.seed(seed)
        print(repr(seed), np.random.rand(), np.random.randn())
    except Exception as e:
        print(repr(seed), type(e).__name__ + ':', e)


for s in [5, [5], np.array([5]), (1, 2, 3), np.array([1, 2, 3]), [2 ** 32 - 1, 0], np.array(7), np.int64(3),
          True, [True, False], np.array([[3]]), list(range(700)), [], [[1, 2]], [-1], [1.5], [2 ** 32], 2 ** 32,
          -1, np.array([1.5]), 2.0, 'a']:
    attempt(s)
rs = np.random.RandomState([1, 2, 3])
print(rs.rand(), rs.randint(10, size=4))
