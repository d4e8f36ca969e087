# A class that defines no __init__ (a typo such as __int__ or __nit__ included) takes no arguments,
# as object's __init__ does; one with its own __new__ takes them
class V:
    def __nit__(self, data):
        self.data = data


class W(V):
    pass


class N:
    def __new__(cls, *args):
        return super().__new__(cls)


for make in (lambda: V(1), lambda: W(data=2), lambda: V(), lambda: N(1, 2)):
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print("TypeError:", e)
v = V(3)
