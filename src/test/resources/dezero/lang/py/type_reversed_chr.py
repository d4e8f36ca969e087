# type(name, bases, dict), reversed() of sequences and dicts only, int()'s base and chr()'s range, as CPython 3.11.
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
x = X()
print(X, X.__name__, x.a, x.f(), isinstance(x, X), type(x) is X)
Y = type('Y', (X,), {'__repr__': lambda self: 'Y!'})
print(Y(), Y.__mro__, Y().f())
L2 = type('L2', (list,), {})
l2 = L2([1, 2])
print(l2, len(l2), type(l2).__name__)
for bad in [(1, (), {}), ('Z', [], {}), ('Z', (), []), ('Z',), ('Z', (), {}, 1)]:
    try:
        type(*bad)
    except TypeError as e:
        print('TypeError', e)
print(list(reversed({1: 2, 3: 4})), list(reversed(range(3))), list(reversed('ab')))
for bad in ['reversed(1)', 'reversed({1})', "int('1', 37)", "int('1', 1)", 'chr(-1)', 'chr(0x110000)']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(int('z', 36), int('10', 0), chr(0x10ffff) == '\U0010ffff')
