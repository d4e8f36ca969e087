# Structural pattern matching (Python 3.10's match statement), as CPython 3.11 runs it.
import numpy as np


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


class Color:
    RED = 'red'
    BLUE = 'blue'


def describe(v):
    match v:
        case None:
            return 'none'
        case True | False as b:
            return f'bool {b}'
        case 0 | 0.0:
            return 'zero'
        case -1:
            return 'minus one'
        case int(n) if n > 100:
            return f'big int {n}'
        case int() | float():
            return f'number {v}'
        case 'hello' | 'hi':
            return 'greeting'
        case Color.RED:
            return 'the red color'
        case str(s):
            return f'string of {len(s)}'
        case []:
            return 'empty sequence'
        case [x]:
            return f'one item {x}'
        case [first, *_, last] if first == last:
            return f'same ends {first}'
        case (a, b, *rest):
            return f'at least two: {a}, {b}, rest {rest}'
        case {'kind': 'circle', 'r': r}:
            return f'circle of radius {r}'
        case {'kind': k, **others}:
            return f'a {k} with {sorted(others)}'
        case {}:
            return 'a mapping'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on the y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'a point'
        case _:
            return f'something else: {type(v).__name__}'


for v in [None, True, False, 0, 0.0, -1, 1000, 7, 2.5, 'hi', 'red', 'abc', [], [1], (4, 2, 4), [1, 2, 3], (1, 2),
          {'kind': 'circle', 'r': 2}, {'kind': 'square', 'w': 1, 'h': 2}, {'x': 1}, Point(0, 0), Point(0, 5),
          Point(3, 3), Point(1, 2), range(3), {1, 2}, 'hello']:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))

match = 'still a name'
print(match)


def match_fn(x):
    return x * 2


print(match_fn(3))
command = 'go north'
match command.split():
    case ['go', direction]:
        print('going', direction)
    case _:
        print('?')
for c in [[1, [2, 3]], [1, [2]]]:
    match c:
        case [1, [2, (3 | 4) as z]]:
            print('nested', z)
        case _:
            print('no nested match')
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print('TypeError', e)

# an array's truth is ambiguous: the error points at the literal it was compared with
describe(np.zeros(2))
