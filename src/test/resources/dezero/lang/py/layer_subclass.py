# A class deriving from a library layer: its super().__init__ builds the layer, its parameters are
# the instance's own (self.W, params(), the optimizer), super().forward(x) runs the layer's forward
import numpy as np
import dezero.layers as L
import dezero.functions as F
from dezero import Model, optimizers
np.random.seed(0)


class ScaledLinear(L.Linear):
    def __init__(self, out_size, scale):
        super().__init__(out_size)
        self.scale = scale

    def forward(self, x):
        return super().forward(x) * self.scale


class Plain(L.Linear):
    pass


class Net(Model):
    def __init__(self):
        super().__init__()
        self.l1 = ScaledLinear(5, 0.5)
        self.l2 = Plain(1)

    def forward(self, x):
        return self.l2(F.sigmoid(self.l1(x)))


x = np.random.rand(20, 3)
t = np.sin(x.sum(axis=1, keepdims=True))
net = Net()
opt = optimizers.SGD(0.2).setup(net)
for i in range(30):
    loss = F.mean_squared_error(net(x), t)
    net.cleargrads()
    loss.backward()
    opt.update()
    if i % 10 == 0:
        print(i, round(float(loss.data), 10))  # summation order may differ from BLAS in the last digits
print(net.l1.W.shape, net.l1.out_size, net.l2.in_size, len(list(net.params())))
print(isinstance(net.l1, L.Linear), type(net.l1).__name__)
