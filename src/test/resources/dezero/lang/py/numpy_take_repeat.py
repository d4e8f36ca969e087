# ndarray and numpy take, repeat, trace, diagonal and cumprod, as numpy 2.4.
import numpy as np

x = np.arange(1.0, 7.0).reshape(2, 3)
print(repr(x.take(1)), repr(x.take([0, 4])), repr(x.take([0, 2], axis=1)), repr(x.take(-1, axis=0)))
print(repr(x.repeat(2)), repr(x.repeat(2, axis=1)), repr(x.repeat([1, 2], axis=0)))
print(repr(x.trace()), repr(x.trace(1)), repr(x.diagonal()), repr(x.diagonal(-1)), repr(x.cumprod()), repr(x.cumprod(axis=0)), repr(x.cumprod(1)))
print(repr(np.take(x, 2)), repr(np.repeat(3, 2)), repr(np.trace(x)), repr(np.diagonal(x, 1)), repr(np.cumprod([1, 2, 3])))
print(repr(np.arange(3).cumprod()), repr(np.array([True, False]).cumprod()), repr(np.arange(4).repeat(0)))
