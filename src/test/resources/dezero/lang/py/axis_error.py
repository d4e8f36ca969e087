# an axis past the last is numpy's AxisError (a ValueError and an IndexError), found in np.exceptions
import numpy as np
import dezero.functions as F
from dezero import Variable
a = np.ones((2, 3))
for f in [lambda: np.argmax(a, axis=2), lambda: a.sum(axis=-3), lambda: np.max(a, axis=5), lambda: F.sum(Variable(a), axis=2)]:
    try:
        f()
    except np.exceptions.AxisError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, IndexError))
