# Python's three-argument pow: integers only, or the base's own __pow__ (DeZero's takes two).
from dezero import Variable
import numpy as np
x = Variable(np.array(2.0))
cases = [lambda: pow(2.0, 2, 3), lambda: pow(2, 2.0, 3), lambda: pow(2, -1, 5), lambda: pow(2, 2, 0),
         lambda: pow("a", 2, 3), lambda: pow(2, 3, -5), lambda: pow(2, -1, 4), lambda: pow(x, 2, 3),
         lambda: pow(7, 2, 5), lambda: pow(3, 200, 10**30 + 7)]
for c in cases:
    try:
        print(c())
    except Exception as ex:
        print(type(ex).__name__, ex)
