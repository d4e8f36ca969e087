# open(): text files written, appended, read back by line, by size and by iteration (universal newlines), and
# the errors of missing files, directories, bad modes and closed files
import os
name = os.path.join('/tmp', 'dezero-j-open-test.txt')
with open(name, 'w') as f:
    print(f.write('loss 0.5\n'), f.closed, f.name, f.mode)
    f.writelines(['a\n', 'b\r\n', 'c'])
print(f.closed)
with open(name, 'a') as f:
    f.write('\nmore ☃\n')
with open(name) as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
f = open(name)
print(repr(f.read(4)), repr(f.read()))
f.close()
print(open(name).readlines())
for bad in [lambda: open('nope.txt'), lambda: open('/tmp'), lambda: open(name, 'x'), lambda: open(name, 'q'),
            lambda: f.read(), lambda: open(name).write('x'), lambda: open(3.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
g = open(name, 'w')
try:
    g.read()
except OSError as e:
    print(type(e).__module__, type(e).__name__, e, isinstance(e, ValueError))
g.close()

os.remove(name)
