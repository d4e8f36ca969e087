"""Expected outputs for dezero.lang.library's formatting tests, produced by CPython 3.11.

Regenerate with:
    python3 src/test/resources/dezero/lang/library/gen_format_cases.py
which writes format_cases.tsv and unicode_cases.tsv beside this script.

One case a line, tab-separated: kind, inputs..., expected. Fields escape backslash, tab, CR and
newline as \\ \t \r \n. Values are encoded in prefix form: N (None), i<int>, f<float.hex>;
(the ';' ends it), b0/b1, s<len>:<text> (len in UTF-16 units, as Java counts), t<n>:items (tuple),
l<n>:items (list), d<n>:key value ... (dict).
Expected is '=' + result (encoded value for methods, text otherwise) or
'!' + exception class name + ':' + str(exception).
"""
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
rng = random.Random(20261130)
out = []


def enc(v):
    if v is None:
        return 'N'
    if v is True or v is False:
        return 'b1' if v else 'b0'
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # the case file holds ints past the limit the cases test
        text = 'i%d' % v
        sys.set_int_max_str_digits(limit)
        return text
    if isinstance(v, float):
        return 'f' + v.hex() + ';'
    if isinstance(v, str):
        return 's%d:%s' % (len(v.encode('utf-16-le')) // 2, v)
    if isinstance(v, tuple):
        return 't%d:' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, list):
        return 'l%d:' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, dict):
        return 'd%d:' % len(v) + ''.join(enc(k) + enc(x) for k, x in v.items())
    raise TypeError(type(v))


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def run(kind, fields, thunk, encode_result=False):
    try:
        r = thunk()
        res = '=' + (enc(r) if encode_result else r)
    except Exception as e:  # the message is part of the expectation
        res = '!' + type(e).__name__ + ':' + str(e)
    if len(res) > 400 or any('\ud800' <= c <= '\udfff' for c in res + ''.join(fields)):
        return
    out.append('\t'.join([kind] + [esc(f) for f in fields] + [esc(res)]))


# ---- float repr / str -------------------------------------------------------------------
def random_float():
    k = rng.random()
    if k < 0.3:
        return rng.uniform(-1000, 1000)
    if k < 0.5:
        return rng.choice([-1, 1]) * 10.0 ** rng.uniform(-320, 308)
    if k < 0.6:
        return float(rng.randint(-10**6, 10**6)) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 3])
    if k < 0.7:
        import struct
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k < 0.8:
        return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e15, 9999999999999998.0,
                           1e-4, 1e-5, 0.0001, 123456789.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
                           float('inf'), float('-inf'), float('nan'), 0.1, 0.2, 0.3, 2.675, 1.005])
    return round(rng.uniform(-100, 100), rng.randint(0, 6))


FLOATS = [random_float() for _ in range(600)]
for x in FLOATS[:400]:
    run('floatrepr', [enc(x)], lambda: repr(x))
    run('floatstr', [enc(x)], lambda: str(x))

for text in ['1', ' 1.5 ', '-2e3', '+.5', '5.', '.', '', ' ', 'inf', '-Infinity', 'NaN', '-nan', 'nAn', 'infinit',
             '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '0x10', '1d', '1f', '1e', 'e5', '1e+', '1.5e-3',
             '\u0661\u0662.5', '\uff11\uff12', '\u00a012\u2003', '1e500', '-1e500', '1e-400', '12abc', 'abc', '--1',
             '4.35', '0.1e0_1', '1 2', '\t-0.0\n', '00001', '1E5', '3.4028235677973366e+38', '2.2250738585072011e-308',
             '9007199254740993', '0.30000000000000004', 'infinity ', ' +InF']:
    run('floatparse', [enc(text)], lambda: repr(float(text)))
for x in FLOATS[:300] + [2.675, 0.125, 0.375, 2.5, -2.5, 1.5, 0.5, -0.5, -0.4, 1e300, 1.7976931348623157e308, 5e-324,
                         123456.789, -0.0, 1e16 + 2]:
    for n in [None, 0, 1, 2, 3, -1, -2, 5, 15, 400, -400]:
        run('round', [enc(x), enc(n)], lambda: enc(round(x, n)) if n is not None else enc(round(x)))

