# Expected values of LibraryFunctionsTest from Python DeZero (peers/dezero) and numpy 2.4.
# Rerun from the repository root:
#   PYTHONPATH=/work/shared/peers/dezero:/work/shared/peers/stubs python3 -W ignore \
#     src/test/resources/dezero/functions/gen_library_functions.py > src/test/resources/dezero/functions/library_functions.txt
# Each case: its inputs (seeded), y = op(*inputs), loss = sum(y * r) for a seeded r, loss.backward();
# printed: inputs, y, and the grad of every input (or "none").
import numpy as np
import dezero
import dezero.functions as F
from dezero import Variable

def fmt(a):
    a = np.asarray(a, dtype=np.float64)
    return ' '.join(str(d) for d in a.shape) + ' : ' + ' '.join(repr(float(v)) for v in a.ravel())

def case(name, inputs, op, seed, backward=True):
    xs = [Variable(np.array(a)) for a in inputs]  # lists are int labels
    y = op(*xs)
    rng = np.random.RandomState(seed)
    r = np.array(rng.randn(*y.shape))
    loss = F.sum(y * Variable(r))
    if backward:  # DeZero's BatchNorm has no backward in test mode (inv_std is None)
        loss.backward()
    print('case', name)
    for x in xs:
        print('input', fmt(x.data))
    print('weight', fmt(r))
    print('output', fmt(y.data))
    for x in xs:
        print('grad', 'none' if x.grad is None else fmt(x.grad.data))

rs = np.random.RandomState(7)
def randn(*s): return rs.randn(*s)

case('linear', [randn(3, 4), randn(4, 2), randn(2)], lambda x, W, b: F.linear(x, W, b), 1)
case('linear_nobias', [randn(3, 4), randn(4, 2)], lambda x, W: F.linear(x, W), 2)
case('linear_simple', [randn(3, 4), randn(4, 2), randn(2)], lambda x, W, b: F.linear_simple(x, W, b), 3)
case('sigmoid', [randn(3, 4)], F.sigmoid, 4)
case('sigmoid_simple', [randn(3, 4)], F.sigmoid_simple, 5)
case('relu', [randn(3, 4)], F.relu, 6)
case('leaky_relu', [randn(3, 4)], lambda x: F.leaky_relu(x, 0.2), 7)
case('softmax', [randn(3, 4)], lambda x: F.softmax(x), 8)
case('softmax_axis0', [randn(3, 4)], lambda x: F.softmax(x, axis=0), 9)
case('softmax_simple', [randn(3, 4)], lambda x: F.softmax_simple(x), 10)
case('log_softmax', [randn(3, 4)], lambda x: F.log_softmax(x), 11)
case('mean_squared_error', [randn(3, 2), randn(3, 2)], F.mean_squared_error, 12)
case('mean_squared_error_simple', [randn(3, 2), randn(3, 2)], F.mean_squared_error_simple, 13)
case('softmax_cross_entropy', [randn(3, 4), [2, 0, 3]], lambda x, t: F.softmax_cross_entropy(x, t), 14)
case('softmax_cross_entropy_simple', [randn(3, 4), [2, 0, 3]], lambda x, t: F.softmax_cross_entropy_simple(x, t), 15)
case('sigmoid_cross_entropy', [randn(4, 1), [[1], [0], [1], [1]]], F.sigmoid_cross_entropy, 16)
case('binary_cross_entropy', [rs.rand(4, 1) * 0.8 + 0.1, [[1], [0], [1], [1]]], F.binary_cross_entropy, 17)
case('max_all', [randn(3, 4)], lambda x: F.max(x), 18)
case('max_axis1_keepdims', [randn(3, 4)], lambda x: F.max(x, axis=1, keepdims=True), 19)
case('min_axis0', [randn(3, 4)], lambda x: F.min(x, axis=0), 20)
case('clip', [randn(3, 4)], lambda x: F.clip(x, -0.5, 0.5), 21)
case('average_all', [randn(3, 4)], lambda x: F.average(x), 22)
case('mean_axis0_keepdims', [randn(3, 4)], lambda x: F.mean(x, axis=0, keepdims=True), 23)
case('expand_dims', [randn(3, 4)], lambda x: F.expand_dims(x, 1), 24)
case('flatten', [randn(2, 3, 2)], F.flatten, 25)
case('get_item_rows', [randn(3, 4)], lambda x: F.get_item(x, np.array([0, 2, 0])), 26)
case('get_item_row', [randn(3, 4)], lambda x: F.get_item(x, 1), 27)
case('embed_id', [randn(5, 3)], lambda W: F.embed_id(np.array([[4, 0], [4, 2]]), W), 28)
mean = np.zeros(3); var = np.ones(3)
case('batch_norm_train', [randn(5, 3), randn(3), randn(3)],
     lambda x, g, b: F.batch_nrom(x, g, b, mean, var), 29)
print('running', fmt(mean), '|', fmt(var))
with dezero.test_mode():
    case('batch_norm_test', [randn(5, 3), randn(3), randn(3)],
         lambda x, g, b: F.batch_nrom(x, g, b, mean, var), 30, backward=False)
case('batch_norm_4d', [randn(2, 3, 2, 2), randn(3), randn(3)],
     lambda x, g, b: F.batch_nrom(x, g, b, np.zeros(3), np.ones(3)), 31)
case('conv2d', [randn(2, 3, 5, 5), randn(4, 3, 3, 3), randn(4)],
     lambda x, W, b: F.conv2d(x, W, b, stride=1, pad=1), 40)
case('conv2d_stride2_nobias', [randn(1, 2, 6, 5), randn(3, 2, 3, 2)],
     lambda x, W: F.conv2d(x, W, None, stride=2, pad=(1, 0)), 41)
case('conv2d_simple', [randn(2, 3, 5, 5), randn(4, 3, 3, 3), randn(4)],
     lambda x, W, b: F.conv2d_simple(x, W, b, stride=1, pad=1), 42)
case('deconv2d', [randn(2, 3, 3, 3), randn(3, 2, 3, 3), randn(2)],
     lambda x, W, b: F.deconv2d(x, W, b, stride=2, pad=1), 43)
case('pooling', [randn(2, 2, 6, 6)], lambda x: F.pooling(x, 2, 2), 44)
case('pooling_pad', [randn(1, 2, 5, 5)], lambda x: F.pooling(x, 3, 2, 1), 45)
case('pooling_simple', [randn(2, 2, 6, 6)], lambda x: F.pooling_simple(x, 2, 2), 46)
case('average_pooling', [randn(2, 2, 6, 6)], lambda x: F.average_pooling(x, 2, 2), 47)
case('im2col', [randn(1, 2, 4, 4)], lambda x: F.im2col(x, 3, 1, 1), 48)
case('im2col_tensor', [randn(1, 2, 4, 4)], lambda x: F.im2col(x, 2, 2, 0, to_matrix=False), 49)
case('col2im', [randn(9, 18)], lambda x: F.col2im(x, (1, 2, 3, 3), 3, 1, 1), 50)
np.random.seed(0)
case('dropout', [randn(3, 4)], lambda x: F.dropout(x, 0.5), 32)
print('accuracy', fmt(F.accuracy(np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]]), np.array([1, 1, 1])).data))
