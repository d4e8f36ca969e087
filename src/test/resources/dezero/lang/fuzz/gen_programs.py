# Generates random programs over the statements of the language (loops, nested defs, closures,
# classes, exceptions, comprehensions, formatting) and records what CPython 3.11 prints for each,
# so the interpreter can be compared with the real thing. Seeded: rerun with
#   python3 src/test/resources/dezero/lang/fuzz/gen_programs.py
# to rewrite programs.tsv beside this file (one program per line: escaped source, tab, escaped
# output; the output includes the last line of any uncaught error).
import io
import os
import random
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261130)
NAMES = ['a', 'b', 'c', 'n', 'total']


def num():
    r = rng.random()
    if r < 0.5:
        return str(rng.randint(-20, 50))
    if r < 0.8:
        return repr(round(rng.uniform(-10, 10), rng.randint(0, 3)))
    return rng.choice(NAMES)


def expr(depth=0):
    if depth > 2 or rng.random() < 0.3:
        return num()
    op = rng.choice(['+', '-', '*', '/', '//', '%', '**', '<', '==', 'and', 'or'])
    left = expr(depth + 1)
    right = expr(depth + 1) if op != '**' else str(rng.randint(0, 3))
    if op in ('/', '//', '%'):
        right = '(%s or 1)' % right
    return '(%s %s %s)' % (left, op, right)


def statements(indent, depth, in_func):
    lines = []
    for _ in range(rng.randint(1, 4)):
        lines.extend(statement(indent, depth, in_func))
    return lines


def statement(indent, depth, in_func):
    pad = '    ' * indent
    kinds = ['assign', 'print', 'aug', 'list', 'fmt']
    if depth < 2:
        kinds += ['if', 'for', 'while', 'def', 'try', 'class', 'comp']
    k = rng.choice(kinds)
    if k == 'assign':
        return [pad + '%s = %s' % (rng.choice(NAMES), expr())]
    if k == 'print':
        return [pad + 'print(%s, %s)' % (expr(), expr())]
    if k == 'aug':
        return [pad + '%s %s= %s' % (rng.choice(NAMES), rng.choice(['+', '-', '*']), num())]
    if k == 'list':
        return [pad + 'print(sorted([%s, %s, %s]), [x * 2 for x in range(%d)])' % (
            num(), num(), num(), rng.randint(0, 5))]
    if k == 'fmt':
        return [pad + "print(f'{%s:.3f}|{%s!r:>8}|%%5.1f' %% %s)" % (num(), num(), num())]
    if k == 'comp':
        return [pad + 'print({i: i %% 3 for i in range(%d)}, sum(j for j in range(%d) if j %% 2))' % (
            rng.randint(0, 6), rng.randint(0, 9))]
    if k == 'if':
        out = [pad + 'if %s:' % expr()] + statements(indent + 1, depth + 1, in_func)
        if rng.random() < 0.5:
            out += [pad + 'elif %s:' % expr()] + statements(indent + 1, depth + 1, in_func)
        out += [pad + 'else:'] + statements(indent + 1, depth + 1, in_func)
        return out
    if k == 'for':
        v = rng.choice(['i', 'j']) + str(depth)
        body = statements(indent + 1, depth + 1, in_func)
        if rng.random() < 0.3:
            body.append(pad + '    if %s > %d:' % (v, rng.randint(0, 4)))
            body.append(pad + '        ' + rng.choice(['break', 'continue']))
        return [pad + 'for %s in range(%d):' % (v, rng.randint(0, 5))] + body
    if k == 'while':
        w = 'w%d' % depth
        return [pad + '%s = 0' % w, pad + 'while %s < %d:' % (w, rng.randint(0, 4)), pad + '    %s += 1' % w] + \
            statements(indent + 1, depth + 1, in_func)
    if k == 'def':
        name = 'f%d' % rng.randint(0, 3)
        inner = [pad + '    def inner(q=%s):' % num(), pad + '        return q + %s' % num()]
        body = statements(indent + 1, depth + 1, True)
        return [pad + 'def %s(a, b=%s, *rest, **kw):' % (name, num())] + inner + body + \
            [pad + '    return inner() if b else (a, rest, sorted(kw))',
             pad + 'print(%s(%s), %s(%s, %s, 7, z=1))' % (name, num(), name, num(), num())]
    if k == 'try':
        return [pad + 'try:'] + statements(indent + 1, depth + 1, in_func) + \
            [pad + '    print(%s)' % expr(),
             pad + 'except (ZeroDivisionError, TypeError, NameError) as e:',
             pad + '    print(type(e).__name__, e)',
             pad + 'finally:',
             pad + '    print("finally")']
    if k == 'class':
        return [pad + 'class K:',
                pad + '    def __init__(self, v):',
                pad + '        self.v = v',
                pad + '    def __add__(self, o):',
                pad + '        return K(self.v + (o.v if isinstance(o, K) else o))',
                pad + '    def __repr__(self):',
                pad + "        return 'K(%r)' % (self.v,)",
                pad + 'print(K(%s) + K(%s) + %s)' % (num(), num(), num())]


def program():
    lines = ['%s = %s' % (n, rng.randint(0, 9)) for n in NAMES]
    lines += statements(0, 0, False)
    return '\n'.join(lines) + '\n'


def run(src):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        exec(compile(src, '<program>', 'exec'), {'__name__': '__main__'})
    except Exception as e:
        print(traceback.format_exception_only(type(e), e)[-1].rstrip())
    finally:
        sys.stdout = old
    return out.getvalue()


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


with open(os.path.join(HERE, 'programs.tsv'), 'w') as f:
    for _ in range(300):
        src = program()
        f.write(esc(src) + '\t' + esc(run(src)) + '\n')
