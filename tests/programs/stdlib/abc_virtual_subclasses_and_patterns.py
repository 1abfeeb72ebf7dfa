# Virtual subclasses and patterns: deque, Sequence/Mapping subclasses and registered classes
# match sequence and mapping patterns; dict views against the ABCs; abc's register,
# __subclasshook__ and __abstractmethods__; class keywords through type(); logging errors.
import logging, sys, collections
from collections.abc import Sequence, Mapping, Iterable, Sized, Set, KeysView, Hashable, MutableSequence, MutableMapping, MutableSet
from abc import ABC, ABCMeta, abstractmethod
logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("%d items", "abc")
print("continued")
r = logging.LogRecord("nm", 40, "/x/y.py", 3, "m", (), None)
print(r.filename, r.module)
ad = logging.LoggerAdapter(logging.getLogger("q"), {})
ad.setLevel(logging.ERROR)
print(ad.getEffectiveLevel())
match collections.deque([1, 2]):
    case [a, b]:
        print("deque", a, b)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
    def __len__(self): return 2
match Seq():
    case [x, y]:
        print("seq", x, y)
class G: pass
Sequence.register(G)
print(isinstance(G(), Sequence))
class M(Mapping):
    def __getitem__(self, k):
        if k == "a": return 1
        raise KeyError(k)
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
match M():
    case {"a": v}:
        print("mapping", v)
d = {1: 2}
print([isinstance(v, Iterable) for v in (d.keys(), d.values(), d.items())], isinstance(d.keys(), Set), isinstance(d.keys(), KeysView), isinstance(d.keys(), Hashable), isinstance(d.keys(), Sized))
print(isinstance(collections.deque(), MutableSequence), isinstance(collections.ChainMap(), MutableMapping))
class X(ABC): pass
X.register(int)
print(isinstance(3, X), issubclass(int, X), X.__abstractmethods__)
class Abs(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "append") or NotImplemented
print(isinstance([], Abs), isinstance((), Abs))
class B(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
try:
    B()
except TypeError as e:
    print("TypeError:", e)
print(sorted(B.__abstractmethods__))
class A:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Bad(A, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, fmt="txt", **kw):
        super().__init_subclass__(**kw)
        cls.fmt = fmt
T = type("T", (Base,), {}, fmt="xml")
print(T.fmt)
class MS(MutableSet):
    def __init__(self): self.s = set()
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
m = MS(); m.add(1); m.add(7)
m ^= {7, 8}
print(list(m))
class Mi(int):
    def __str__(self): return "hi"
print(int.__format__(Mi(3), ""), f"{Mi(3)}", f"{Mi(3):>4}")
try:
    match 1:
        case int(1, 2): pass
except TypeError as e:
    print("TypeError:", e)
