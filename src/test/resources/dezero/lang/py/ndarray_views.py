# numpy's basic indices give views: writes through a view reach its base and back; fancy indices copy
import numpy as np
a = np.arange(12).reshape(3, 4)
a[0][1] = 50
print(a)
b = a[1]
b[2] = -7
print(a[1, 2], b)
a[1] = 9
print(b)
c = a[:, 1:3]
c += 100
print(a)
d = c[::2]
d[...] = 0
print(a, c, sep="\n")
for row in a:
    row *= 2
print(a)
e = a[[0, 2]]
e[0] = 1
print(a[0])
m = a[a > 100]
m[:] = 1
print(a)
x = np.zeros((2, 3))
x[0, :][1] = 3
print(x)
y = x[None, 0]
y[0, 0] = 4
print(x, y.shape)
z = x[..., 1]
z[:] = 8
print(x)
f = np.ones(4)
g = f[1:3]
f += 1
print(g)
np.random.seed(0)
h = np.arange(6).reshape(3, 2)
k = h[:2]
np.random.shuffle(h)
print(h, k)
p = np.zeros(6)
q = p[:3]
print(q)
r = p.reshape(2, 3)
r[0, 0] = 5
print(q)
s = q.reshape(3, 1)
s[1, 0] = 6
print(p, q)
t = np.arange(8.0).reshape(2, 4)[:, 1:]
u = t.reshape(-1)
u[0] = 100
print(t)
w = np.zeros((3, 3))
wv = w[1:]
w2 = wv[:, 1]
w[2, 1] = 9
print(w2, wv[1])

# float64 in-place operators of one shape write element for element, also through a view
s = np.zeros((2, 3))
t = s[1]
t -= np.ones(3) * 0.5
u = s[:, 0]
u *= np.array([3.0, 4.0])
w = np.ones((2, 2))
w -= 0.1 * np.full((2, 2), 2.0)
print(s, t, w, sep="\n")
b32 = np.zeros(3, dtype=np.float32)
b32 -= 0.2 * np.array([1.0, 1e-9, 3.0])
print(b32, b32.dtype, b32[1])
