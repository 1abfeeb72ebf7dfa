# The Enum functional API: Enum("Name", names) with strs, lists, pairs and mappings.
from enum import Enum, IntEnum, Flag, auto
Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED, Color(2), Color["BLUE"], Color.RED.value, len(Color))
Shape = Enum("Shape", ["SQUARE", "CIRCLE"], start=10)
print(list(Shape), Shape.CIRCLE.value)
Pair = Enum("Pair", [("A", "x"), ("B", "y")])
print(Pair.A, Pair("y"), repr(Pair.B))
M = Enum("M", {"ONE": 1, "TWO": 2})
print(M.TWO.value, M(1).name, type(M.ONE).__name__, isinstance(M.ONE, Enum))
Num = IntEnum("Num", "ONE TWO THREE")
print(Num.TWO + 1, Num.THREE > Num.ONE, list(Num))
Perm = Flag("Perm", "R W X")
print(Perm.R | Perm.W, [p.value for p in Perm])
T = Enum("T", "a,b, c")
print([m.name for m in T])
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
for action in ("set", "del"):
    try:
        if action == "set":
            p.x = 5
        else:
            del p.x
    except AttributeError as e:
        print(e)


class I:
    def __index__(self):
        return 2


print([0] * I(), I() * (1,), "ab" * I(), b"xy" * I())
