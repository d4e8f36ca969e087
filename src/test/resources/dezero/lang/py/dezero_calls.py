# DeZero's functions called the ways a learner calls them, and what they refuse.
import numpy as np
from dezero import Variable
import dezero.functions as F

x = Variable(np.array(2.0))
y = x ** 2
print(y.creator.backward(Variable(np.array(1.0))))
print(y.creator.forward(np.array(3.0)))
z = F.exp(x)
print(type(z.creator).__module__, type(y.creator).__module__, type(y.creator).__name__)
for bad in [lambda: F.exp(2), lambda: F.exp(np.float64(2.0)), lambda: F.add(x, 2, 3), lambda: np.exp(x),
            lambda: np.sqrt(x), lambda: 'a' + 1, lambda: [1] + (2,), lambda: sum()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(F.add(x, 1), F.mul(x, 3), F.sub(x, 1), F.div(x, 4))
print(np.array([np.ones(2), np.zeros(2)]))
print(np.array((np.arange(3), np.arange(3) * 2)).dtype)
