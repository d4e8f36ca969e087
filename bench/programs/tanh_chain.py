# A program that runs under both scripts/dezero and Python + DeZero today, for bench/peers.sh --programs.
import numpy as np
from dezero import Variable
from dezero.functions import tanh

x = Variable(np.array(0.5))
y = tanh(x)
y = tanh(y * 1.01 + x)
y = tanh(y * 1.01 + x)
y = tanh(y * 1.01 + x)
y.backward()
print(x.grad)
