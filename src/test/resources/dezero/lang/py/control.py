# Control flow, functions, closures, generators, exceptions.
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw


print(f(1), f(1, 5, 6, 7, c=8, d=9), f(*[1, 2, 3], **{'c': 0}))


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c = make_counter()
c()
c(5)
print(c())
total = 0


def add_total(n):
    global total
    total += n


for i in range(5):
    add_total(i)
print(total)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print([next(g) for _ in range(10)])


def squares(n):
    for i in range(n):
        if i == 3:
            continue
        if i == 6:
            break
        yield i * i


print(list(squares(10)), sum(squares(10)), tuple(x for x in squares(10) if x))
i = 0
while i < 10:
    i += 3
else:
    print('while else', i)
for i in []:
    pass
else:
    print('for else')


def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print('error:', e)
        return None
    else:
        print('ok')
        return r
    finally:
        print('finally', a, b)


print(divide(1, 2), divide(1, 0))
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}['missing']
except LookupError as e:
    print(repr(e), str(e))
try:
    raise ValueError('bad value', 42)
except Exception as e:
    print(e.args, e)


class MyError(Exception):
    pass


try:
    raise MyError('custom')
except MyError as e:
    print('caught', e, isinstance(e, Exception))
try:
    try:
        int('x')
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e)
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('assert', e)
print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)})
words = ['banana', 'Apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(None, [0, 1, '', 'a'])), list(enumerate('ab', 1)))
print(any([0, 0, 1]), all([]), min(3, 1, 2), max('abc'), abs(-2.5), round(2.5), round(3.5), round(2.675, 2))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000), 10 ** -2, 7 / 2, 7 // 2, -7 // 2, 7 % -3)
print(int('42'), int(3.9), int(-3.9), float('1e3'), str(12), bool([]), list(range(10, 0, -3)), list(reversed([1, 2])))
x = 5
print('big' if x > 3 else 'small', 1 < x < 10, 1 < x > 10, x is None, x is not None, 3 in [1, 2, 3], 'a' not in 'xyz')
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
del c
try:
    print(c)
except NameError as e:
    print(e)
n = 0
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    n += i * p * q
print(n, 2 ** 64, -2 ** 63 - 1, 12345678901234567890 * 98765432109876543210)
print(1e16, 1.5e-7, 0.1 * 3, 1 / 3, 2.0, -0.0, float('inf'), float('nan'), 3.0 * 1e300 * 1e10)