# ---- format(value, spec) -----------------------------------------------------------------
INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1000, 1234567, -1234567, 65, 0x10FFFF, 0x110000, 2**31, -2**31,
        2**63 - 1, -2**63, 2**64, -2**64 + 1, 3**50, -(7**40), 10**20, 123456789012345678901234567890]


def spec_part(options, p):
    return rng.choice(options) if rng.random() < p else ''


def random_spec():
    fill_align = ''
    if rng.random() < 0.35:
        fill_align = spec_part(['', '', '*', '0', ' ', 'x', '\u00e9', '{', '}'], 0.6) + rng.choice('<>^=')
    sign = spec_part(['+', '-', ' '], 0.3)
    z = spec_part(['z'], 0.08)
    alt = spec_part(['#'], 0.15)
    zero = spec_part(['0'], 0.2)
    width = spec_part([str(rng.randint(0, 25))], 0.5)
    group = spec_part([',', '_', ',_', '_,'], 0.15)
    prec = spec_part(['.' + str(rng.randint(0, 20)), '.', '.0', '.1', '.30'], 0.4)
    typ = spec_part(list('bcdoxXneEfFgG%s') + ['', 'r', 'ff'], 0.8)
    return fill_align + sign + z + alt + zero + width + group + prec + typ


def random_number():
    k = rng.random()
    if k < 0.4:
        return rng.choice(FLOATS)
    if k < 0.55:
        return rng.choice(INTS)
    if k < 0.75:
        return rng.randint(-10**rng.randint(1, 25), 10**rng.randint(1, 25))
    if k < 0.8:
        return rng.choice([True, False])
    return rng.choice(['', 'a', 'abc', 'hello world', 'caf\u00e9', '\u4e2d\u6587', 'x' * 30, '\U0001F600ok'])


for _ in range(6000):
    v = random_number()
    s = random_spec()
    run('spec', [enc(v), s], lambda: format(v, s))
for v in [1.0, 0.1, 1e16, 1e-5, 1234.5, -0.0, 100.0, 1e300, float('nan'), float('inf'), 12345678.9, 0.5, 2.5]:
    for s in ['', 'g', '.0', '.1', '.2', '.3', '.12', '.17', '#', '#.3', '#g', '#.3g', '.0g', '.0e', '#.0e',
              '#.0f', '.0f', '.1%', '%', 'n', 'e', 'E', 'F', 'G', '010', '010,', '012,.2f', '+', ' ', 'z', 'z.1f',
              '-^20', '*>12.3e', '=+015.4f', '_', ',.3f', '_.1e']:
        run('spec', [enc(v), s], lambda: format(v, s))
for v in [0, 1, -1, 255, -255, 1234567, True, False, 2**70, -2**70]:
    for s in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', '_b', '_x', '#_x', ',', '_',
              '010,', '#010x', '+d', ' d', '=10', '^9', '08b', '0=+#12_X', '.2', 'e', '.2%', 'z', 's', '5c', '+c']:
        run('spec', [enc(v), s], lambda: format(v, s))

for v in [10**4299, 10**4300, -10**4300, -10**4299]:
    for s in ['', 'd', ',', '>10', 'x', '.2e', 's']:
        run('spec', [enc(v), s], lambda: format(v, s))

# ---- printf-style '%' ----------------------------------------------------------------------
PCT_VALUES = [0, 5, -5, 42, 255, -255, 2**70, 3.14159, -2.5, 0.0, -0.0, 1e20, 1e-7, float('inf'), float('nan'),
              True, False, 'abc', '', 'hello', '\u00e9t\u00e9', None, [1, 2], (1,), 65, 0x110000, -1, 1.5e300]


def random_pct_conv():
    flags = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 0, 1, 2])))
    width = rng.choice(['', '', str(rng.randint(0, 15)), '*'])
    prec = rng.choice(['', '', '.' + str(rng.randint(0, 12)), '.', '.*'])
    conv = rng.choice('sssrrdddiiuffeEgGxXoccaa%' + 'y')
    return '%' + flags + width + prec + conv


