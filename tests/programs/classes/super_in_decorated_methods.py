import functools
def deco(f):
    @functools.wraps(f)
    def w(self, *a):
        return "<" + f(self, *a) + ">"
    return w
class A:
    def m(self): return "A"
    @classmethod
    def c(cls): return "Ac"
    @property
    def p(self): return "Ap"
class B(A):
    @deco
    def m(self): return "B+" + super().m()
    @classmethod
    @functools.lru_cache(maxsize=None)
    def c(cls): return "Bc+" + super().c()
    @property
    def p(self): return "Bp+" + super().p
class C(B):
    @deco
    def m(self): return "C+" + super().m()
print(B().m(), C().m(), B.c(), B().p, C().p)
from collections import namedtuple
class Q(namedtuple("P", "x y")):
    def norm(self): return abs(self.x) + abs(self.y)
print(Q(1, -2), Q(1, -2).norm(), type(Q(1, 2)).__name__, Q.__name__, namedtuple("P", "x y").__name__)
