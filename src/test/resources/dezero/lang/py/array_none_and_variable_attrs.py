# None as an operand of an array: numpy runs the operator on each element, so Python's error names the
# elements' type; a Variable takes any attribute, as DeZero's Python object does
import numpy as np
for a in [np.array(1.0), np.array([1.0]), np.array([1]), np.array([True]), np.array([1.0], dtype=np.float32), np.float64(2.0), np.array([[1,2]])]:
    for f in [lambda: None - a, lambda: a - None, lambda: a * None, lambda: a ** None]:
        try: f()
        except TypeError as e: print(a.dtype, a.shape, e)
from dezero import Variable
x = Variable(np.array(1.0))
x.tag = "input"
print(x.tag)
try:
    x.nothing
except AttributeError as e:
    print(e)
