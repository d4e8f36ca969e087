# vars() and vars(obj); a NameError's hint shows in the report, not in str(e)
class A:
    def __init__(self):
        self.x = 1
print(vars(A()))
def f(a, b=2):
    c = 3
    return vars()
print(f(1))
try:
    vars(1)
except TypeError as e:
    print(e)
Var = None
del Var
try:
    Var
except NameError as e:
    print(e)
prnt(Var)
