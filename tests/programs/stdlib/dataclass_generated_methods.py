# Dataclasses: generated methods (init parameter order, InitVar, kw_only, frozen,
# slots, order, hash), their argument errors and a __post_init__ traceback.
import sys
import traceback
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, replace
from typing import List


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9), Version(1) == Version(1, 0, 0))
print(Version(1).__lt__(3), Version.__init__.__qualname__, Version.__eq__.__qualname__)


@dataclass
class Account:
    owner: str
    rate: InitVar[float]
    balance: float = 0.0
    history: List[str] = field(default_factory=list)
    fee: float = field(init=False, default=1.5)
    audit: list = field(init=False, default_factory=lambda: ["opened"])

    def __post_init__(self, rate):
        self.balance *= 1 + rate
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}")


a = Account("ann", 0.5, 10.0)
print(a, a.fee, a.audit, vars(a))
print([f.name for f in fields(a)], asdict(a))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 5


print(Child(), Child(1, 2, 3))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = "c"


print(Mixed(1, c="x"), Mixed(2, b=5))


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p, Point(3, 4)})
try:
    p.x = 1
except Exception as e:
    print(type(e).__name__, e)
print(replace(p, y=0))


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = field(init=False, default=7)


s = Slotted(1)
print(s, s.b, hasattr(s, "__dict__"))


@dataclass
class Selfish:
    self: int
    other: int = 2


print(Selfish(1))


@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n, n == Node(1))


@dataclass(unsafe_hash=True)
class Key:
    k: str
    meta: dict = field(default_factory=dict, hash=False, compare=False)


print(hash(Key("a")) == hash(Key("a", {"x": 1})), Key("a") == Key("a", {"y": 2}))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())

for args, kwargs in [((), {}), (("a", 1, 2, [], 9), {}), (("a",), {"rate": 1, "owner": "b"}),
                     (("a", 1), {"fee": 2}), (("a",), {})]:
    try:
        Account(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Opts(verbose=True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


class _HidePath:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        return self.stream.write(text.replace(__file__, "FILE"))

    def flush(self):
        self.stream.flush()


sys.stdout = _HidePath(sys.stdout)
try:
    Account("bob", 0.1, -5.0)
except ValueError:
    traceback.print_exc(file=sys.stdout)
Account("eve", 0.1, -1.0)
