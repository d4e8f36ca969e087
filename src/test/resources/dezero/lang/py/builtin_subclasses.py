# Classes derived from list, dict and set keep their items in the base and add behaviour, as
# CPython 3.11 runs them.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, repr(s), str(s), len(s), s.peek(), s[0], s[1:3], s[-2:], type(s).__name__, type(s[1:3]).__name__)
print(isinstance(s, list), isinstance(s, Stack), bool(s), bool(Stack()), 3 in s, 9 in s)
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s, s != [1], s == Stack([1, 2, 3, 4]), list(s), sorted(s, reverse=True), sum(s))
s[0] = 10
del s[1]
s[1:2] = [7, 8]
s.extend([5])
s.sort()
s.insert(0, -1)
print(s, s.index(7), s.count(8), s.pop(), s, [x * 2 for x in s], list(reversed(s)))
t = s + [100]
print(t, type(t).__name__)
s += [200]
print(s, type(s).__name__, s * 2, 2 * Stack([0]))
print([s, Stack()], {'k': s})
attempt(lambda: {s: 1})
attempt(lambda: hash(s))
attempt(lambda: s[99])
print(s.copy(), type(s.copy()).__name__)


class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return self.name + super().__repr__()


n = Named('xs', (1, 2))
print(n, n.name, len(n), [n])


class Clamped(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            i = max(0, min(i, len(self) - 1))
        return super().__getitem__(i)


c = Clamped([1, 2, 3])
print(c[10], c[-10], c[0:2])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1


w = Counter()
for ch in 'hello world':
    w.add(ch)
print(w, len(w), w['l'], w['z'], 'z' in w, sorted(w.items())[:3], list(w)[:3], w.get('o'), w.get('q', -1))
print(isinstance(w, dict), w == {'h': 1, 'e': 1, 'l': 3, 'o': 2, ' ': 1, 'w': 1, 'r': 1, 'd': 1}, dict(w) == w)


class Config(dict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setdefault('debug', False)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


cfg = Config(lr=0.1, epochs=3)
cfg['batch'] = 32
print(cfg, cfg.lr, cfg.epochs, cfg.debug, cfg.batch, list(cfg.keys()), list(cfg.values()))
del cfg['batch']
cfg.update({'lr': 0.01}, seed=1)
print(cfg, cfg.pop('seed'), cfg, {**cfg}, dict(cfg), len(cfg))
attempt(lambda: cfg.missing)
attempt(lambda: cfg['missing'])
plain = dict(a=1)
print(Config(**plain), dict(Config(x=1)))


def show(**kw):
    return sorted(kw.items())


print(show(**Config(x=1)))


class Tags(set):
    def tag(self, *names):
        for n in names:
            self.add(n)
        return self


tg = Tags(['b'])
tg.tag('a', 'c')
print(sorted(tg), len(tg), 'a' in tg, isinstance(tg, set), tg == {'a', 'b', 'c'}, repr(Tags()), type(tg).__name__)
for x in sorted(tg):
    print(x)
print(sorted(tg | {'z'}), sorted({'z'} | tg), tg & {'a'}, sorted(tg - {'a'}), sorted(tg ^ {'a', 'q'}), type(tg | {'z'}).__name__)
tg |= {'d'}
tg -= {'b'}
print(sorted(tg), type(tg).__name__)
attempt(lambda: tg | [1])
s2 = Stack([1])
s2 *= 3
print(s2, type(s2).__name__, s2 < [2], [0] < s2, s2 >= [1, 1, 1], Stack([1, 2]) > Stack([1]))
c2 = Counter(a=1)
c2 |= {'b': 2}
print(c2, type(c2).__name__, c2 | {'c': 3}, {'c': 3} | c2, c2['zz'])
print(repr(Tags(['x'])), str(Tags()), [Tags(['y'])])
attempt(lambda: 5 + Stack([1]))
attempt(lambda: Stack([1]) + 5)
attempt(lambda: Stack([1]) * 'a')
attempt(lambda: Counter() | 5)
attempt(lambda: Stack([1]) < 5)
attempt(lambda: Tags() <= {1})
attempt(lambda: Tags() < [1])
attempt(lambda: Stack(1))
attempt(lambda: Counter(1, 2))
print({1} <= {1, 2}, {1} < {1}, {1, 2} >= {2}, {3} > {3}, {1, 2} > {1}, set() < {0}, Tags([1]) < {1, 2})
