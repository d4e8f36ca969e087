# Generators driven by send, throw and close, and a decorator that copies its function's __name__,
# as CPython 3.11 runs them.


def averager():
    total, n = 0.0, 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            print('reset by', e)
            total, n, avg = 0.0, 0, None
            continue
        total += v
        n += 1
        avg = total / n


a = averager()
print(next(a), a.send(10), a.send(20))
print(a.throw(ValueError('throw')), a.send(4))
print(a.throw(ValueError, 'by type and value'))
a.close()
try:
    a.send(1)
except StopIteration:
    print('closed')


def once():
    yield 1


g = once()
for bad in [lambda: g.send(5), lambda: g.send(), lambda: g.throw()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)


def named(f):
    def wrapper(*args):
        return f(*args)
    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    wrapper.__doc__ = f.__doc__
    return wrapper


@named
def square(x):
    """Squares."""
    return x * x


print(square(3), square.__name__, square.__qualname__, square.__doc__, repr(square).split(' at ')[0])


class A:
    """Doc of A."""

    def f(self):
        "m"


class B:
    pass


def nodoc():
    pass


print(A.__doc__, A.f.__doc__, A().f.__doc__, B.__doc__, B().__doc__, nodoc.__doc__)
