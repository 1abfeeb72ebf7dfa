# User-defined descriptors (__get__/__set__/__delete__/__set_name__), a live
# instance __dict__, __init_subclass__ and a user __delattr__.


class Typed:
    def __init__(self, typ):
        self.typ = typ

    def __set_name__(self, owner, name):
        self.attr = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.attr[1:]} must be {self.typ.__name__}")
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        print("delete", self.attr)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, p._age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
for i in range(3):
    p.age = p.age + i
print(p.age)
del p.age


class Lazy:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r**2


c = Circle(2)
print(c.area, c.area)


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)


cfg = Config(a=1, b=2)
print(cfg.a, cfg.b, vars(cfg))
cfg.__dict__["z"] = 9
cfg.w = 0
print(cfg.z, cfg.__dict__)
del cfg.a
print(hasattr(cfg, "a"), sorted(vars(cfg)))


class Plugin:
    registry = []

    def __init_subclass__(cls):
        Plugin.registry.append(cls.__name__)


class A(Plugin):
    pass


class B(A):
    pass


print(Plugin.registry)


class Strict:
    def __delattr__(self, k):
        print("deleting", k)
        super().__delattr__(k)


s = Strict()
s.a = 1
del s.a
print(hasattr(s, "a"))
try:
    object().x = 1
except AttributeError as e:
    print(e)
