# Classes: inheritance, super(), special methods, properties, class attributes.
class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return Vec(self.x + other.x, self.y + other.y)

    __radd__ = __add__

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __call__(self, scale=1):
        return self * scale

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def norm(self):
        return abs(self)

    @staticmethod
    def zero():
        return Vec(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 0)


class Vec3(Vec):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f'Vec3({self.x}, {self.y}, {self.z})'


a = Vec(1, 2)
b = Vec(3.5, -1)
print(a + b, 1 + a, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a == 3, len(a), a[1], list(a), a(2))
print(sorted([b, a, Vec(0, 1)]), a.norm, Vec.zero(), Vec.unit(), Vec3.unit)
v3 = Vec3(1, 2, 3)
print(v3, Vec3.dims, Vec.dims, isinstance(v3, Vec), issubclass(Vec3, Vec), type(v3).__name__)
print({a: 'a', Vec(1, 2): 'again'}, hasattr(a, 'x'), hasattr(a, 'w'), getattr(a, 'w', 'none'))
x, y = a
print(x, y, [c for c in b], max([a, b, Vec(0, 1)]))
Vec.__sub__ = lambda self, o: self + -o
print(b - a)
setattr(a, 'x', 10)
print(a.x, vars if False else 'ok', Vec.__name__, Vec3.__mro__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)


class Base:
    def hello(self):
        return 'base ' + self.name()

    def name(self):
        return 'Base'


class Child(Base):
    def name(self):
        return 'Child'

    def hello(self):
        return super().hello() + '!'


print(Child().hello(), Base().hello())
