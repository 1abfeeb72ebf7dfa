# Flag members from auto() combined in the class body, zero and multi-bit aliases left out of
# iteration, IntFlag values with bits no member names.
from enum import Flag, IntFlag, auto
class C(Flag):
    NONE = 0
    R = auto()
    G = auto()
    B = auto()
    W = R | G | B
print(list(C), len(C), C.W, repr(C.W), C(3), repr(C(3)), C.R | C.G, list(C.W), C.W in C, C.__members__.keys())
class P(IntFlag):
    A = 1
    B = 2
print(repr(P(7)), repr(P(8)), P(7), P(8) | P.A, list(P(7)), repr(~P.A))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), len(Perm), repr(Perm.RWX), repr(Perm.R | Perm.W), Perm(5), str(Perm.R|Perm.X))
