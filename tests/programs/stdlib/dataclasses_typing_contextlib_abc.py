from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Dict, Optional, NamedTuple, Tuple, Any, Union, Callable, TypeVar, Generic, ClassVar
from contextlib import contextmanager, suppress
from abc import ABC, abstractmethod

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    def total(self) -> float:
        return self.price * self.qty
it = Item("pen", 1.5, 4)
print(it, it.total(), it == Item("pen", 1.5, 4), it.tags)
print(asdict(it), astuple(it), replace(it, qty=2), [f.name for f in fields(it)])
@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
print(p, hash(p) == hash(Pt(1, 2)), sorted([Pt(3), Pt(1, 5), Pt(1, 2)]), p < Pt(2))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Item("x")
except TypeError as e:
    print(e)
@dataclass
class Inv:
    items: List[Item] = field(default_factory=list)
    count: ClassVar[int] = 0
    def add(self, i): self.items.append(i)
inv = Inv(); inv.add(it); print(inv, Inv.count)
@dataclass
class Base:
    a: int
@dataclass
class Child(Base):
    b: str = "x"
    def __post_init__(self):
        self.c = self.a * 2
ch = Child(3); print(ch, ch.c)
class Emp(NamedTuple):
    name: str
    age: int = 30
e = Emp("ann"); print(e, e.name, e.age, e._asdict(), isinstance(e, tuple))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack(); s.push(1); print(s.items)
def f(x: Optional[int] = None, y: Union[int, str] = 1, cb: Callable[[int], str] = str) -> Dict[str, Any]:
    return {"x": x, "y": y}
print(f(), f(2, "a"))
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]
print("suppressed")
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
