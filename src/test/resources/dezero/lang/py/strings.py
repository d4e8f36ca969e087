# Strings: formatting, methods, slicing, f-strings.
s = 'Hello, World'
print(s[0], s[-1], s[:5], s[7:], s[::2], s[::-1], len(s), s.upper(), s.lower())
print(s.split(', '), ' a b  c '.split(), s.replace('l', 'L'), s.find('World'), s.startswith('Hell'))
print('-'.join(['a', 'b', 'c']), '  pad  '.strip(), 'x'.center(5, '*'), '42'.zfill(5), 'abc'.title())
print('%d items at %.2f each = %8.3f' % (3, 1.5, 4.5), '%s|%r|%5s|%-5s|' % ('a', 'b', 'c', 'd'))
print('{} {} {}'.format(1, 'two', 3.0), '{0}{1}{0}'.format('a', 'b'), '{name}={value:.3f}'.format(name='pi', value=3.14159))
pi = 3.141592653589793
i = 7
print(f'{pi:.4f} {i:2d} {i:03d} {pi:+.3e} {pi:10.2f}| {"x":>4}| {i!r} {s!r} {pi:g} {1e-7:g} {123456789.0:g}')
print(f'{i * 2} {[i, i + 1]} {{literal}} {s[:2]=}')
print(f'{1234567.891:,.2f} {0.25:%} {255:x} {255:#b} {-3:5} {True} {None}')
print(repr('tab\there'), repr("it's"), repr('say "hi"'), str(b'x' if False else 'ok'))
print('a' * 3, 'ab' + 'cd', 'b' in 'abc', 'abc' < 'abd', ord('A'), chr(97), 'x,y,,z'.split(','))
print('line1\nline2'.splitlines(), 'CamelCase'.isalpha(), '123'.isdigit(), ' '.isspace(), 'a1'.isalnum())
print('%5.1f%%' % 99.5, '%x %o %e' % (255, 8, 12345.6789), '%(a)s-%(b)d' % {'a': 'x', 'b': 2})
print(str(1.0), str(100.0), str(1e22), str(0.0001), str(1e-5), 1/7, 2/3*3, 0.1+0.7)
