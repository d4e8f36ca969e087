# numpy's RandomState class: its own stream, seeded as np.random.seed seeds the global one, with
# the module functions as methods; seeds numpy refuses, in numpy's words
import numpy as np
r = np.random.RandomState(0)
print(r)
print(type(r), isinstance(r, np.random.RandomState))
print(r.rand(2))
print(r.randn(2, 2))
print(np.random.RandomState(1).randint(0, 10, 5))
s = np.random.RandomState(seed=3)
print(s.uniform(size=3), s.normal(0.0, 2.0, size=(2,)), s.random_sample(2), s.standard_normal(2))
print(s.permutation(5), s.choice(4, 3))
x = np.arange(6)
s.shuffle(x)
print(x)
np.random.seed(0)
print(np.random.rand(3), np.random.RandomState(0).rand(3))
s.seed(5)
print(s.rand(1), np.random.RandomState(5).rand(1))
for bad in (-1, 2**32, 'ab', 1.5, np.float32(2.0)):
    for f in (np.random.seed, np.random.RandomState):
        try:
            f(bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
try:
    np.random.RandomState(0).rand(1, 2, foo=3)
except Exception as e:
    print(type(e).__name__, e)