for _ in range(3000):
    n = rng.choice([1, 1, 1, 2, 3])
    fmt = ''.join(rng.choice(['', 'x', ' ', '[', '] ']) + random_pct_conv() for _ in range(n))
    needed = fmt.count('%') - 2 * fmt.count('%%') + fmt.count('*')
    count = max(0, needed + rng.choice([0, 0, 0, 0, -1, 1]))
    items = tuple(rng.choice(PCT_VALUES) for _ in range(count))
    args = items[0] if count == 1 and rng.random() < 0.5 and not isinstance(items[0], tuple) else items
    if any(c in fmt for c in '*') and rng.random() < 0.7:
        items = tuple(rng.randint(-8, 12) if fmt.find('*') >= 0 and i == 0 else x for i, x in enumerate(items))
        args = items
    run('percent', [fmt, enc(args)], lambda: fmt % args)
for fmt in ['%d', '%s', '%r', '%x', '%5d']:
    run('percent', [fmt, enc(-10**4300)], lambda: fmt % -10**4300)
for fmt, args in [('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', ()), ('abc', []), ('%s', [1, 2]),
                  ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', {}), ('%(a)s', (1,)), ('%(a', {'a': 1}),
                  ('%(a)5.2f|%(a)-8d|', {'a': 3.14159}), ('%s %(a)s', {'a': 1}), ('%d', 'x'), ('%x', 1.5),
                  ('%d', 3.99), ('%d', -3.99), ('%i', float('nan')), ('%d', float('inf')), ('%c', 'ab'),
                  ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%c', 'z'), ('%c', 97), ('%f', 'x'), ('%f', 2**2000),
                  ('%', ()), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)), ('%*d', ('x', 1)), ('%.*f', (2, 3.14159)),
                  ('%*.*f', (-10, 3, 3.14159)), ('%5%', ()), ('%-5%', ()), ('%%%s', 1), ('%z', 1), ('%\u00e9', 1),
                  ('%y', ()), ('%ld %hd %Lf', (1, 2, 3.0)), ('%#o %#x %#X', (8, 255, 255)), ('%#5o|%#05o|%#-6x|', (8, 8, 255)),
                  ('%05s|%-05d|%+05d|% 05d', ('ab', 7, 7, 7)), ('%.3s|%-6.2s|%r', ('abcdef', 'xyz', 'q\'"')),
                  ('%a', ('caf\u00e9\n',)), ('%s', ((1, 2),)), ('%s', (1, 2)), ('%.0f %.0f %.0f %.0f', (0.5, 1.5, 2.5, -0.5)),
                  ('%#.0f %#.0e %#g %#.3g', (1.0, 1.0, 1.0, 0.0001)), ('%.20f', (0.1,)), ('%.15e', (1/3,)),
                  ('%g %g %g %g', (1e-5, 1e16, 123456789.0, 0.0001)), ('%10.4g|%-10.4G|', (3.14159e-10, 2.5e300)),
                  ('%+.3e|% .3E', (12345.678, -0.000123)), ('%.3d|%.5x|%+.4d', (7, 255, -3)), ('%e', 10**400),
                  ('%d', 10**30), ('%x', -2**70), ('%s', None), ('%r', None), ('%d', None), ('%s %s', 'ab'),
                  ('%(x)s %(x)r', {'x': 'y'}), ('%(a)s', [1]), ('%(a)*d', {'a': 1}), ('%(a)s %s', {'a': 1})]:
    run('percent', [fmt, enc(args)], lambda: fmt % args)

