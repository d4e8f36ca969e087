# os.path.dirname and os.path.split as posixpath has them: trailing slashes of the head go,
# unless the head is all slashes; and the parser's precedence levels, loosest to tightest
import os
for p in ['/a/b', '/a/b/', 'a', '', '/', '//', '///x', 'a//b', '//a//b//', 'x/']:
    print(repr(p), repr(os.path.dirname(p)), os.path.split(p))
print(1 | 2 ^ 3 & 4 << 1 + 2 * 3 - 4 // 2 % 3, 6 - 2 - 1, 2 ** 3 ** 2, -2 ** 2, 7 // 2 * 3)
print(True or False and not False, 2 or 3 and 0, not 1 == 2, [x for x in [1, 2] if x or 0])
