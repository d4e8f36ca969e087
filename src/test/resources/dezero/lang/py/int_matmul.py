# Products of integer arrays sum in integers, as numpy's: exact past 2**53, wrapping at 2**64
# (int64), 2**32 (int32) and 2**8 (uint8); a bool product is True where any pair is.
import numpy as np

a = np.array([[2**40 + 1, 3], [5, -(2**41) - 7]])
b = np.array([[2**20 + 1, 1], [2, 2**22 + 3]])
print(a @ b)
print((a @ b).dtype)
print(np.dot(a[0], b[:, 0]))
print(a.T @ b.T)
print(np.array([2**62, 2**62]) @ np.array([2, 2]))
print(np.array([[3**39]]) @ np.array([[3]]))
c = np.array([[2**31 - 1, 2]], dtype=np.int32)
print(c @ np.array([[2], [1]], dtype=np.int32), (c @ c.T).dtype)
u = np.array([[200, 100]], dtype=np.uint8)
print(u @ np.array([[2], [1]], dtype=np.uint8))
t = np.array([[True, False], [False, False]])
print(t @ t, (t @ t).dtype)
s = np.arange(8).reshape(2, 2, 2) * (2**30 + 1)
print(s @ s)
print(np.array([1, 2]) @ (np.arange(6).reshape(2, 3) * 2**53 + 1))
print(np.array([[1, 2]]) @ np.array([[0.5], [0.25]]))
