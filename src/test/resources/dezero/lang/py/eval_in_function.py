# eval inside a function reads the function's bound locals, then the globals (CPython's LOAD_NAME): a local
# not bound yet is a global's name there, not an UnboundLocalError.
e = 'global e'
def f():
    try:
        print(eval('e'))
        x = 1
        print(eval('x + 1'))
    except Exception as e:
        print('caught', e)
    try:
        print(eval('y'))
    except NameError as err:
        print('NameError', err)
    y = 2
f()
def g():
    print(eval('z'))
    z = 3
try:
    g()
except NameError as err:
    print(type(err).__name__, err)
