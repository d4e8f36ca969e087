# eval and exec: in the calling frame, or in the namespaces given; their errors as CPython's
x = 10
print(eval("x * 2"), eval("  x + 1"))
exec("y = x + 5")
print(y)
def f(a):
    b = 3
    return eval("a + b + x")
print(f(1))
ns = {}
exec("def sq(n):\n    return n * n\nz = sq(4)", ns)
print(ns["z"], sorted(k for k in ns if not k.startswith("__")))
print(eval("p + q", {"p": 1}, {"q": 2}))
g = {"k": 2}
exec("k = k * 10; m = k + 1", g)
print(g["k"], g["m"])
for bad in ["1 +", "x = 1", "undefined_name", "1/0"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eval(3)
except TypeError as e:
    print(e)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg if hasattr(e, "msg") else e)
print(eval("[i * i for i in range(4)]"))
exec("for i in range(2):\n    print('loop', i)")
# exec() in a function runs on a snapshot of its locals: it reads them, its assignments stay in
# the snapshot (seen by a later locals()), and the function's own names are unchanged
def keeps_own():
    x = 1
    exec('x = 2')
    return x
print(keeps_own())
def cannot_add():
    exec('y = 5')
    try:
        return y
    except NameError as e:
        return str(e)
print(cannot_add())
def seen_by_locals():
    w = 3
    exec('z = w + 4')
    return sorted(locals().items())
print(seen_by_locals())

x = eval("undefined + 1")
