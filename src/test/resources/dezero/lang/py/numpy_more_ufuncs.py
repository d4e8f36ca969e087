# More of numpy's ufuncs: logs and exponentials, hyperbolic and inverse trigonometric functions,
# rounding (integers kept), degrees, the operator ufuncs, logical combinations, arctan2 and hypot,
# as numpy 2.4 prints them. (Arrays print 8 digits; a full-precision scalar of arccos, expm1 or
# cosh can differ from glibc's in its last digit here, Java's fdlibm being 1 ulp off at places.)
import numpy as np

x = np.array([0.25, 0.5, 0.75])
i = np.array([1, 2, 3])
for name in ['log1p', 'expm1', 'log2', 'log10', 'exp2', 'sinh', 'cosh', 'arcsin', 'arccos', 'arctan', 'cbrt', 'rint',
             'degrees', 'rad2deg', 'radians', 'deg2rad', 'floor', 'ceil', 'trunc', 'fix']:
    f = getattr(np, name)
    print(name, repr(f(x)), repr(f(i)), repr(f(np.array([0.5]))))
print(repr(np.floor(np.array([-1.5, 2.5]))), repr(np.ceil(-0.5)), repr(np.trunc(-2.7)))
print(repr(np.mod(np.array([5, -5]), 3)), repr(np.mod(np.array([5.5, -5.5]), 3)), repr(np.remainder(7, 3)))
print(repr(np.floor_divide(np.array([5, -5]), 2)), repr(np.true_divide(np.array([1, 2]), 4)))
print(repr(np.logical_and([1, 0, 2], [1, 1, 0])), repr(np.logical_or([0, 0], [0, 3])), repr(np.logical_xor(np.array([True, False]), True)))
print(repr(np.arctan2(np.array([1.0, -1.0]), np.array([1.0, 1.0]))), repr(np.hypot(3, 4)), repr(np.hypot(np.array([[3.0], [5.0]]), np.array([4.0, 12.0]))))
