# open()'s file errors as CPython 3.11's OSError subclasses: missing, existing (mode x), a file used as a
# directory, a directory. (Run as root or not, the same four.)
import os
for args in [('/tmp/nope/x.txt',), ('/etc/passwd', 'x'), ('/etc/passwd/x',), ('/tmp',)]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e)
