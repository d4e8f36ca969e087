# Iterating a Variable walks its first axis through __getitem__ until the index error, as Python
# does for DeZero's Variable (oracle: Python DeZero).
import numpy as np
from dezero import Variable

x = Variable(np.arange(6.0).reshape(2, 3))
print(list(x))
for row in x:
    print(row, row.shape)
print([r.sum() for r in x], len(x))
a, b = x
print(a, b)
print(list(zip(x, 'ab')))
