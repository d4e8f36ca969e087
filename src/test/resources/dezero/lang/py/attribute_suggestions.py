# CPython 3.11 offers the closest of dir(obj) after an AttributeError's message (not in str(e)); e.name is set
import numpy as np
import dezero.functions as F
import dezero.layers as L
from dezero import Variable, Model
x = Variable(np.array(1.0))
class M(Model):
    def __init__(self):
        super().__init__()
        self.l1 = L.Linear(3)
m = M()
for f in [lambda: x.gard, lambda: x.backwrd, lambda: np.random.rnd, lambda: F.tahn, lambda: m.paramz, lambda: m.l2, lambda: x.data.shap, lambda: "s".uper, lambda: [].apend, lambda: m.l1.W.dat]:
    try:
        f()
    except AttributeError as e:
        print(e, '|', e.name)
x.data.shap
