# np.save / np.load of .npy files, np.savez of named and positional arrays and the NpzFile np.load
# gives for it (files, keys, in, len, with), and the errors, as numpy 2.4.
import os
import numpy as np

base = '/tmp/dezero-npio-test'
np.save(base, np.arange(3.0))
print(os.path.exists(base + '.npy'), repr(np.load(base + '.npy')))
np.save(base + '-int.npy', np.array([[1, 2], [3, 4]]))
print(repr(np.load(base + '-int.npy')))
np.savez(base, np.ones(2), w=np.zeros((2, 2)))
d = np.load(base + '.npz')
print(d, d.files, sorted(d.keys()), repr(d['w']), 'w' in d, 'x' in d, len(d), list(d))
with np.load(base + '.npz') as z:
    print(repr(z['arr_0']))
np.savez_compressed(base + '-c.npz', a=np.arange(4).reshape(2, 2))
print(repr(np.load(base + '-c.npz')['a']))
for bad in [lambda: np.load(base + '-missing.npy'), lambda: d['q'], lambda: np.save(None, np.ones(1))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
