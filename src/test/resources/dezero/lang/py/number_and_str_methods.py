# The parts of numbers, float's exact binary forms, and str's case folding, identifiers,
# translation tables and format_map, as CPython 3.11 answers them.


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# int and float parts (bool is an int)
for n in [7, -3, True, 2 ** 70]:
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.bit_count(), n.as_integer_ratio())
for x in [2.5, -0.0, 1e300]:
    print(x.real, x.imag, x.conjugate())

# float.hex and float.fromhex, back and forth
for x in [0.1, 3.0, -1.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan')]:
    h = x.hex()
    print(h, float.fromhex(h), x.as_integer_ratio() if x == x and abs(x) != float('inf') else '')
for text in ['  0x1.8p1 ', '1', 'ff', '0x.8', '0X1.P-2', '-INF', 'Infinity', 'nan', '0x1p-1080',
             '0x1.fffffffffffff8p1023', '0x1p99999', '0x1p-99999999999999999999', '', '0x', 'p1',
             '0x1p', '1.2.3', 'x1', '0x1g']:
    attempt(lambda: float.fromhex(text))
attempt(lambda: float.fromhex(1))
attempt(lambda: (1.0).fromhex('0x3p0'))
attempt(lambda: float('nan').as_integer_ratio())
attempt(lambda: float('inf').as_integer_ratio())

# str.casefold and str.isidentifier
for s in ['Straße', 'ΣΑΣ', 'ſ', 'ﬁ', 'İstanbul', 'ı', 'ẞ', 'Ꭰᏸꭰ', 'ABC']:
    print(repr(s.casefold()), s.casefold() == s.lower())
for s in ['x', '_x1', '1x', '', 'class', 'π', 'a-b', 'a b', 'x\u0300', '\u2e2f', 'ℵ0', 'a\u00b7b']:
    print(repr(s), s.isidentifier())

# str.maketrans and str.translate
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdabcd'.translate(t))
print('hello'.translate({ord('l'): 'L!', ord('o'): None, 104: 72}))
print(sorted(str.maketrans({'a': 'b', 98: None}).items()))
print('abc'.translate(str.maketrans({'a': 'b', 98: None})))


class Upper:
    """A mapping by __getitem__ alone: a LookupError leaves a character as it is."""

    def __getitem__(self, key):
        if isinstance(key, str):
            return key.upper()
        if chr(key) in 'xyz':
            raise IndexError(key)
        if chr(key) == '!':
            raise RuntimeError('not a lookup error')
        return ord(chr(key).upper())


print('abcxyz'.translate(Upper()))
attempt(lambda: 'a!'.translate(Upper()))
print('{name} is {age}'.format_map(Upper()))
print('{x[0]}'.format_map({'x': [5]}))
attempt(lambda: '{missing}'.format_map({}))
attempt(lambda: '{0}'.format_map({}))
attempt(lambda: str.maketrans('ab', 'x'))
attempt(lambda: str.maketrans(1, 'x'))
attempt(lambda: str.maketrans('a', 1))
attempt(lambda: str.maketrans('a', 'b', 3))
attempt(lambda: str.maketrans(['a']))
attempt(lambda: str.maketrans({'ab': 1}))
attempt(lambda: str.maketrans({1.5: 1}))
attempt(lambda: str.maketrans())
attempt(lambda: 'a'.translate({97: 1.5}))
attempt(lambda: 'a'.translate({97: -1}))
attempt(lambda: 'a'.translate({97: 0x110000}))
attempt(lambda: 'a'.translate())
attempt(lambda: 'a'.casefold(1))
