# Layers' weights files and forward calls given the wrong arguments, and an optimizer updated before
# setup(): the errors Python DeZero raises (its oracle output below).
import numpy as np
import dezero.layers as L
import dezero.optimizers as O
from dezero.models import MLP


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


layer = L.Linear(3)
model = MLP((3, 2))
attempt(lambda: layer.load_weights('/tmp/no/such/weights.npz'))
attempt(lambda: layer.load_weights(None))
attempt(lambda: layer.load_weights())
attempt(lambda: layer.save_weights(1.5))
attempt(lambda: layer.save_weights())
attempt(lambda: layer.forward())
attempt(lambda: model.forward())
attempt(lambda: model.plot())
attempt(lambda: O.SGD().update())
attempt(lambda: O.Adam().update())
