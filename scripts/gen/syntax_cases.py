"""CPython 3.11's SyntaxErrors for SyntaxErrorCasesTest: for each source, what compile() reports.

Run with the python3 on the PATH, from the repository root:
    python3 scripts/gen/syntax_cases.py > src/test/resources/dezero/lang/syntax_errors.tsv
Each line: the source with backslash, newline and tab escaped, the error class, its message, its
line and its 1-based column (CPython's lineno and offset).
"""

cases = [
 "improt numpy as np", "x = 1 2", "f(a b)", "[1 2]", "print 'x'", "a b c", "x = (1 2)",
 "if x iis not None:\n    pass", "if x\n    pass", "while x y:\n    pass", "while x\n    pass",
 "for i in x y:\n    pass", "for i in x\n    pass", "class A-dd(F):\n    pass", "class A(F)\n    pass",
 "class A(F) x:\n    pass", "def f(x) y:\n    pass", "def f(x)\n    pass", "def f x:\n    pass",
 "def __cal(l__(self, input):\n    pass", "def f(a, b c):\n    pass", "try x:\n    pass", "try\n    pass",
 "with open(f) as g h:\n    pass", "with open(f) as g\n    pass", "else x:\n    pass",
 "if x:\n    pass\nelse x:\n    pass", "if x:\n    pass\nelif y z:\n    pass", "if x:\n    pass\nelif y\n    pass",
 "try:\n    pass\nexcept E x:\n    pass", "try:\n    pass\nexcept E\n    pass", "try:\n    pass\nfinally x:\n    pass",
 "lambda x y: 1", "lambda x 1", "f(x for x in y z)", "{1: 2 3: 4}", "x = [1, 2\ny = 3", "return\\ y",
 "x = 1 +\\ 2", "def f():\n    x = (1,\n    y = 2\n", "class A(F:\n    pass", "x = f(a, b\n",
 "def f(self, # data):\n    self.data = data\n", "def f(:\n  pass", "x = $", "x = 1\n  y = 2", "if x:\ny = 2",
 "def f():\n        x = 1\n    y = 2", "f(**x, *y)", "f(a=1, b)", "x += 1 = 2", "del f()", "(a, b) += 1",
 "x = yield = 3", "import a.b as", "from . import", "from x import (a, b", "from x import a,", "print(f'{x!z}')",
 "a = 1; ; b = 2", "if x = 1:\n    pass", "f(x=1 for x in y)", "x[1 2]", "x.1", "1 = x", "None = 1", "f() = 1",
 "x = 0777", "x = 1_", "x = 0b12", "x = 1e", "x = 'abc",
 "x = 1__2", "x = 1_a", "x = 1.5_", "x = 1e5_", "x = 0b", "x = 0x", "x = 0xg", "x = 0o8", "x = 0b1_", "x = 1a",
 "x = 1.e", "x = 5j2", "x = 0_7", "x = 07", "x = 00", "x = 0_0", "x = 1if x else 2", "x = 0x1for", "x = 1_000",
 "def f():\n    (yield) = 3", "def f():\n    yield = 3", "def f():\n    x, (yield) = 3", "x = (1 +\\ 2",
 "return 1\nx = (", "def f(a, a):\n    pass\ny = [", "break\nz = {", "[1, 2 3]", "f(a, b c)", "f(**k, a)", "x = 1 +\\",
 "if x:\n    pass\n  else:\n    pass", "x = 1 $ 2", "x = (1 $ 2", "if x\n    y = $",
 "[1, 2] = x", "x, f() = 1", "(1, a) = 2", "(a, 1) = 2", "x, 1 = 2", "for 1 in x: pass", "with a as 1: pass",
 "match 1:\n    case (1:\n        pass", "match 1:\n    case [*a, *b]:\n        pass",
 "match 1:\n    case 1 +:\n        pass", "match 1:\ncase 1:\n    pass", "match x:\n    case _ as y z:\n        pass",
 "match x:\n    case {a: 1}:\n        pass", "match x:\n    case C(a=1, 2):\n        pass",
 "x.None = 1", "y = x.if", "x.match = 2", "x if y:\n    pass", "z = x if y", "x = 1e-", "x = 1.2.3", "x = 1__", "x = 0b2", "x = 0_", "x = 0o17_7", "x = 0xFF_ff", "x = 1else 2", "x = '''abc", "pass pass", "import", "def", "class", "for",
]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


for c in cases:
    try:
        compile(c, "<f>", "exec")
        print(f"{escape(c)}\tOK\t\t0\t0")
    except SyntaxError as e:
        print(f"{escape(c)}\t{type(e).__name__}\t{escape(e.msg)}\t{e.lineno}\t{e.offset}")
