# Names numpy 2 removed (np.float_, np.NaN, np.Inf ...) answer numpy 2.4's AttributeError, which says what to use
# instead; hasattr and getattr with a default see them as missing.
import numpy as np
for n in ['float_', 'complex_', 'Inf', 'NaN', 'infty', 'NINF', 'PINF', 'alltrue', 'sometrue', 'round_', 'string_',
          'unicode_', 'asfarray', 'NZERO', 'PZERO', 'Infinity', 'NAN', 'nosuch', 'float64', 'inf']:
    try:
        v = getattr(np, n)
        print(n, 'exists')
    except AttributeError as e:
        print(n, '|', e)
print(hasattr(np, 'float_'), hasattr(np, 'float64'), getattr(np, 'NaN', 'default'))
try:
    np.zeros(2, dtype='float_')
except TypeError as e:
    print('TypeError', e)
