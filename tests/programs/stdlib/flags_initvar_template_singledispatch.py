from enum import Flag, IntFlag, auto
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field, InitVar
from string import Template
from functools import singledispatch
class Perm(Flag):
    R = 4; W = 2; X = 1
print(repr(Perm.R|Perm.W), str(Perm.R|Perm.W), repr(Perm.X & Perm.R), str(Perm.X&Perm.R), bool(Perm.X & Perm.R), Perm.R in (Perm.R|Perm.W), repr(Perm(7)), list(Perm.R|Perm.X), repr(~Perm.R))
class C(Flag):
    A = auto(); B = auto(); C = auto()
print(repr(C.A | C.C), [m.value for m in C], len(C.A | C.B))
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A|I.B), I.A|I.B, I.A|I.B == 3)
p = Perm.R
if p & Perm.R:
    print("readable")
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter(a=3) >= Counter(a=1))
class MyC(Counter): pass
class MyOD(OrderedDict): pass
class MyDD(defaultdict): pass
print(MyC("aab"), MyOD(x=1), MyDD(int), MyC())
@dataclass
class Conn:
    host: str
    port: int = 80
    secret: InitVar[str] = "s"
    def __post_init__(self, secret):
        self.token = secret.upper()
c = Conn("h", 1, "pw")
print(c, c.token, Conn("x").token)
t = Template("Hello $name, you owe $$${amount}. $missing")
print(t.safe_substitute(name="Ann", amount=5), t.get_identifiers())
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
try:
    Template("$who").substitute({})
except KeyError as e:
    print("KeyError", e)
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
print(show(3), show("s"), show([1, "a"]), show(True))
