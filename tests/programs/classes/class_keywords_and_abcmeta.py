# Class statement keywords: __init_subclass__ receives them; metaclass=ABCMeta and
# metaclass=type are accepted; object.__init_subclass__ refuses keywords.
from abc import ABCMeta, abstractmethod


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls


class Csv(Plugin, key="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry), Csv.key, Json.key)


class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).describe(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Plain(metaclass=type):
    pass


print(Plain.__name__)


class A:
    pass


try:
    class B(A, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


class C(Base, a=1, b="two"):
    class Inner(Base, c=3):
        pass
