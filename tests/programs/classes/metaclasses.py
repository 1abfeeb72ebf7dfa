class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name
        print("init", name)

a = Config("x"); b = Config("y")
print(a is b, a.name, type(Config).__name__, isinstance(Config, Singleton), isinstance(Config, type), type(a).__name__)

class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name] = cls
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return "class %s with tag %s" % (cls.__name__, cls.tag)
    @property
    def kind(cls):
        return "K:" + cls.__name__
    def __repr__(cls):
        return "<Registered %s>" % cls.__name__
    def __len__(cls):
        return len(cls.__name__)
    def __iter__(cls):
        return iter(sorted(cls.classes))

class Base(metaclass=Registry):
    def hello(self):
        return "hello from " + type(self).__name__

class Plugin(Base):
    pass

class Other(Plugin):
    x = 1

print(sorted(Registry.classes), Plugin.tag, Other.initialized, Plugin.describe(), Other.kind)
print(Other, repr(Plugin), len(Other), list(Base), Other().hello(), type(Other) is Registry)
print(Other.__class__, Other.__mro__[1:3] == (Plugin, Base))

class Validated(type):
    def __new__(mcs, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("test_") and not callable(value):
                raise TypeError(f"{key} must be callable")
        return super().__new__(mcs, name, bases, ns)
class T(metaclass=Validated):
    def test_a(self): return 1
try:
    class U(metaclass=Validated):
        test_b = 5
except TypeError as e:
    print("TypeError:", e)

Dyn = Registry("Dyn", (Base,), {"y": 2})
print(Dyn.y, Dyn.tag, type(Dyn).__name__, "Dyn" in Registry.classes)

class AutoRepr(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        fields = [k for k in ns.get("__annotations__", {})]
        def __repr__(self):
            return "%s(%s)" % (name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
        cls.__repr__ = __repr__
        return cls
class Point(metaclass=AutoRepr):
    x: int
    y: int
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))

class WithKw(type):
    def __new__(mcs, name, bases, ns, flag=False):
        cls = super().__new__(mcs, name, bases, ns)
        cls.flag = flag
        return cls
class F(metaclass=WithKw, flag=True):
    pass
print(F.flag)
class Meta2(Registry):
    pass
class G(Base, metaclass=Meta2):
    pass
print(type(G).__name__)
class X(metaclass=Singleton): pass
try:
    class Y(X, Base): pass
except TypeError as e:
    print("conflict:", e)


# Hot loops over classes made by metaclasses (compiled regions call them).
class Counted(type):
    made = 0

    def __call__(cls, *args):
        Counted.made += 1
        return super().__call__(*args)


class Cell(metaclass=Counted):
    def __init__(self, v):
        self.v = v


class Plain(Base):
    def __init__(self, v):
        self.v = v


total = 0
for i in range(3000):
    total += Cell(i).v + Plain(i).v
print(total, Counted.made, Plugin.describe())
