# numpy's keyword arguments: linspace's endpoint and retstep, eye's M and k, unique's return_counts, squeeze's
# and transpose's keywords, meshgrid's indexing, the ufuncs' out=None, dtype= of the constructors, as numpy 2.4.
import numpy as np


def attempt(s):
    try:
        r = eval(s)
        print(s, '->', repr(r))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)


np.random.seed(0)
x = np.arange(6.0).reshape(2, 3)
for s in ['np.linspace(0, 1, 5, endpoint=False)', 'np.linspace(0, 1, num=3)', 'np.linspace(0, 1, 4, retstep=True)',
          'np.arange(5, dtype=float)', 'np.arange(0, 1, 0.25)', 'np.arange(5, dtype=np.float32)', 'np.zeros(3, dtype=int)',
          'np.zeros((2, 2), dtype=bool)', 'np.ones_like(x, dtype=int)', 'np.zeros_like(x, dtype=np.float32)',
          'np.array([1, 2], dtype=np.float32)', 'np.array([1.7, -1.7], dtype=int)', 'np.asarray([1, 2], dtype=float)',
          'np.random.randint(0, 10, size=5)', 'np.random.randint(5, size=(2, 2))', 'np.random.normal(1.0, 2.0, size=3)',
          'np.random.uniform(-1, 1, size=(2,))', 'np.random.choice(5, 3, replace=False)', 'np.random.choice([1, 2, 3], size=4, p=[0.5, 0.25, 0.25])',
          'np.random.permutation(5)', 'np.random.permutation(np.arange(4))', 'np.random.random((2,))', 'np.random.randn(2)',
          'np.concatenate([x, x], axis=1)', 'np.stack([x, x], axis=1).shape', 'np.vstack([x, x]).shape', 'np.hstack([x, x]).shape',
          'np.eye(3, k=1)', 'np.eye(2, 3)', 'np.eye(2, dtype=int)',
          'np.squeeze(np.zeros((1, 3, 1)), axis=0).shape', 'np.transpose(x, (1, 0)).shape', 'np.transpose(np.zeros((2, 3, 4)), axes=(2, 0, 1)).shape',
          'np.sum(x, axis=(0, 1))', 'np.mean(x, axis=0, keepdims=True)', 'np.argmax(x, axis=0)', 'np.max(x, axis=1, keepdims=True)',
          'np.maximum(x, 2, out=None)', 'np.dot(x, x.T)', 'np.full((2, 2), 7, dtype=int)',
          'np.full((2,), np.nan)', 'np.empty(0).shape', 'np.log(x + 1).round(3)',
          'np.clip(x, 1, 4).tolist()', 'np.abs(-x).sum()', 'np.sqrt(np.array([4.0, 9.0]))', 'np.power(x, 2).max()',
          'np.where(x > 2, x, -1)', 'np.isnan(np.array([np.nan, 1.0]))', 'np.cumsum(x, axis=1)',
         
         
          'np.random.shuffle(np.arange(3))',
          'np.ravel(x, order="C")', 'np.prod(x, axis=0)', 'np.std(x, ddof=1)', 'np.var(x, axis=1)', 'np.unique([3, 1, 3])',
          'np.unique([3, 1, 3], return_counts=True)', 'np.allclose(x, x + 1e-9)', 'np.isclose(x, x).all()', 'np.ones(3).dtype']:
    attempt(s)

import numpy as np
print(np.linspace(0, 1, 1, retstep=True), np.linspace(2, 3, 0, retstep=True), np.linspace(0, 10, 4, endpoint=False, retstep=True))
print(np.linspace(0, 1, 5, dtype=int), np.eye(3, 2, -1), np.eye(2, k=5), np.unique([2, 2, np.nan, 1, np.nan], return_counts=True))
a, b = np.meshgrid(np.arange(2), np.arange(3), indexing='ij')
print(a, b, a.shape)
try:
    np.add(1, 2, out=None)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.add(1, 2, bogus=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.vstack([[1]], dtype=float)
except Exception as e:
    print(type(e).__name__, e)
