# Expected values of SecondOrderTest from Python DeZero (peers/dezero), numpy 2.4.
# Rerun from the repository root:
#   PYTHONPATH=/work/shared/peers/dezero:/work/shared/peers/stubs python3 -W ignore \
#     src/test/resources/dezero/functions/gen_second_order.py > src/test/resources/dezero/functions/second_order.txt
# For each op: y = sum(op(x) * r); gx = dy/dx with create_graph=True; then z = sum(gx * s), and
# x's gradient after z.backward() is the second-order term printed ("key shape : values").
import numpy as np
import dezero.functions as F
from dezero import Variable

def out(key, a):
    a = np.asarray(a, dtype=np.float64)
    print(key, ' '.join(str(d) for d in a.shape), ':', ' '.join(repr(float(v)) for v in a.ravel()))

rs = np.random.RandomState(11)
W = rs.randn(4, 3)
cases = [
    ('sigmoid', F.sigmoid), ('tanh', F.tanh), ('softmax', F.softmax), ('log_softmax', F.log_softmax),
    ('linear', lambda x: F.linear(x, Variable(W))), ('sigmoid_simple', F.sigmoid_simple),
    ('mse', lambda x: F.mean_squared_error(x, Variable(np.ones((3, 4))))),
    ('get_item', lambda x: F.get_item(x, np.array([0, 2, 2]))), ('exp', F.exp),
    ('softmax_cross_entropy', lambda x: F.softmax_cross_entropy(x, np.array([1, 0, 3]))),
]
x0 = rs.randn(3, 4)
out('x', x0)
for name, op in cases:
    x = Variable(x0.copy())
    y = op(x)
    r = rs.randn(*y.shape)
    s = rs.randn(*x0.shape)
    loss = F.sum(y * r)
    loss.backward(create_graph=True)
    gx = x.grad
    x.cleargrad()
    z = F.sum(gx * s)
    z.backward()
    out(name + '_r', r)
    out(name + '_s', s)
    out(name + '_gx', gx.data)
    if x.grad is None:  # gx does not depend on x (linear): DeZero leaves x without a grad
        print(name + '_ggx_none 0 :')
    else:
        out(name + '_ggx', x.grad.data)
