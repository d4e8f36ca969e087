# Everyday Python beyond the book's: decorators with arguments, the walrus, generators fed by send,
# nonlocal and global, comprehensions, properties with setters, f-string formats, unpacking, with of
# two files, as CPython 3.11 runs them.
import math
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco('<')
def add(a, b=2, *rest, c=3, **kw):
    return a + b + c + sum(rest) + len(kw)
print(add(1), add(1, 2, 3, 4, c=0, z=1), add.__name__)
if (n := 10) > 5:
    print('walrus', n)
def gen():
    x = yield 1
    print('got', x)
    yield from range(2)
g = gen(); print(next(g)); print(g.send('hi')); print(list(g))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter(); inc(); print(inc())
G = 1
def setg():
    global G
    G = 2
setg(); print(G)
print([x * y for x in range(3) for y in range(3) if x != y], {k: v for k, v in zip('ab', (1, 2))})
print(1 < 2 < 3, 1 < 3 < 2, 'yes' if [] else 'no', not None, None is None, 'a' in 'abc')
try:
    raise ValueError('bad')
except (TypeError, ValueError) as e:
    print('caught', repr(e))
else:
    print('else')
finally:
    print('fin')
class Base:
    __slots__ = ()
class P:
    def __init__(self, v): self._v = v
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 2
    def __repr__(self): return f'P({self._v!r})'
    def __eq__(self, o): return isinstance(o, P) and o._v == self._v
    def __hash__(self): return hash(self._v)
    def __lt__(self, o): return self._v < o._v
p = P(1); p.v = 5; print(p, p.v, sorted([P(3), P(1)]), {P(1), P(1)}, P(2) == P(2))
print(f"{math.pi:.3f} {'x'!r:>5} {3:03d} {255:#x} {1e-5:g} {12345.678:,.1f} {True!s}")
a, (b, *c) = 1, (2, 3, 4); print(a, b, c)
print(*[1, 2], sep=', '); print(dict(**{'a': 1}, b=2))
x = [1, 2, 3]; del x[0]; print(x); x[1:] = [7, 8]; print(x)
assert len(x) == 3, 'len'
lam = lambda *a, k=1: (a, k); print(lam(1, 2, k=3))
print(type(None).__name__, type(print).__name__, isinstance(True, int), int('7') + float('1.5'))
print(str(b'abc') if False else 'bytes skipped', bytes([65, 66]) if False else '')
with open('/tmp/lang1.txt', 'w') as f1, open('/tmp/lang1b.txt', 'w') as f2:
    f1.write('a'); f2.write('b')
print(open('/tmp/lang1.txt').read() + open('/tmp/lang1b.txt').read())
class Meta(type):
    pass
print(sum(i for i in range(5)), max(range(3), key=lambda v: -v), divmod(-7, 2), -7 // 2, -7 % 2, 2 ** -1, 10 / 4)
print('%5.2f|%-4s|%d%%' % (3.14159, 'ab', 5), '{:>6}'.format('r'), 'abc'[::-1], 'a,b,,c'.split(','))
