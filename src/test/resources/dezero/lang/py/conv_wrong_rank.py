# DeZero's convolution and pooling functions given an input or a kernel of the wrong rank raise
# Python's unpacking error, as DeZero's own `N, C, H, W = x.shape` does (oracle: Python DeZero).
import numpy as np
import dezero.functions as F
from dezero import Variable

x = Variable(np.arange(6.0).reshape(2, 3))
x5 = Variable(np.zeros((1, 1, 2, 2, 1)))
w = Variable(np.ones((1, 1, 2, 2)))
for s in ['F.conv2d(x, x)', 'F.conv2d(x, w)', 'F.conv2d(x5, w)', 'F.deconv2d(x, w)', 'F.pooling(x, 2)',
          'F.average_pooling(x, 2)', 'F.im2col(x, 2)', 'F.pooling(x5, 2)', 'F.conv2d(Variable(np.ones((1, 1, 3, 3))), w).shape']:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)
