# Errors of the engine caught by their Python class (IndexError, ValueError with numpy's exact text, its
# trailing space included), np.broadcast_to, and a sequence iterated through __getitem__, as numpy 2.4.
import numpy as np
from dezero import Variable
x = Variable(np.arange(6.0).reshape(2, 3))
try:
    x[5]
except IndexError as e:
    print('IndexError', e)
try:
    np.zeros(2) + np.zeros(3)
except ValueError as e:
    print('ValueError', e)
try:
    x.reshape(4)
except ValueError as e:
    print('ValueError', e)
print(hasattr(x, 'nosuch'), getattr(x, 'nosuch', 1))
class S:
    def __getitem__(self, i):
        return np.arange(3)[i]
print(list(S()))
try:
    np.broadcast_to(np.zeros(3), (2,))
except ValueError as e:
    print(repr(str(e)))
print(np.broadcast_to(np.arange(3), (2, 3)), np.broadcast_to(5, (2,)))
