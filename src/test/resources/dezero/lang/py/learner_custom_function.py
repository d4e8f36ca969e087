# A learner's own Function subclass, double backprop, gradient_check and numerical_grad, and the higher
# derivatives of sin (oracle: Python DeZero).
import numpy as np
from dezero import Variable, Function
from dezero.utils import gradient_check, numerical_grad
import dezero.functions as F


class Cube(Function):
    def forward(self, x):
        return x ** 3

    def backward(self, gy):
        x, = self.inputs
        return 3 * x ** 2 * gy


def cube(x):
    return Cube()(x)


x = Variable(np.array(2.0))
y = cube(x)
y.backward(create_graph=True)
print(y, x.grad)
gx = x.grad
x.cleargrad()
gx.backward()
print(x.grad)
x = Variable(np.random.RandomState(0).rand(3, 2))
print(gradient_check(F.tanh, x), gradient_check(cube, x))
f = lambda v: F.sum(v ** 2)
print(np.round(numerical_grad(f, np.array([1.0, 2.0])), 6))
x = Variable(np.linspace(-1, 1, 5))
y = F.sin(x)
for i in range(3):
    gx = x.grad
    x.cleargrad()
    if gx is None:
        y.backward(create_graph=True)
    else:
        gx.backward(create_graph=True)
    print(i, np.round(x.grad.data, 4))
print(Cube().__class__.__name__, isinstance(Cube(), Function), y.creator.__class__.__name__, y.generation)
