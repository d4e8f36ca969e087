# More everyday Python: self-documenting f-strings, unpacking in displays, dict union, annotations,
# a class with the operator and container protocols, a swallowing context manager, zip(strict=True),
# dict views with set operations, __init_subclass__, next() with a default, as CPython 3.11.
x = 5
print(f"{x=}", f"{x * 2 = }", f"{'a'!r:>4}")
a = b = [1]
a += [2]
print(a, b, [*a, *'xy'], {**{'k': 1}, **{'j': 2}}, {'a': 1} | {'b': 2})
n: int = 3
def typed(p: int, q: 'str' = 'z') -> list[int]:
    return [p] * len(q)
print(n, typed(2))
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return Vec(*[p + q for p, q in zip(self.c, o.c)])
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __iadd__(self, o): self.c = [p + o for p in self.c]; return self
    def __neg__(self): return Vec(*[-p for p in self.c])
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __contains__(self, v): return v in self.c
    def __call__(self, k): return [p * k for p in self.c]
    def __bool__(self): return any(self.c)
    def __repr__(self): return 'Vec(' + ', '.join(map(str, self.c)) + ')'
    def __format__(self, spec): return 'V' + format(sum(self.c), spec)
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0].__name__ if exc[0] else None); return True
v = Vec(1, 2) + Vec(3, 4)
v += 1
print(v, -v, v[0], v[-1:], len(v), list(v), 3 in v, v(2), bool(Vec(0)), sum([Vec(1), Vec(2)]), f'{v:.1f}')
with Vec(1) as w:
    raise KeyError('swallowed')
print('after with')
print(list(zip([1, 2], 'ab', strict=True)), list(enumerate('ab', start=1)))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError', e)
d = {'a': 1, 'b': 2}
print(d.keys() & {'a'}, d.keys() - {'a'}, list(d.items())[0], d | {'c': 3})
class Reg:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Reg.subs.append(cls.__name__)
class One(Reg): pass
class Two(Reg): pass
print(Reg.subs)
it = iter([1, 2, 3])
print(next(it), next(it, 'd'), next(it), next(it, 'done'))
print(sorted({3: 'c', 1: 'a'}.items()), min({'b': 1, 'a': 2}), list(map(lambda p, q: p * q, [1, 2], [3, 4])))
print(isinstance([], (list, tuple)), issubclass(One, Reg), type(v).__name__, v.__class__.__name__, hasattr(v, 'c'))
print('{0}-{1}-{0}'.format('a', 'b'), '{name}'.format(name='n'), 'x'.join(['1', '2']), '  s '.lstrip(), 'Ab'.swapcase())
print(round(2.675, 2), round(-1.5), 7 // -2, 2 ** 100, 10 ** -2, 1e100, float('inf') - float('inf'), 0.1 + 0.2 == 0.3)
print(int(True), bool('False'), str(None), repr('it''s'), len('日本'), 'é'.upper(), chr(955), ord('λ'))