# ---- str.format --------------------------------------------------------------------------
FORMAT_CASES = [
    ('{}', (1,), {}), ('{} {}', (1, 'a'), {}), ('{0} {1} {0}', ('x', 'y'), {}), ('{1}', ('x',), {}),
    ('{}', (), {}), ('{0}{}', (1, 2), {}), ('{}{0}', (1, 2), {}), ('{name}', (), {'name': 'n'}),
    ('{name}', (), {}), ('{nm}', (), {'name': 1}), ('{0[1]}', ([10, 20],), {}), ('{0[a]}', ({'a': 5},), {}),
    ('{0[b]}', ({'a': 5},), {}), ('{0[5]}', ([1],), {}), ('{d[x]} {d[y]!r}', (), {'d': {'x': 1, 'y': 'z'}}),
    ('{0!r} {0!s} {0!a}', ('caf\u00e9',), {}), ('{!r:>10}', ('ab',), {}), ('{0!x}', (1,), {}),
    ('{0!}', (1,), {}), ('{0!rr}', (1,), {}), ('{0!', (1,), {}), ('{{}}', (), {}), ('{{{0}}}', (7,), {}),
    ('}', (), {}), ('{', (), {}), ('a}b', (), {}), ('a{b', (), {}), ('{0:{1}}', (3.14159, '.2f'), {}),
    ('{:{}.{}f}', (3.14159, 10, 3), {}), ('{:{w}.{p}f}', (2.5,), {'w': 8, 'p': 2}), ('{0:{1}{2}}', ('x', '>', 5), {}),
    ('{:{:{}}}', (1, 2, 3), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{:.4f}', (3.14159265,), {}), ('{:2d}', (5,), {}),
    ('{:+.3e}', (12345.6789,), {}), ('{i:2d}', (), {'i': 7}), ('{x:+.3e}', (), {'x': -0.00123}),
    ('{:>8}|{:<8}|{:^8}', ('a', 'b', 'c'), {}), ('{:*^11,}', (1234567,), {}), ('{:08.3f}', (-3.5,), {}),
    ('{:x} {:#X} {:o} {:b}', (255, 255, 8, 5), {}), ('{:%}', (0.25,), {}), ('{:.1%}', (1 / 3,), {}),
    ('{:,}', (10**12,), {}), ('{:_}', (10**7,), {}), ('{:e}', (0,), {}), ('{:d}', (1.5,), {}),
    ('{:s}', (1,), {}), ('{:.3}', ('abcdef',), {}), ('{:10.3}', ('abcdef',), {}), ('{}', (True,), {}),
    ('{:d}', (True,), {}), ('{:>5}', (False,), {}), ('{}', (None,), {}), ('{:>5}', (None,), {}),
    ('{}', ([1, 'a'],), {}), ('{!r}', ({'a': (1,)},), {}), ('{0[0]}', ('abc',), {}), ('{0[-1]}', ([1, 2],), {}),
    ('{0.real}', (1,), {}), ('{0[}', (1,), {}), ('{0]}', (1,), {}), ('{0[0]x}', ([1],), {}),
    ('{0[]}', ([1],), {}), ('{0.}', (1,), {}), ('{a{b}', (), {}), ('{:{}}', (1,), {}),
    ('{:{:{:{}}}}', (1, 2, 3, 4), {}), ('{0:}', (5,), {}), ('{:}', ('s',), {}), ('{!s:}', (2.5,), {}),
    ('{0:d}', ('x',), {}), ('{0:=5}', ('x',), {}), ('{:+}', ('x',), {}), ('{: }', ('x',), {}),
    ('{:#}', ('x',), {}), ('{:,}', ('x',), {}), ('{:z}', ('x',), {}), ('{:z}', (1,), {}), ('{:z.2f}', (-0.001,), {}),
    ('{:05}', ('ab',), {}), ('{:05}', (7,), {}), ('{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}', tuple(range(11)), {}),
    ('{99999999999999999999}', (), {}), ('{:99999999999999999999}', (1,), {}), ('{:.99999999999999999999}', (1.0,), {}),
    ('{:c}', (9731,), {}), ('{:c}', (-1,), {}), ('{:\u00e9^9}', ('\u4e2d',), {}), ('{0:\x00<4}', ('a',), {}),
    ('{!a}', ('\u4e2d\n\U0001F600',), {}), ('{!r}', ('\x00\x7f\x80\u200b',), {}), ('{ }', (), {' ': 1}),
    ('{0 }', (), {}), ('{-1}', (), {'-1': 'neg'}), ('{1_0}', (), {'1_0': 'u'}), ('{0.x.y}', (1,), {}),
    ('plain', (), {}), ('', (), {}), ('{}', ('',), {}), ('x{}y{}z', (1, 2.5), {}),
]
for tmpl, args, kwargs in FORMAT_CASES:
    run('format', [tmpl, enc(args), enc(kwargs)], lambda: tmpl.format(*args, **kwargs))
for tmpl, mapping in [('{a}-{b!r:>5}', {'a': 1, 'b': 'x'}), ('{a}', {}), ('{}', {'a': 1}), ('{0}', {'0': 1}),
                      ('{a[0]}', {'a': [7]})]:
    run('formatmap', [tmpl, enc(mapping)], lambda: tmpl.format_map(mapping))
for _ in range(600):
    v = random_number()
    s = random_spec()
    conv = rng.choice(['', '', '', '!r', '!s', '!a'])
    tmpl = rng.choice(['', 'v=', '[']) + '{0' + conv + (':' + s if s or rng.random() < 0.2 else '') + '}' + rng.choice(['', ']', ' {{x}}'])
    run('format', [tmpl, enc((v,)), enc({})], lambda: tmpl.format(v))

# ---- str methods ------------------------------------------------------------------------
ALPHABET = ['a', 'b', 'c', 'A', 'B', 'Z', '1', '2', '0', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\x0b', '\x0c',
            '\x1c', '\x1e', '\x85', '\xa0', '\u2028', '\u3000', ',', '.', '-', '_', "'", '"', '\\', 'ab', 'ba',
            '\u00e9', '\u00df', '\u0130', '\u03a3', '\u01c5', '\u4e2d', '\u00b2', '\u0663', '\u2167', '\U0001F600',
            'x', 'y', 'xyz', 'hello', 'World', '\x00', '\x7f', '\u200b', '\U000E0001']


def rstr(n=None):
    n = rng.randint(0, 8) if n is None else n
    return ''.join(rng.choice(ALPHABET) for _ in range(n))


def rsub():
    return rng.choice(['', 'a', 'b', 'ab', ' ', ',', 'x', 'xyz', 'A', '\u00e9', '\U0001F600', rstr(2)])


def ridx():
    return rng.choice([None, None, 0, 1, 2, -1, -3, 5, 100, -100])


def method(name, s, *args):
    run('method', [name, enc(s), enc(list(args))], lambda: getattr(s, name)(*args), True)


for _ in range(200):
    s = rstr(rng.randint(0, 12))
    for name in ['upper', 'lower', 'capitalize', 'title', 'isdigit', 'isalpha', 'isspace', 'isalnum',
                 'isupper', 'islower', 'istitle', 'swapcase', 'expandtabs', 'splitlines', 'strip', 'lstrip', 'rstrip',
                 'split', 'rsplit']:
        method(name, s)
    method('istitle', s.title())
    method('expandtabs', s, rng.choice([-1, 0, 1, 2, 4]))
    for name in ['removeprefix', 'removesuffix']:
        method(name, s, rsub())
        method(name, s, s[:rng.randint(0, len(s))] if name == 'removeprefix' else s[rng.randint(0, len(s)):])
    method('splitlines', s, True)
    for name in ['split', 'rsplit']:
        method(name, s, rng.choice([None, ' ', ',', 'a', 'ab', '\n', '']), rng.choice([-1, 0, 1, 2, 5]))
        method(name, s, None, rng.choice([-1, 0, 1, 2]))
        method(name, s, rsub())
    for name in ['strip', 'lstrip', 'rstrip']:
        method(name, s, rng.choice([None, ' ', 'ab', 'xa ', '\U0001F600a', rstr(2)]))
    for name in ['find', 'rfind', 'index', 'rindex', 'count']:
        method(name, s, rsub())
        method(name, s, rsub(), ridx())
        method(name, s, rsub(), ridx(), ridx())
    for name in ['startswith', 'endswith']:
        method(name, s, rsub())
        method(name, s, (rsub(), rsub()))
        method(name, s, rsub(), ridx(), ridx())
    method('replace', s, rsub(), rng.choice(['', '-', 'XY']))
    method('replace', s, rsub(), rng.choice(['', '-', 'XY']), rng.choice([-1, 0, 1, 2]))
    method('zfill', s, rng.randint(-1, 15))
    method('zfill', rng.choice(['+', '-', '']) + s, rng.randint(-1, 15))
    for name in ['center', 'ljust', 'rjust']:
        method(name, s, rng.randint(-1, 16))
        method(name, s, rng.randint(-1, 16), rng.choice(['*', '\u00e9', '\U0001F600', '0']))
    for name in ['partition', 'rpartition']:
        method(name, s, rsub())
    method('join', rng.choice(['', ', ', '-', s]), [rstr(rng.randint(0, 3)) for _ in range(rng.randint(0, 4))])
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    for w in range(0, 9):
        method('center', s, w)
        method('center', s, w, '*')
for s, args in [('a,b', ('',)), ('a', ('', 1)), ('a b', (None, -2)), ('abc', (1,)), ('x', ('ab', 'c')),
                ('x', ((1,),)), ('abc', ('',)), ('abc', ('', 'x', 2)), ('', ('', 'x')), ('ab', ('a', 'b', -1)),
                ('a', ('ab', 0))]:
    for name in ['split', 'rsplit', 'partition', 'rpartition', 'startswith', 'endswith', 'replace', 'find', 'index', 'count']:
        method(name, s, *args)
method('center', 'a', 5, 'ab')
method('ljust', 'a', 5, '')
method('join', ', ', ['a', 1])
method('join', ', ', ['a', 'b', None])
method('join', ', ', [2.5])
method('index', 'abc', 'z')
method('rindex', 'abc', 'z')
for s in ['', 'a', "'", '"', '\'"', 'a\nb\tc\\d\r', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad', 'caf\u00e9', '\u4e2d\u6587',
          '\u200b\u200e\u2028\u2029\u3000\ufeff', '\U0001F600\U0001F1FA', '\ue000\U000E0001\U0010FFFF\uffff',
          'it\'s "q"', "\\'", '\u0378\u0600\u061c\u1680']:
    run('repr', [enc(s)], lambda: repr(s))
    run('ascii', [enc(s)], lambda: ascii(s))
for _ in range(300):
    s = rstr(rng.randint(0, 6))
    run('repr', [enc(s)], lambda: repr(s))

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = '# generated by gen_format_cases.py (CPython %s, Unicode %s); do not edit\n' % (
    sys.version.split()[0], __import__('unicodedata').unidata_version)
with open(os.path.join(HERE, 'format_cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write(HEADER + '\n'.join(out) + '\n')

# ---- per-character tables: predicates as ranges of code points, case mappings that change ----
LAST = 0x30000
with open(os.path.join(HERE, 'unicode_cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write(HEADER)
    f.write('# predicate<TAB>first-last,... (hex code points below %x where it is True)\n' % LAST)
    f.write('# mapping<TAB>code point<TAB>mapped code points (hex; only where the mapping changes the character)\n')
    for name in ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower',
                 'isprintable', 'isidentifier', 'isidentifier_continue']:
        # isidentifier_continue: the character after a letter ('a' + c), where XID_Continue applies
        test = (lambda s: ('a' + s).isidentifier()) if name == 'isidentifier_continue' else getattr(str, name)
        ranges = []
        for c in range(LAST):
            if test(chr(c)):
                if ranges and ranges[-1][1] == c - 1:
                    ranges[-1][1] = c
                else:
                    ranges.append([c, c])
        f.write('predicate\t%s\t%s\n' % (name, ','.join('%x-%x' % (a, b) for a, b in ranges)))
    for name in ['upper', 'lower', 'title', 'capitalize', 'casefold']:
        for c in range(LAST):
            if 0xd800 <= c <= 0xdfff:
                continue
            mapped = getattr(chr(c), name)()
            if mapped != chr(c):
                f.write('mapping\t%s\t%x\t%s\n' % (name, c, ' '.join('%x' % ord(x) for x in mapped)))
