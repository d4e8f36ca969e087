# == and != between instances of user classes: object's defaults (identity), a class's __eq__,
# and != as the inverse of __eq__ when a class defines only __eq__ (CPython's object.__ne__)
class P:
    pass


class A:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, A) and other.n == self.n


class N:
    def __ne__(self, other):
        return 'ne called'


p = P()
print(P() == P(), p == p, P() != P(), p != p, p == 3, p != None)
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) != 3, A(1) == p)
print(A(1).__ne__(A(1)), P().__ne__(3), object.__ne__(p, p), object.__eq__(p, P()))
print(N() != N(), N() == N())
print([P()] == [P()], [p] == [p], {'k': A(2)} == {'k': A(2)}, (A(1), p) != (A(1), p))
print(A(1) in [A(0), A(1)], p in [P()], [A(1), A(2)].index(A(2)), [p, P()].count(p))
