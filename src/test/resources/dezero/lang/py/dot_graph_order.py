# DeZero's get_dot_graph of a third derivative (step 35's graph, smaller): node names and edges in
# DeZero's order, object ids renumbered by first appearance
import numpy as np
from dezero import Variable
from dezero.utils import get_dot_graph
import dezero.functions as F

x = Variable(np.array(1.0))
x.name = 'x'
y = F.tanh(x)
y.backward(create_graph=True)
for i in range(2):
    gx = x.grad
    x.cleargrad()
    gx.backward(create_graph=True)
gx = x.grad
gx.name = 'gx3'
ids = {}
for line in get_dot_graph(gx, verbose=False).splitlines():
    words = []
    for w in line.split(' '):
        if w.isdigit() and len(w) > 5:
            w = ids.setdefault(w, 'N%d' % len(ids))
        words.append(w)
    print(' '.join(words))
