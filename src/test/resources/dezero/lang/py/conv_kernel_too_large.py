# a convolution whose kernel is larger than its input: numpy's ValueError, not a Java error
import numpy as np
import dezero.functions as F
x1 = np.random.rand(1, 3, 3, 3)
try:
    F.im2col(x1, kernel_size=5, stride=1, pad=0, to_matrix=True)
except ValueError as e:
    print("ValueError", e)
