# setting what cannot be set: CPython 3.11's texts, numpy's types by their full names
class A:
    @property
    def x(self): return 1
try: A().x = 2
except AttributeError as e: print(e)
import numpy as np
a = np.ones(2)
for n in ['T', 'ndim', 'foo', 'size']:
    try:
        setattr(a, n, 1)
    except AttributeError as e:
        print(e)
