# dataclass(slots=True) makes the class again with __slots__; slotted instances have no
# __dict__ (vars() refuses them), a subclass without __slots__ gets one back.
from dataclasses import dataclass, field

@dataclass(slots=True)
class S:
    x: int
    y: int = 2
    tags: list = field(default_factory=list)

    def total(self):
        return self.x + self.y

s = S(1)
print(s, s.total(), S.__slots__, hasattr(s, "__dict__"), S.__name__, S.__qualname__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(S(1) == S(1), S.__match_args__)

@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(3)
try:
    f.a = 4
except Exception as e:
    print(type(e).__name__, e)
print(f, hash(f) == hash(F(3)))


class Slotted:
    __slots__ = ("x",)


class Open(Slotted):
    pass


print(hasattr(Slotted(), "__dict__"), hasattr(Open(), "__dict__"), vars(Open()))
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
