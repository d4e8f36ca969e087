# A Variable raised to an array of exponents, as DeZero's Pow(c) takes an ndarray c; values and
# gradients from Python DeZero.
import numpy as np
from dezero import Variable

x = Variable(np.array([1.0, 2.0, 3.0]))
y = x ** np.array([2.0, 3.0, 0.5])
y.backward()
print(y, x.grad)
x.cleargrad()
y = x ** np.array(2.0)
y.backward()
print(y, x.grad)
m = Variable(np.array([[1.0, 2.0], [3.0, 4.0]]))
z = (m ** np.array([1.0, 2.0])).sum()
z.backward()
print(z, m.grad)
try:
    x ** Variable(np.array(2.0))
except TypeError as e:
    print('TypeError', e)
