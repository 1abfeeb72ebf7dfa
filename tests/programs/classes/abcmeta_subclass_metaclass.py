from abc import ABCMeta, ABC, abstractmethod
class PM(ABCMeta):
    def hello(cls): return "hi " + cls.__name__
class B(metaclass=PM):
    @abstractmethod
    def run(self): ...
class C(B):
    def run(self): return 1
print(type(B).__name__, B.hello(), C.hello(), isinstance(B, ABCMeta), C().run())
try:
    B()
except TypeError as e:
    print(e)
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), type(Shape).__name__, isinstance(Sq(2), Shape), issubclass(Sq, Shape))
class Virtual: pass
Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape))
class K(ABC):
    @abstractmethod
    def f(self): ...
try:
    K()
except TypeError as e:
    print(e)


# __subclasses__() lists direct subclasses in the order they were made; a function can
# be a metaclass.
class Base:
    pass


class First(Base):
    pass


class Second(Base):
    pass


class Third(First, Second):
    pass


print(Base.__subclasses__(), First.__subclasses__(), Third.__subclasses__())


def make(name, bases, ns):
    ns["made_by"] = "make"
    return type(name, bases, ns)


class Made(metaclass=make):
    pass


print(Made.made_by, type(Made).__name__)
